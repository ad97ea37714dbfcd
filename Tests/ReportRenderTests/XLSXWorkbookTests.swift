import Foundation
import ReportKernel
import ReportRender
import ReportTestSupport
import Testing

@Suite("XLSXRenderer workbook")
struct XLSXWorkbookTests {
  @Test("document properties are set; created is the period's end at midnight UTC")
  func properties() throws {
    let package = try XLSXRenderFixture.render(try XLSXRenderFixture.document())
    let core = try package.tree("docProps/core.xml")
    #expect(core.first("dcterms:created")?.text == "2026-12-31T00:00:00Z")
    #expect(core.first("dcterms:modified")?.text == "2026-12-31T00:00:00Z")
    #expect(core.first("dc:title")?.text == "CTST progress report")
    #expect(core.first("dc:subject")?.text == "APEC year 2026 (1 January to 31 December 2026)")
    #expect(core.first("dc:creator")?.text == "APEC Secretariat")
    #expect(core.first("cp:keywords")?.text.contains("2026") == true)
    #expect(try package.part("docProps/app.xml").contains("<Company>APEC</Company>"))
  }

  @Test("two renders of the same document are byte-identical, even seconds apart")
  func deterministic() throws {
    let document = try XLSXRenderFixture.document()
    let first = try XLSXRenderFixture.render(document)
    Thread.sleep(forTimeInterval: 2.1)  // past the 2-second resolution of ZIP timestamps
    let second = try XLSXRenderFixture.render(document)
    let a = try Data(contentsOf: URL(fileURLWithPath: first.path))
    let b = try Data(contentsOf: URL(fileURLWithPath: second.path))
    #expect(!a.isEmpty)
    #expect(a == b)
  }

  @Test("the About sheet lists the period and the text Excel could not hold, not the tool")
  func about() throws {
    let package = try XLSXRenderFixture.render(try XLSXRenderFixture.document())
    let sheet = try package.sheet("About")
    var shown: [String] = []
    for cell in sheet.all("c") { shown.append(try package.value(cell) ?? "") }
    #expect(shown.contains("Period end"))
    // The publication names no software; the document properties keep the version.
    #expect(!shown.contains { $0.contains("ctst") })
    #expect(try package.part("docProps/core.xml").contains("ctst 0.0.0-test"))
    // Input files and checksums are for the review pack, not the report.
    #expect(!shown.contains("config/ctst.yaml"))
    #expect(shown.contains { $0.contains("Indicators!K4") && $0.contains("cut to 32767") })
    #expect(shown.contains { $0.contains("Indicators!C3") && $0.contains("control character") })
    let end = try #require(try package.cell("B8", sheet: "About"))
    #expect(try package.numberFormat(of: end) == "yyyy-mm-dd")
    let long = try #require(try package.cell("K4", sheet: "Indicators"))
    #expect(try package.value(long)?.count == 32_767)
  }

  @Test("the review pack's About sheet lists the input files with their checksums")
  func reviewInputs() throws {
    let report = try XLSXRenderFixture.document()
    let review = ReportDocument(
      kind: .review, forum: nil, title: report.title, subtitle: report.subtitle,
      period: report.period, previousPeriod: report.previousPeriod, author: report.author,
      toolVersion: report.toolVersion, parts: report.parts, sheets: report.sheets,
      inputs: report.inputs, findings: report.findings)
    let package = try XLSXRenderFixture.render(review)
    var shown: [String] = []
    for cell in try package.sheet("About").all("c") { shown.append(try package.value(cell) ?? "") }
    #expect(shown.contains("config/ctst.yaml"))
    #expect(shown.contains("1234"))
  }

  @Test("every sheet prints A4 landscape with a repeated row, fitted to the width or in bands")
  func printing() throws {
    let package = try XLSXRenderFixture.render(try XLSXRenderFixture.document())
    let names = try package.sheetNames()
    for name in names {
      let sheet = try package.sheet(name)
      let setup = try #require(sheet.first("pageSetup"), "\(name)")
      #expect(setup.attributes["orientation"] == "landscape", "\(name)")
      #expect(setup.attributes["paperSize"] == "9", "\(name)")  // A4
      if sheet.first("colBreaks") == nil {
        #expect((setup.attributes["fitToWidth"] ?? "1") == "1", "\(name)")  // 1 is the default
        #expect(setup.attributes["fitToHeight"] == "0", "\(name)")
        #expect(sheet.first("pageSetUpPr")?.attributes["fitToPage"] == "1", "\(name)")
      } else {
        let scale = Int(setup.attributes["scale"] ?? "") ?? 0
        #expect((70...85).contains(scale), "\(name)")
      }
    }
    let titles = try package.tree("xl/workbook.xml").all("definedName")
      .filter { $0.attributes["name"] == "_xlnm.Print_Titles" }
    #expect(titles.count == names.count)
    #expect(titles.allSatisfy { $0.text.hasSuffix("$1:$1") })
  }

