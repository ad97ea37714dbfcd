import Foundation
import ReportXLSX
import Testing

@Suite("Workbook lifecycle, errors and determinism")
struct LifecycleTests {
  @Test("every call after close throws .closed; close is idempotent")
  func afterClose() throws {
    let fixture = try XLSXFixture()
    let book = try Workbook(path: fixture.path("closed.xlsx"))
    let sheet = try book.addWorksheet(named: "Data")
    let format = try book.addFormat(CellFormat(bold: true))
    try book.close()
    #expect(book.isClosed)
    try book.close()
    let calls: [(String, () throws -> Void)] = [
      ("write", { try sheet.write(row: 0, col: 0, .text("late")) }),
      ("write with format", { try sheet.write(row: 0, col: 0, .number(1), format: format) }),
      ("addWorksheet", { _ = try book.addWorksheet(named: "More") }),
      ("addFormat", { _ = try book.addFormat(CellFormat(italic: true)) }),
      ("setProperties", { try book.setProperties(XLSXFixture.properties) }),
      ("freezePanes", { try sheet.freezePanes(row: 1, col: 0) }),
      ("setLandscape", { try sheet.setLandscape() }),
    ]
    for (label, call) in calls {
      let error = #expect(throws: XLSXError.self, "\(label)") { try call() }
      #expect(error?.kind == .closed, "\(label)")
      #expect(error?.description.contains("closed") == true)
    }
  }

  @Test("a workbook dropped without close is written by deinit")
  func deinitCloses() throws {
    let fixture = try XLSXFixture()
    let file = fixture.path("dropped.xlsx")
    do {
      let book = try Workbook(path: file)
      try book.addWorksheet(named: "Data").write(row: 0, col: 0, .text("kept"))
    }
    #expect(FileManager.default.fileExists(atPath: file))
    #expect(try xlsxPart("xl/sharedStrings.xml", in: file).contains("kept"))
  }

  @Test("a missing output directory is reported with the path")
  func missingDirectory() throws {
    let path = "/nonexistent-\(UUID().uuidString)/book.xlsx"
    let error = #expect(throws: XLSXError.self) { try Workbook(path: path) }
    #expect(error?.kind == .creatingXLSXFile)
    #expect(error?.description.contains(path) == true)
  }

