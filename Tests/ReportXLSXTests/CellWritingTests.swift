import Foundation
import ReportXLSX
import Testing

@Suite("Writing cells")
struct CellWritingTests {
  @Test("text that looks like a formula is a shared string, never a formula")
  func formulaLikeTextStaysText() throws {
    let fixture = try XLSXFixture()
    let samples = ["=1+1", "@x", "+A1", "-2", "=HYPERLINK(\"http://x\")"]
    let file = try fixture.workbook { book in
      let sheet = try book.addWorksheet(named: "Data")
      for (row, text) in samples.enumerated() {
        try sheet.write(row: row, col: 0, .text(text))
      }
    }
    let sheetXML = try xlsxPart("xl/worksheets/sheet1.xml", in: file)
    let cells = try parseXML(sheetXML).all("c")
    #expect(cells.count == samples.count)
    for cell in cells { #expect(cell.attributes["t"] == "s") }
    #expect(!sheetXML.contains("<f>"))
    #expect(!sheetXML.contains("<f "))
    let strings = try parseXML(xlsxPart("xl/sharedStrings.xml", in: file)).all("t").map(\.text)
    #expect(strings == samples)
  }

  @Test("numbers are plain numeric cells; NaN and infinity throw")
  func numbers() throws {
    let fixture = try XLSXFixture()
    let file = try fixture.workbook { book in
      let sheet = try book.addWorksheet(named: "Data")
      try sheet.write(row: 0, col: 1, .number(42.5))
      try sheet.write(row: 1, col: 1, .number(-3))
      for bad in [Double.nan, .infinity, -.infinity] {
        let error = #expect(throws: XLSXError.self) {
          try sheet.write(row: 2, col: 2, .number(bad))
        }
        guard case .invalidNumber = error?.kind else {
          Issue.record("expected invalidNumber, got \(String(describing: error))")
          continue
        }
        #expect(error?.description.contains("'Data'!C3") == true)
      }
    }
    let cells = try parseXML(xlsxPart("xl/worksheets/sheet1.xml", in: file)).all("c")
    #expect(cells.map { $0.attributes["r"] } == ["B1", "B2"])
    #expect(cells.allSatisfy { $0.attributes["t"] == nil })
    #expect(cells.compactMap { $0.first("v")?.text } == ["42.5", "-3"])
  }

  @Test("a date cell holds the Excel serial and a style with a date number format")
  func dates() throws {
    let fixture = try XLSXFixture()
    let file = try fixture.workbook { book in
      let sheet = try book.addWorksheet(named: "Data")
      try sheet.write(row: 0, col: 0, .date(CellDate(year: 2024, month: 3, day: 1)))
      let bold = try book.addFormat(CellFormat(bold: true))
      try sheet.write(row: 1, col: 0, .date(CellDate(year: 2024, month: 3, day: 1)), format: bold)
      let error = #expect(throws: XLSXError.self) {
        try sheet.write(row: 2, col: 0, .date(CellDate(year: 2023, month: 2, day: 29)))
      }
      #expect(error?.kind == .invalidDate)
    }
    let cells = try parseXML(xlsxPart("xl/worksheets/sheet1.xml", in: file)).all("c")
    #expect(cells.count == 2)
    let styles = try parseXML(xlsxPart("xl/styles.xml", in: file))
    let formats = Dictionary(
      uniqueKeysWithValues: styles.all("numFmt").compactMap { node in
        node.attributes["numFmtId"].map { ($0, node.attributes["formatCode"] ?? "") }
      })
    let xfs = try #require(styles.first("cellXfs")).children
    for cell in cells {
      #expect(cell.first("v")?.text == "45352")
      let style = try #require(cell.attributes["s"].flatMap { Int($0) })
      let numFmtId = try #require(xfs[style].attributes["numFmtId"])
      #expect(formats[numFmtId] == "yyyy-mm-dd")
    }
    #expect(xfs[Int(cells[1].attributes["s"] ?? "") ?? 0].attributes["fontId"] != "0")
  }

  @Test("booleans and formatted blanks")
  func booleansAndBlanks() throws {
    let fixture = try XLSXFixture()
    let file = try fixture.workbook { book in
      let sheet = try book.addWorksheet(named: "Data")
      try sheet.write(row: 0, col: 0, .bool(true))
      try sheet.write(row: 0, col: 1, .blank, format: book.addFormat(CellFormat(bold: true)))
      try sheet.write(row: 0, col: 2, .blank)
    }
    let cells = try parseXML(xlsxPart("xl/worksheets/sheet1.xml", in: file)).all("c")
    #expect(cells.map { $0.attributes["r"] } == ["A1", "B1"])
    #expect(cells[0].attributes["t"] == "b")
    #expect(cells[0].first("v")?.text == "1")
  }

  @Test("control characters are replaced and the XML stays well-formed")
  func controlCharacters() throws {
    let fixture = try XLSXFixture()
    var outcome = WriteOutcome.unchanged
    let file = try fixture.workbook { book in
      let sheet = try book.addWorksheet(named: "Data")
      outcome = try sheet.write(
        row: 0, col: 0, .text("a\u{0}b\u{1}c\u{B}d\u{1F}e\u{FFFE}f\u{FFFF}\tg\nh\ri"))
      try sheet.write(row: 1, col: 0, .text("literal _x0041_ stays"))
      try sheet.mergeRange(firstRow: 2, firstCol: 0, lastRow: 2, lastCol: 1, "m\u{7}n")
    }
    #expect(outcome.replacedCharacters == 6)
    #expect(!outcome.wasTruncated)
    let xml = try xlsxPart("xl/sharedStrings.xml", in: file)
    let strings = try parseXML(xml).all("t").map(\.text)
    #expect(strings.first?.hasPrefix("a b c d ef") == true)
    #expect(strings.contains("literal _x005F_x0041_ stays"))
    #expect(strings.contains("m n"))
    _ = try parseXML(xlsxPart("xl/worksheets/sheet1.xml", in: file))
  }

  @Test("a 40,000-character string is cut to 32,767 and reported")
  func truncation() throws {
    let fixture = try XLSXFixture()
    var outcome = WriteOutcome.unchanged
    let file = try fixture.workbook { book in
      let sheet = try book.addWorksheet(named: "Data")
      outcome = try sheet.write(row: 0, col: 0, .text(String(repeating: "x", count: 40_000)))
      let exact = try sheet.write(
        row: 1, col: 0, .text(String(repeating: "y", count: ExcelLimits.maxCellTextLength)))
      #expect(exact.isUnchanged)
    }
    #expect(outcome.wasTruncated)
    #expect(outcome.originalLength == 40_000)
    #expect(outcome.writtenLength == 32_767)
    let strings = try parseXML(xlsxPart("xl/sharedStrings.xml", in: file)).all("t")
    #expect(strings.map(\.text.count) == [32_767, 32_767])
  }

  @Test("cells outside the grid throw with their position")
  func outOfRange() throws {
    let fixture = try XLSXFixture()
    _ = try fixture.workbook { book in
      let sheet = try book.addWorksheet(named: "Data")
      for (row, col) in [(-1, 0), (0, -1), (1_048_576, 0), (0, 16_384)] {
        let error = #expect(throws: XLSXError.self) {
          try sheet.write(row: row, col: col, .number(1))
        }
        #expect(error?.kind == .worksheetIndexOutOfRange)
      }
      try sheet.write(row: 1_048_575, col: 16_383, .number(1))
    }
  }
}
