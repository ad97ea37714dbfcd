import Foundation
import ReportKernel
import Testing

@testable import ReportRender

/// The workbook as printed: per-table column widths on stacked sheets, wrapped rows as tall as
/// their text, bands for sheets too wide for a page, tabs named as the report names the fora.
@Suite("XLSX print layout")
struct XLSXPrintLayoutTests {
  /// A forum sheet's tables: a short id column beside long titles, then a narrative table
  /// whose first column is long text.
  static let forumTables = [
    ReportTable(
      id: "activities", title: "Activities",
      columns: [ReportColumn("ID"), ReportColumn("Title"), ReportColumn("USD", .usd)],
      rows: [
        [.text("CTTF-2026-01"), .text("Workshop on the security of food supply"), .usd(5_000)]
      ]),
    ReportTable(
      id: "narratives", title: "Narratives",
      columns: [ReportColumn("Component"), ReportColumn("Narrative")],
      rows: [
        [
          .text("Sector-specific vulnerabilities (Food Defense)"),
          .text(String(repeating: "The forum met twice on food defense. ", count: 12)),
        ]
      ]),
  ]

  /// The width in characters of columns `first...last` merged, from the sheet's `col` widths
  /// (as stored: characters plus 5 pixels of padding, 7 pixels a character).
  static func width(_ widths: [Int: Double], _ columns: ClosedRange<Int>) -> Double {
    let pixels = columns.reduce(0.0) { $0 + (widths[$1] ?? 8.43) * 7 }
    return (pixels - 5) / 7
  }

  /// Zero-based columns of an A1 range's row ("B4:D4" → 1...3).
  static func columns(_ ref: String) -> ClosedRange<Int> {
    func index(_ cell: Substring) -> Int {
      cell.prefix { $0.isLetter }.unicodeScalars.reduce(0) { $0 * 26 + Int($1.value) - 64 } - 1
    }
    let parts = ref.split(separator: ":")
    return index(parts[0])...index(parts.last ?? parts[0])
  }

