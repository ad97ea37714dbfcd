import ReportXLSX
import Testing

@Suite("Charts")
struct ChartTests {
  /// Writes categories in A2:A4 and two value columns in B and C on `sheet`.
  private func writeData(_ sheet: Worksheet) throws {
    for (row, label) in ["CTTF", "TPTWG", "SCCP"].enumerated() {
      try sheet.write(row: row + 1, col: 0, .text(label))
      try sheet.write(row: row + 1, col: 1, .number(Double(row + 1)))
      try sheet.write(row: row + 1, col: 2, .number(Double(10 - row)))
    }
  }

  private func spec(_ kind: ChartSpec.Kind, sheet: String) -> ChartSpec {
    let categories = SheetRange.column(0, rows: 1...3, on: sheet)
    return ChartSpec(
      kind: kind, title: "=Not a formula", categoryAxisTitle: "Forum",
      valueAxisTitle: "Deliverables", valueAxisNumberFormat: "#,##0", legend: .bottom,
      series: [
        ChartSeries(
          name: "Done", categories: categories, values: .column(1, rows: 1...3, on: sheet),
          color: 0x2E75B6),
        ChartSeries(
          name: "Open", categories: categories, values: .column(2, rows: 1...3, on: sheet)),
      ])
  }

  @Test("a stacked column chart is a native chart part referencing the sheet's ranges")
  func stackedColumn() throws {
    let fixture = try XLSXFixture()
    let file = try fixture.workbook { book in
      let sheet = try book.addWorksheet(named: "Data")
      try writeData(sheet)
      let chart = try book.addChart(spec(.columnStacked, sheet: "Data"))
      try sheet.insertChart(row: 5, col: 1, chart: chart, xScale: 1.5)
      let again = #expect(throws: XLSXError.self) {
        try sheet.insertChart(row: 20, col: 1, chart: chart)
      }
      #expect(again?.kind == .invalidArgument)
    }
    #expect(try xlsxPartNames(in: file).contains("xl/charts/chart1.xml"))
    let xml = try xlsxPart("xl/charts/chart1.xml", in: file)
    let root = try parseXML(xml)
    #expect(root.first("c:barDir")?.attributes["val"] == "col")
    #expect(root.first("c:grouping")?.attributes["val"] == "stacked")
    let refs = root.all("c:f").map(\.text)
    #expect(refs.contains("'Data'!$A$2:$A$4"))
    #expect(refs.contains("'Data'!$B$2:$B$4"))
    #expect(refs.contains("'Data'!$C$2:$C$4"))
    let texts = root.all("a:t").map(\.text)
    for text in ["=Not a formula", "Forum", "Deliverables"] { #expect(texts.contains(text)) }
    #expect(root.all("c:tx").compactMap { $0.first("c:v")?.text } == ["Done", "Open"])
    #expect(root.first("c:catAx")?.first("a:t")?.text == "Forum")
    #expect(root.first("c:valAx")?.first("a:t")?.text == "Deliverables")
    #expect(root.first("c:legendPos")?.attributes["val"] == "b")
    #expect(xml.contains("2E75B6"))
    #expect(root.all("c:pt").isEmpty == false)
    #expect(try xlsxPart("xl/drawings/drawing1.xml", in: file).contains("chart"))
  }

  @Test(
    "bar charts put the category title on the vertical axis",
    arguments: [ChartSpec.Kind.barClustered, .barStacked, .barPercentStacked])
  func barAxes(kind: ChartSpec.Kind) throws {
    let fixture = try XLSXFixture()
    let file = try fixture.workbook { book in
      let sheet = try book.addWorksheet(named: "It's data")
      try writeData(sheet)
      try sheet.insertChart(row: 5, col: 1, chart: book.addChart(spec(kind, sheet: "It's data")))
    }
    let root = try parseXML(xlsxPart("xl/charts/chart1.xml", in: file))
    #expect(root.first("c:barDir")?.attributes["val"] == "bar")
    #expect(root.first("c:catAx")?.first("a:t")?.text == "Forum")
    #expect(root.first("c:catAx")?.first("c:axPos")?.attributes["val"] == "l")
    #expect(root.all("c:f").map(\.text).contains("'It''s data'!$B$2:$B$4"))
  }

  @Test("invalid chart specs throw before anything is built")
  func invalidSpecs() throws {
    let fixture = try XLSXFixture()
    _ = try fixture.workbook { book in
      let sheet = try book.addWorksheet(named: "Data")
      try writeData(sheet)
      let missing = #expect(throws: XLSXError.self) {
        try book.addChart(spec(.columnClustered, sheet: "Nope"))
      }
      #expect(missing?.kind == .unknownSheet("Nope"))
      let empty = #expect(throws: XLSXError.self) {
        try book.addChart(ChartSpec(kind: .line, series: []))
      }
      #expect(empty?.kind == .invalidArgument)
      let square = SheetRange(sheet: "Data", firstRow: 1, firstCol: 1, lastRow: 3, lastCol: 2)
      let twoD = #expect(throws: XLSXError.self) {
        try book.addChart(
          ChartSpec(
            kind: .line,
            series: [ChartSeries(categories: square, values: square)]))
      }
      #expect(twoD?.kind == .invalidArgument)
    }
  }
}