  @Test("a path or temporary folder with a NUL is refused; nothing is written at the cut path")
  func nulInPath() throws {
    let fixture = try XLSXFixture()
    let cut = fixture.path("book.xlsx")
    let path = cut + "\u{0}.old"
    let error = #expect(throws: XLSXError.self) { try Workbook(path: path) }
    #expect(error?.kind == .creatingXLSXFile)
    #expect(
      error?.description
        == "workbook_new_opt failed in \(path): the path contains a NUL character, which would"
        + " end it")
    let options = WorkbookOptions(tmpdir: fixture.directory.path + "\u{0}/elsewhere")
    let tmpdir = #expect(throws: XLSXError.self) { try Workbook(path: cut, options: options) }
    #expect(tmpdir?.kind == .creatingTempFile)
    #expect(
      tmpdir?.description
        == "workbook_new_opt failed in \(cut): the temporary folder contains a NUL character,"
        + " which would end it")
    #expect(!FileManager.default.fileExists(atPath: cut))
  }

  @Test("library errors carry lxw_strerror text and the cell (constant-memory row order)")
  func libraryErrorContext() throws {
    let fixture = try XLSXFixture()
    let options = WorkbookOptions(constantMemory: true, tmpdir: fixture.directory.path)
    let file = try fixture.workbook("constant.xlsx", options: options) { book in
      let sheet = try book.addWorksheet(named: "Big")
      try sheet.write(row: 5, col: 0, .text("=inline"))
      try sheet.write(row: 6, col: 0, .number(1))
      let error = #expect(throws: XLSXError.self) {
        try sheet.write(row: 2, col: 1, .number(2))
      }
      #expect(error?.kind == .worksheetIndexOutOfRange)
      #expect(error?.operation == "worksheet_write_number")
      #expect(error?.cell == "B3")
      #expect(error?.sheet == "Big")
      #expect(error?.message.lowercased().contains("range") == true)
    }
    let xml = try xlsxPart("xl/worksheets/sheet1.xml", in: file)
    #expect(xml.contains("t=\"inlineStr\""))
    #expect(!xml.contains("<f>"))
  }

  @Test("equal format specs share one lxw_format; formats are tied to their workbook")
  func formatCache() throws {
    let fixture = try XLSXFixture()
    let other = try Workbook(path: fixture.path("other.xlsx"))
    let foreign = try other.addFormat(CellFormat(bold: true))
    let file = try fixture.workbook { book in
      let sheet = try book.addWorksheet(named: "Data")
      for row in 0..<10 {
        let format = try book.addFormat(CellFormat(bold: true, numberFormat: "0.0%"))
        try sheet.write(row: row, col: 0, .number(0.5), format: format)
      }
      let error = #expect(throws: XLSXError.self) {
        try sheet.write(row: 0, col: 1, .number(1), format: foreign)
      }
      #expect(error?.kind == .invalidArgument)
      let bad = #expect(throws: XLSXError.self) {
        try book.addFormat(CellFormat(fontColor: 0x1_000_000))
      }
      #expect(bad?.kind == .invalidArgument)
    }
    try other.close()
    let styles = try parseXML(xlsxPart("xl/styles.xml", in: file))
    #expect(styles.first("cellXfs")?.attributes["count"] == "2")
    #expect(styles.all("numFmt").compactMap { $0.attributes["formatCode"] } == ["0.0%"])
  }

  @Test("A1 notation")
  func a1() {
    #expect(XLSXError.a1(row: 0, col: 0) == "A1")
    #expect(XLSXError.a1(row: 9, col: 25) == "Z10")
    #expect(XLSXError.a1(row: 0, col: 26) == "AA1")
    #expect(XLSXError.a1(row: 0, col: 701) == "ZZ1")
    #expect(XLSXError.a1(row: 0, col: 702) == "AAA1")
    #expect(XLSXError.a1(row: 1_048_575, col: 16_383) == "XFD1048576")
    #expect(XLSXError.a1(row: -1, col: 3) == "R0C4")
    #expect(XLSXError.a1(firstRow: 0, firstCol: 0, lastRow: 9, lastCol: 2) == "A1:C10")
  }

  @Test("column letters made as bytes are the bijective base-26 names of every column")
  func columnNames() {
    // The letters one scalar at a time, reversed: how they were made before.
    func byScalars(_ col: Int) -> String {
      var scalars: [Unicode.Scalar] = []
      var remaining = col + 1
      while remaining > 0 {
        scalars.append(Unicode.Scalar(UInt8(65 + (remaining - 1) % 26)))
        remaining = (remaining - 1) / 26
      }
      return String(String.UnicodeScalarView(scalars.reversed()))
    }
    let mismatches = (0..<16_384).filter { XLSXError.columnName($0) != byScalars($0) }
    #expect(mismatches.isEmpty)
    #expect(XLSXError.columnName(25) == "Z")
    #expect(XLSXError.columnName(16_383) == "XFD")
    #expect(XLSXError.columnName(-1) == nil)
    #expect(XLSXError.columnName(16_384) == nil)
  }

  @Test("the same calls give byte-identical files; core.xml carries the fixed date")
  func determinism() throws {
    let fixture = try XLSXFixture()
    func build(_ name: String) throws -> Data {
      let file = try fixture.workbook(name) { book in
        let sheet = try book.addWorksheet(named: "Data")
        let header = try book.addFormat(CellFormat(bold: true, backgroundColor: 0xDDEBF7))
        for (row, label) in ["CTTF", "TPTWG", "SCCP"].enumerated() {
          try sheet.write(row: row + 1, col: 0, .text(label), format: header)
          try sheet.write(row: row + 1, col: 1, .number(Double(row) * 1.5))
          try sheet.write(row: row + 1, col: 2, .date(CellDate(year: 2024, month: 1, day: row + 1)))
        }
        try sheet.freezePanes(row: 1, col: 0)
        let values = SheetRange.column(1, rows: 1...3, on: "Data")
        let chart = try book.addChart(
          ChartSpec(
            kind: .columnClustered, title: "Totals",
            series: [
              ChartSeries(
                name: "Total", categories: .column(0, rows: 1...3, on: "Data"), values: values)
            ]))
        try sheet.insertChart(row: 6, col: 1, chart: chart)
      }
      return try Data(contentsOf: URL(fileURLWithPath: file))
    }
    let first = try build("one.xlsx")
    Thread.sleep(forTimeInterval: 1.1)
    let second = try build("two.xlsx")
    #expect(first == second)
    let core = try xlsxPart("docProps/core.xml", in: fixture.path("one.xlsx"))
    #expect(core.contains("<dcterms:created xsi:type=\"dcterms:W3CDTF\">2024-03-01T00:00:00Z"))
    #expect(core.contains("<dc:title>Test</dc:title>"))
  }
}
