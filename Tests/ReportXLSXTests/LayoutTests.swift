import ReportXLSX
import Testing

@Suite("Sheet layout, conditional formats and print setup")
struct LayoutTests {
  @Test("frozen panes, autofilter, column widths, merges and print setup reach the XML")
  func layout() throws {
    let fixture = try XLSXFixture()
    let file = try fixture.workbook { book in
      let sheet = try book.addWorksheet(named: "Data")
      let header = try book.addFormat(CellFormat(bold: true, borders: .init(bottom: .thin)))
      for col in 0..<3 { try sheet.write(row: 0, col: col, .text("H\(col)"), format: header) }
      try sheet.freezePanes(row: 1, col: 0)
      try sheet.autofilter(firstRow: 0, firstCol: 0, lastRow: 9, lastCol: 2)
      try sheet.setColumn(first: 0, last: 1, width: 30)
      try sheet.setRow(0, height: 24, format: header)
      try sheet.mergeRange(firstRow: 11, firstCol: 0, lastRow: 11, lastCol: 2, "Note")
      let overlap = #expect(throws: XLSXError.self) {
        try sheet.mergeRange(firstRow: 11, firstCol: 2, lastRow: 12, lastCol: 3, "Clash")
      }
      #expect(overlap?.kind == .invalidArgument)
      try sheet.setLandscape()
      try sheet.setPaper(.a4)
      try sheet.fitToPages(width: 1, height: 0)
      try sheet.repeatRows(first: 0, last: 0)
      try sheet.setHeader("&CReport")
      try sheet.setFooter("&RPage &P of &N")
      let long = #expect(throws: XLSXError.self) {
        try sheet.setHeader(String(repeating: "h", count: 300))
      }
      #expect(long?.kind == .stringLengthExceeded255)
      #expect(long?.message.isEmpty == false)
    }
    let xml = try xlsxPart("xl/worksheets/sheet1.xml", in: file)
    let root = try parseXML(xml)
    let pane = try #require(root.first("pane"))
    #expect(pane.attributes["state"] == "frozen")
    #expect(pane.attributes["ySplit"] == "1")
    #expect(xml.contains("<pane ") && xml.contains("state=\"frozen\""))
    #expect(root.first("autoFilter")?.attributes["ref"] == "A1:C10")
    #expect(root.first("mergeCell")?.attributes["ref"] == "A12:C12")
    #expect(root.first("col")?.attributes["width"]?.hasPrefix("30.") == true)
    let setup = try #require(root.first("pageSetup"))
    #expect(setup.attributes["orientation"] == "landscape")
    #expect(setup.attributes["paperSize"] == "9")
    #expect(root.first("oddHeader")?.text == "&CReport")
    let workbook = try xlsxPart("xl/workbook.xml", in: file)
    #expect(workbook.contains("_xlnm._FilterDatabase"))
    #expect(workbook.contains("_xlnm.Print_Titles"))
  }

  @Test("conditional formats: text contains, text equals and numeric comparisons")
  func conditionalFormats() throws {
    let fixture = try XLSXFixture()
    let file = try fixture.workbook { book in
      let sheet = try book.addWorksheet(named: "Data")
      let red = try book.addFormat(CellFormat(fontColor: 0x9C0006, backgroundColor: 0xFFC7CE))
      try sheet.conditionalFormat(
        firstRow: 1, firstCol: 1, lastRow: 20, lastCol: 3, rule: .textContains("late \"*\""),
        format: red)
      try sheet.conditionalFormat(
        firstRow: 1, firstCol: 4, lastRow: 20, lastCol: 4, rule: .textEquals("Done"),
        format: red)
      try sheet.conditionalFormat(
        firstRow: 1, firstCol: 5, lastRow: 20, lastCol: 5, rule: .greaterThanOrEqualTo(0.5),
        format: red)
      try sheet.conditionalFormat(
        firstRow: 1, firstCol: 6, lastRow: 20, lastCol: 6, rule: .between(10, 1), format: red)
      let error = #expect(throws: XLSXError.self) {
        try sheet.conditionalFormat(
          firstRow: 1, firstCol: 5, lastRow: 20, lastCol: 5, rule: .lessThan(.nan),
          format: red)
      }
      guard case .invalidNumber = error?.kind else {
        Issue.record("expected invalidNumber")
        return
      }
    }
    let root = try parseXML(xlsxPart("xl/worksheets/sheet1.xml", in: file))
    let blocks = root.all("conditionalFormatting")
    #expect(
      blocks.compactMap { $0.attributes["sqref"] } == ["B2:D21", "E2:E21", "F2:F21", "G2:G21"])
    let rules = root.all("cfRule")
    #expect(rules.map { $0.attributes["type"] } == ["expression", "cellIs", "cellIs", "cellIs"])
    #expect(rules[0].first("formula")?.text == "NOT(ISERROR(SEARCH(\"late \"\"~*\"\"\",B2)))")
    #expect(rules[1].attributes["operator"] == "equal")
    #expect(rules[1].first("formula")?.text == "\"Done\"")
    #expect(rules[2].attributes["operator"] == "greaterThanOrEqual")
    #expect(rules[2].first("formula")?.text == "0.5")
    #expect(rules[3].all("formula").map(\.text) == ["1", "10"])
    #expect(rules.allSatisfy { $0.attributes["dxfId"] == "0" })
    let styles = try parseXML(xlsxPart("xl/styles.xml", in: file))
    #expect(styles.first("dxfs")?.attributes["count"] == "1")
  }
}