  @Test("forum ids that clash with fixed sheet names get unique, valid names")
  func sheetNameClash() throws {
    let document = try XLSXRenderFixture.document(forums: ["Data", "data", "TEL"])
    let names = try XLSXRenderFixture.render(document).sheetNames()
    #expect(names.count == 3 + 1 + XLSXRendererTests.fixedSheets.count)
    #expect(Set(names.map { $0.lowercased() }).count == names.count)
    #expect(names[1].hasPrefix("Data") && names[1] != "Data")
    #expect(names[3] == "TEL")
  }

  @Test("streamed (constant-memory) workbooks keep types, panes, filters and the chart")
  func streaming() throws {
    let package = try XLSXRenderFixture.render(
      try XLSXRenderFixture.document(), renderer: XLSXRenderer(streamingCellThreshold: 0))
    for part in try package.partNames() where part.hasSuffix(".xml") {
      _ = try package.tree(part)
    }
    let number = try #require(try package.cell("F3", sheet: "Indicators"))
    #expect(number.attributes["t"] == nil)
    #expect(try package.numberFormat(of: number) == "\"≥ \"#,##0.##")
    let text = try #require(try package.cell("K2", sheet: "Indicators"))
    #expect(text.attributes["t"] == "inlineStr")
    #expect(try package.value(text) == "=1+1")
    #expect(try package.sheet("Data").first("pane")?.attributes["state"] == "frozen")
    #expect(try package.sheet("Data").first("autoFilter") != nil)
    #expect(try package.sheet("Data").all("col").count == 3)
    #expect(try package.sheet("Indicators").first("conditionalFormatting") != nil)
    #expect(try package.has("xl/charts/chart1.xml"))
  }

  @Test("a failure is thrown, not a crash, and leaves no file behind")
  func failure() throws {
    let missing = TestPaths.temporaryDirectory("ctst-xlsx").appendingPathComponent("gone/x.xlsx")
    #expect(throws: (any Error).self) {
      try XLSXRenderer().write(try XLSXRenderFixture.document(), to: missing.path)
    }
    #expect(!FileManager.default.fileExists(atPath: missing.path))
  }

  @Test("the fixture workspace's report renders with every sheet, typed data and a chart")
  func sampleWorkspace() throws {
    let document = try XLSXRenderFixture.sampleDocument()
    let package = try XLSXRenderFixture.render(document)
    let names = try package.sheetNames()
    #expect(names.first == "Summary")
    // The report's workbook has no Findings sheet, the review pack's has; the report's Data
    // sheet has no File and Line columns, its Activities no Source.
    #expect(Array(names.suffix(7)) == XLSXRendererTests.fixedSheets.filter { $0 != "Findings" })
    #expect(!names.contains("Findings"))
    #expect(!document.sheets.data.columns.contains { ["File", "Line"].contains($0.title) })
    #expect(!document.sheets.activities.columns.contains { $0.title == "Source" })
    let review = try XLSXRenderFixture.sampleDocument(review: true)
    let reviewNames = try XLSXRenderFixture.render(review).sheetNames()
    // The review pack adds its lists of joiners and leavers and of withheld values.
    #expect(
      Array(reviewNames.suffix(10))
        == XLSXRendererTests.fixedSheets.dropLast() + ["Joiners and leavers", "Withheld", "About"])
    #expect(review.sheets.data.columns.suffix(3).map(\.title) == ["File", "Line", "Forum id"])
    for forum in document.sheets.forums {
      #expect(names.contains(forum.label), "\(forum.forum)")
    }
    for part in try package.partNames() where part.hasSuffix(".xml") {
      let tree = try package.tree(part)
      if part.hasPrefix("xl/worksheets/") { #expect(tree.all("f").isEmpty, "\(part)") }
    }
    #expect(try package.tree("xl/charts/chart1.xml").first("c:grouping") != nil)
    let data = document.sheets.data
    let valueColumn = try #require(data.columns.firstIndex { $0.title == "Value" })
    let letter = String(UnicodeScalar(UInt8(65 + valueColumn)))
    // Cells with a value: the notes below the table merge blank cells across the columns.
    let cells = try package.sheet("Data").all("c").filter {
      $0.attributes["r"]?.hasPrefix(letter) == true && $0.attributes["r"] != "\(letter)1"
        && $0.first("v") != nil
    }
    let numbers = data.rows.filter {
      if case .number = $0[valueColumn] { return true }
      return false
    }
    #expect(!numbers.isEmpty)
    #expect(cells.count == numbers.count)
    #expect(cells.allSatisfy { $0.attributes["t"] == nil })
    let core = try package.tree("docProps/core.xml")
    #expect(core.first("dcterms:created")?.text == "\(document.period.end)T00:00:00Z")
  }
}