  @Test("stacked tables keep their own widths: merged spans on a shared grid")
  func stackedWidths() throws {
    let document = try XLSXRenderFixture.document(forumTables: Self.forumTables)
    let sheet = try XLSXRenderFixture.render(document).sheet("CTTF")
    var widths: [Int: Double] = [:]
    for col in sheet.all("col") {
      let first = (Int(col.attributes["min"] ?? "") ?? 0) - 1
      let last = (Int(col.attributes["max"] ?? "") ?? 0) - 1
      for index in first...last { widths[index] = Double(col.attributes["width"] ?? "") }
    }
    let merges = sheet.all("mergeCell").compactMap { $0.attributes["ref"] }
    // Header rows: the activities' on row 4 (title on row 3), the narratives' on row 8.
    func span(_ cell: String) -> ClosedRange<Int> {
      merges.first { $0.hasPrefix("\(cell):") }.map(Self.columns) ?? Self.columns(cell)
    }
    let id = Self.width(widths, span("A4"))
    let component = Self.width(widths, span("A8"))
    // "CTTF-2026-01" is 12 characters, the component 46: each column fits its own table.
    #expect((13.9...20).contains(id), "ID \(id)")
    #expect(component >= 38, "Component \(component)")
    // The narrative, text that wraps, reaches the sheet's last column.
    let narrative = try #require(
      merges.filter { $0.hasSuffix("9") }.map(Self.columns).first { $0.lowerBound > 0 })
    #expect(narrative.lowerBound == span("A9").upperBound + 1)
    #expect(narrative.upperBound == widths.keys.max())
    let row = try #require(sheet.all("row").first { $0.attributes["r"] == "9" })
    let height = Double(row.attributes["ht"] ?? "") ?? 0
    let lines = 12 * 37 / Int(Self.width(widths, narrative) * 1.3)
    #expect(height >= 15 * Double(lines), "narrative row \(height) pt for \(lines)+ lines")
    #expect(row.attributes["customHeight"] == "1")
  }

  @Test("stacked tables stream (constant memory) with their merged cells and typed values")
  func stackedStreaming() throws {
    let document = try XLSXRenderFixture.document(forumTables: Self.forumTables)
    let package = try XLSXRenderFixture.render(
      document, renderer: XLSXRenderer(streamingCellThreshold: 0))
    let sheet = try package.sheet("CTTF")
    #expect(!sheet.all("mergeCell").isEmpty)
    let usd = try #require(
      sheet.all("c").first { $0.attributes["t"] == nil && $0.first("v")?.text == "5000" })
    #expect(try package.numberFormat(of: usd) == "\"USD \"#,##0")
    let texts = try sheet.all("c").compactMap { try package.value($0) }
    #expect(texts.contains("CTTF-2026-01"))
    #expect(texts.contains { $0.hasPrefix("The forum met twice") })
  }

  @Test("a sheet fitting one page at 70% or more is fitted; a wider one prints in bands")
  func bands() throws {
    #expect(XLSXPageSetup.layout(Array(repeating: 15, count: 6)) == .fitted)
    let wide = Array(repeating: 15.0, count: 18)
    guard case .bands(let scale, let breaks, let keyColumns) = XLSXPageSetup.layout(wide) else {
      Issue.record("18 columns of 15 characters must print in bands")
      return
    }
    #expect((70...85).contains(scale))
    #expect(keyColumns == 2)  // 15 + 15 reaches the 24 characters that name a row
    #expect(!breaks.isEmpty && breaks.allSatisfy { $0 > keyColumns })
    // Every band, the repeated key columns included, fits the page at its scale.
    let page = XLSXPageSetup.printablePixels * 100 / Double(scale)
    let starts = [0] + breaks
    let ends = breaks + [wide.count]
    for (start, end) in zip(starts, ends) {
      let key = start == 0 ? 0 : keyColumns * (15 * 7 + 5)
      let band = (end - start) * (15 * 7 + 5)
      #expect(Double(key + band) <= page, "columns \(start)..<\(end)")
    }
  }

  @Test("the sample's Indicators sheet prints in bands: scale, breaks and key columns read back")
  func bandsReadBack() throws {
    let package = try XLSXRenderFixture.render(try XLSXRenderFixture.sampleDocument(review: true))
    let sheet = try package.sheet("Indicators")
    let setup = try #require(sheet.first("pageSetup"))
    #expect(setup.attributes["paperSize"] == "9")
    #expect(setup.attributes["pageOrder"] == "overThenDown")
    #expect(sheet.first("pageSetUpPr")?.attributes["fitToPage"] == nil)
    let scale = try #require(Int(setup.attributes["scale"] ?? ""))
    #expect((70...85).contains(scale))
    let breaks = sheet.all("brk").compactMap { Int($0.attributes["id"] ?? "") }
    #expect(!breaks.isEmpty)
    let titles = try package.tree("xl/workbook.xml").all("definedName").first {
      $0.attributes["name"] == "_xlnm.Print_Titles" && $0.text.contains("Indicators")
    }
    #expect(titles?.text == "Indicators!$A:$B,Indicators!$1:$1")
    // The notes under the table stay in the first band, right of the repeated key columns.
    let merges = sheet.all("mergeCell").compactMap { $0.attributes["ref"] }
    let notes = merges.map(Self.columns).filter { $0.count > 1 }
    #expect(!notes.isEmpty)
    #expect(notes.allSatisfy { $0 == 2...(breaks[0] - 1) })
  }

  @Test("wrapped lines are counted at spaces as Calibri draws them, a long word broken")
  func lines() {
    let words = String(repeating: "word ", count: 20)
    // 22 units wide: 140 pixels of room, 19,549 font units; "word" is 4,334 (w 1,464, o 1,080,
    // r 714, d 1,076) and a space 463, so four words a line: 20 words take 5 lines.
    #expect(XLSXColumnWidths.lines([words], widths: [22]) == 5)
    #expect(XLSXColumnWidths.lines(["a\nb\n\nc"], widths: [10]) == 4)
    // 50 x (887 units each, 44,350) in 84 pixels (11,729 units): broken into 4 lines.
    #expect(XLSXColumnWidths.lines([String(repeating: "x", count: 50)], widths: [14]) == 4)
    #expect(XLSXColumnWidths.lines([nil, "short"], widths: [10, 10]) == 1)
    #expect(XLSXColumnWidths.height(lines: 1) == nil)
    #expect(XLSXColumnWidths.height(lines: 3) == 45)
  }

  @Test("columns fit their longest word; text wraps at 60 units, 30 in wide tables")
  func naturalWidths() {
    let checksum = String(repeating: "a", count: 64)
    let prose = String(repeating: "several words of text ", count: 10)
    let narrow = ReportTable(
      id: "t", title: "T", columns: [ReportColumn("Path"), ReportColumn("SHA-256")],
      rows: [[.text(prose), .text(checksum)]])
    // 64 x "a" (981 font units each) is 449.6 pixels, 64.2 units: 65 with 2 of padding.
    #expect(XLSXColumnWidths.natural(narrow) == [62, 67])
    let wide = ReportTable(
      id: "w", title: "W", columns: (0..<6).map { ReportColumn("C\($0)") },
      rows: [(0..<6).map { _ in .text(prose) }])
    #expect(XLSXColumnWidths.natural(wide) == Array(repeating: 32, count: 6))
    let header = ReportTable(
      id: "h", title: "H", columns: [ReportColumn("Capacity building received", .integer)],
      rows: [[.integer(3)]])
    #expect(XLSXColumnWidths.natural(header) == [12])  // wraps after 10 units
  }

  @Test("a column is as wide as its widest cell when equal cells repeat down it")
  func repeatedCells() {
    // The period and unit repeat down an indicator's rows; the widest economy comes late,
    // after the cell above it repeated, and a wider cell again after a run.
    let columns = [ReportColumn("P"), ReportColumn("Economy"), ReportColumn("N", .integer)]
    let rows: [[ReportCell]] = [
      [.text("2026"), .text("Chile"), .integer(7)],
      [.text("2026"), .text("Chile"), .integer(7)],
      [.text("2026"), .text("Papua New Guinea"), .integer(7)],
      [.text("2026"), .text("Peru"), .integer(1_234_567)],
      [.text("2026 (revised)"), .text("Peru"), .integer(1_234_567)],
    ]
    let table = ReportTable(id: "r", title: "R", columns: columns, rows: ReportRows(rows))
    // Each column measured cell by cell: the widest of its cells, whatever repeats.
    let each = columns.indices.map { col in
      rows.map { XLSXCellWriter.displayWidth($0[col]) }.max() ?? 0
    }
    #expect(XLSXColumnWidths.measure(table, rows: rows) == each)
    // "2026 (revised)" is 11,881 font units, 85.1 pixels, 12.2 units: 13; "Papua New Guinea"
    // 15,817, 113.3 pixels, 16.2 units: 17; 1,234,567 nine characters.
    #expect(each == [13, 17, 9])
  }

  @Test("forum sheets are named by the display acronym, within 31 characters and unique")
  func tabNames() throws {
    let renamed = try XLSXRenderFixture.document(labels: ["CTTF": "CTWG"])
    #expect(
      try XLSXRenderFixture.render(renamed).sheetNames().prefix(3) == ["Summary", "CTWG", "SCCP"])
    let long = String(repeating: "Working Group ", count: 4)
    let clashing = try XLSXRenderFixture.document(labels: ["CTTF": long, "SCCP": long])
    let names = try XLSXRenderFixture.render(clashing).sheetNames()
    #expect(names[1].count <= 31 && names[2].count <= 31)
    #expect(names[1] != names[2])
    #expect(names[1].hasPrefix("Working Group") && names[2].hasPrefix("Working Group"))
  }

  @Test("a stacked table that would start at the foot of a page starts the next one")
  func pageFlow() {
    // 100 characters fit the page at 100%: a page holds the printable height.
    var flow = XLSXPageFlow(widths: [100], repeated: 19)
    #expect(flow.pageHeight == XLSXPageFlow.printableHeight)
    flow.flow(400)
    flow.keep(60, before: 25)  // 460 points still fit
    #expect(flow.breaks.isEmpty)
    flow.keep(120, before: 27)  // 520 do not
    #expect(flow.breaks == [27])
    #expect(flow.used == 19)  // the repeated row
    // Rows that run over a page continue on the next, below its repeated row.
    flow.flow(flow.pageHeight)
    #expect(abs(flow.used - 38) < 0.001)
    // A sheet twice as wide prints at half the size: a page holds twice the rows.
    let wide = XLSXPageFlow(widths: [200, 200], repeated: 15)
    #expect(wide.pageHeight > 2 * XLSXPageFlow.printableHeight)
  }
}
