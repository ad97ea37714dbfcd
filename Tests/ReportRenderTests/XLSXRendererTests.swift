import Foundation
import ReportKernel
import ReportRender
import Testing

@Suite("XLSXRenderer")
struct XLSXRendererTests {
  static let fixedSheets = [
    "Indicators", "Activities", "Coverage", "Economies", "Agenda", "Data", "Findings", "About",
  ]

  @Test("sheets come in order: Summary, each forum, the fixed sheets, About")
  func sheetOrder() throws {
    let package = try XLSXRenderFixture.render(try XLSXRenderFixture.document())
    #expect(try package.sheetNames() == ["Summary", "CTTF", "SCCP"] + Self.fixedSheets)
    #expect(XLSXRenderer().format == .xlsx)
    #expect(XLSXRenderer().fileExtension == "xlsx")
  }

  @Test("the workbook walks the document's one list of sheets, each table once")
  func sheetList() throws {
    let document = try XLSXRenderFixture.document()
    let sheets = document.sheets
    #expect(try XLSXRenderFixture.render(document).sheetNames() == sheets.workbook.map(\.name))
    #expect(sheets.workbook.map(\.name) == ["Summary", "CTTF", "SCCP"] + Self.fixedSheets)
    let forumTables = sheets.forums.flatMap(\.tables)
    #expect(
      sheets.tables
        == [sheets.statusByForum, sheets.submissions] + forumTables + [
          sheets.indicators, sheets.activities, sheets.coverage, sheets.economies,
          sheets.agenda, sheets.data, sheets.findings,
        ])
  }

  @Test("numbers, percentages, dollars and lower bounds are numeric cells with formats")
  func numbers() throws {
    let package = try XLSXRenderFixture.render(try XLSXRenderFixture.document())
    let expected: [(ref: String, value: String, format: String)] = [
      ("D2", "100", "#,##0"), ("F4", "2.25", "#,##0.##"), ("G2", "0.5", "0.0%"),
      ("J2", "125000.5", "\"USD \"#,##0"), ("L2", "12", "#,##0"),
      ("F3", "405000.5", "\"≥ \"#,##0.##"),
    ]
    for (ref, value, format) in expected {
      let cell = try #require(try package.cell(ref, sheet: "Indicators"), "\(ref)")
      #expect(cell.attributes["t"] == nil, "\(ref) must not be text")
      #expect(cell.first("v")?.text == value, "\(ref)")
      #expect(try package.numberFormat(of: cell) == format, "\(ref)")
    }
    let empty = try package.cell("D3", sheet: "Indicators")
    #expect(empty == nil)
  }

  @Test("dates are date cells with a date format")
  func dates() throws {
    let package = try XLSXRenderFixture.render(try XLSXRenderFixture.document())
    let cell = try #require(try package.cell("I2", sheet: "Indicators"))
    #expect(cell.attributes["t"] == nil)
    #expect(cell.first("v")?.text == "46203")  // 2026-06-30 as an Excel serial
    #expect(try package.numberFormat(of: cell) == "yyyy-mm-dd")
    let received = try #require(try package.cell("B14", sheet: "Summary"))
    #expect(received.attributes["t"] == nil)
    #expect(try package.numberFormat(of: received) == "yyyy-mm-dd")
  }

  @Test("statuses are text coloured by conditional formats")
  func statuses() throws {
    let package = try XLSXRenderFixture.render(try XLSXRenderFixture.document())
    let cell = try #require(try package.cell("H2", sheet: "Indicators"))
    #expect(cell.attributes["t"] == "s")
    #expect(try package.value(cell) == "At risk")
    let rules = try package.sheet("Indicators").all("conditionalFormatting")
    #expect(rules.map { $0.attributes["sqref"] } == ["H2:H4"])
    #expect(rules.flatMap { $0.all("cfRule") }.count == IndicatorStatus.allCases.count)
    let formulas = rules.flatMap { $0.all("formula") }.map(\.text)
    for label in ["On track", "At risk", "Off track", "Not assessed", "No data"] {
      #expect(formulas.contains { $0.contains("\"\(label)\"") }, "\(label)")
    }
  }

  @Test("single-table sheets have a frozen header, an autofilter and sized columns")
  func layout() throws {
    let package = try XLSXRenderFixture.render(try XLSXRenderFixture.document())
    for name in Self.fixedSheets.dropLast() {
      let sheet = try package.sheet(name)
      let pane = try #require(sheet.first("pane"), "\(name)")
      #expect(pane.attributes["state"] == "frozen")
      #expect(pane.attributes["topLeftCell"] == "A2")
      #expect(sheet.first("autoFilter")?.attributes["ref"]?.hasPrefix("A1:") == true, "\(name)")
    }
    let indicators = try package.sheet("Indicators")
    #expect(indicators.first("autoFilter")?.attributes["ref"] == "A1:L4")
    let widths = indicators.all("col").compactMap { $0.attributes["width"] }.compactMap(Double.init)
    #expect(widths.count == 12)
    #expect(widths.allSatisfy { (6...69).contains($0) })
    // The long text column is capped at its longest word (a 66-character cap), and wraps.
    #expect(widths.max() ?? 0 > 60)
  }

  @Test("header rows are bold with a fill")
  func header() throws {
    let package = try XLSXRenderFixture.render(try XLSXRenderFixture.document())
    let cell = try #require(try package.cell("A1", sheet: "Data"))
    let styles = try package.tree("xl/styles.xml")
    let xfs = try #require(styles.first("cellXfs")).children
    let xf = xfs[Int(cell.attributes["s"] ?? "0") ?? 0]
    let font = styles.all("font")[Int(xf.attributes["fontId"] ?? "0") ?? 0]
    #expect(font.first("b") != nil)
    #expect(xf.attributes["fillId"] != "0")
  }

  @Test("text that looks like a formula stays text; no formula anywhere")
  func noFormulas() throws {
    let package = try XLSXRenderFixture.render(try XLSXRenderFixture.document())
    let cell = try #require(try package.cell("K2", sheet: "Indicators"))
    #expect(cell.attributes["t"] == "s")
    #expect(try package.value(cell) == "=1+1")
    let other = try #require(try package.cell("K3", sheet: "Indicators"))
    #expect(try package.value(other) == "+SUM(A1) -2 @x")
    for part in try package.partNames() where part.hasPrefix("xl/worksheets/") {
      #expect(try package.tree(part).all("f").isEmpty, "\(part)")
    }
  }

  @Test("every part is well-formed XML, control characters included")
  func wellFormed() throws {
    let package = try XLSXRenderFixture.render(try XLSXRenderFixture.document())
    for part in try package.partNames() where part.hasSuffix(".xml") || part.hasSuffix(".rels") {
      _ = try package.tree(part)
    }
    let cell = try #require(try package.cell("C3", sheet: "Indicators"))
    #expect(try package.value(cell) == "Ports  with  controls")
  }

  @Test("the Summary sheet has a native stacked column chart of the status counts")
  func chart() throws {
    let package = try XLSXRenderFixture.render(try XLSXRenderFixture.document())
    let chart = try package.tree("xl/charts/chart1.xml")
    #expect(chart.first("c:barChart") != nil)
    #expect(chart.first("c:barDir")?.attributes["val"] == "col")
    #expect(chart.first("c:grouping")?.attributes["val"] == "stacked")
    #expect(chart.all("c:ser").count == IndicatorStatus.allCases.count)
    let references = chart.all("c:f").map(\.text)
    #expect(references.contains("'Summary'!$A$19:$A$20"))
    #expect(references.contains("'Summary'!$B$19:$B$20"))
    let drawing = try package.part("xl/worksheets/_rels/sheet1.xml.rels")
    #expect(drawing.contains("drawing1.xml"))
  }

  @Test("the Summary sheet shows the title, period and typed key figures")
  func summary() throws {
    let package = try XLSXRenderFixture.render(try XLSXRenderFixture.document())
    let title = try #require(try package.cell("A1", sheet: "Summary"))
    #expect(try package.value(title) == "CTST progress report")
    let period = try #require(try package.cell("A3", sheet: "Summary"))
    #expect(try package.value(period) == "Period: APEC year 2026 (1 January to 31 December 2026)")
    let compared = try #require(try package.cell("A4", sheet: "Summary"))
    #expect(try package.value(compared)?.hasPrefix("Compared with: APEC year 2025") == true)
    // The key figures are a table on the sheet's shared grid: its Value column starts where
    // its header says.
    let header = try package.sheet("Summary").all("c").filter {
      $0.attributes["r"]?.hasSuffix("7") == true
    }
    var valueColumn: String?
    for cell in header where try package.value(cell) == "Value" {
      valueColumn = cell.attributes["r"].map { String($0.dropLast()) }
    }
    let column = try #require(valueColumn)
    let count = try #require(try package.cell("\(column)8", sheet: "Summary"))
    #expect(count.first("v")?.text == "1")
    let figure = try #require(try package.cell("\(column)9", sheet: "Summary"))
    #expect(figure.first("v")?.text == "0.25")
    #expect(try package.numberFormat(of: figure) == "0.0%")
  }
}
