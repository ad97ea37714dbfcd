import Foundation
import ReportKernel
import Testing

@testable import ReportRender

/// A long table's cells prepared on the thread that makes its rows are written as the same
/// cells prepared on the writing thread, and as the cell writer always wrote them.
@Suite("Table rows prepared ahead")
struct PreparedRowRenderTests {
  /// Row `i` of a table with every kind of cell: text cut at Excel's limit, cleaned, not
  /// ASCII; dates, one before 1900; numbers, lower bounds, shares, a non-finite number, a
  /// marked figure, a signed change, a status.
  static func row(_ i: Int) -> [ReportCell] {
    let special = i % 4_000 == 1
    let date = Self.dates[special ? 0 : 1]
    return [
      .text(special ? String(repeating: "長", count: 33_000) : "Hong Kong, China \(i % 21)"),
      .text(special ? "bell\u{7}here" : "CTTF"),
      .number(special ? .infinity : Double(i) / 4, lowerBound: i % 3 == 0),
      .percent(0.125, lowerBound: i % 5 == 0),
      .date(date),
      special ? .marked(.number(12, lowerBound: false), .estimate) : .integer(i),
      special ? .signed(.number(-2_500, lowerBound: false)) : .empty,
      .status(i % 2 == 0 ? .onTrack : .offTrack),
    ]
  }

  /// 30 June 1850 and 2026.
  static let dates = [1850, 2026].compactMap { CalendarDate(year: $0, month: 6, day: 30) }

  static let columns = [
    ReportColumn("Economy"), ReportColumn("Forum"), ReportColumn("Value", .number),
    ReportColumn("Share", .percent), ReportColumn("As of", .date),
    ReportColumn("Count", .integer), ReportColumn("Change", .number),
    ReportColumn("Status", .status),
  ]

  @Test("a long table made on demand gives the same workbook, notes included, as held rows")
  func sameAsHeld() throws {
    #expect(Self.dates.count == 2)
    // More rows than are prepared on the writing thread (4 batches of 512).
    let count = 12_000
    let produced = ReportTable(
      id: "data", title: "Data", columns: Self.columns,
      rows: ReportRows(
        count: count,
        chunks: stride(from: 0, to: count, by: 1_000).map { start in
          { (start..<start + 1_000).map(Self.row) }
        }))
    let held = ReportTable(
      id: "data", title: "Data", columns: Self.columns,
      rows: ReportRows((0..<count).map(Self.row)))
    let streaming = XLSXRenderer(streamingCellThreshold: 0)
    let made = try XLSXRenderFixture.render(
      XLSXRenderFixture.document(data: produced), renderer: streaming, name: "made.xlsx")
    let kept = try XLSXRenderFixture.render(
      XLSXRenderFixture.document(data: held), renderer: streaming, name: "held.xlsx")
    let madeBytes = try Data(contentsOf: URL(fileURLWithPath: made.path))
    #expect(madeBytes == (try Data(contentsOf: URL(fileURLWithPath: kept.path))))

    // By hand, row 1 (sheet row 3): the long text cut to 32,767 characters, the control
    // character a space, the infinite value left empty, the date before 1900 as text, the
    // marked figure a number showing its mark, the change a signed number.
    let long = try #require(try made.cell("A3", sheet: "Data"))
    #expect(try made.value(long) == String(repeating: "長", count: 32_767))
    #expect(try made.value(#require(try made.cell("B3", sheet: "Data"))) == "bell here")
    #expect(try made.cell("C3", sheet: "Data") == nil)
    #expect(try made.value(#require(try made.cell("E3", sheet: "Data"))) == "1850-06-30")
    let marked = try #require(try made.cell("F3", sheet: "Data"))
    #expect(try made.value(marked) == "12")
    #expect(try made.numberFormat(of: marked) == "#,##0\" ‡\"")
    let signed = try #require(try made.cell("G3", sheet: "Data"))
    let signedFormat = try made.numberFormat(of: signed)
    #expect(signedFormat == "\"+\"#,##0;\"-\"#,##0;#,##0")
    // Row 3 (sheet row 5) is a lower bound: "≥ " before the whole number 0.75 → decimal.
    let bound = try #require(try made.cell("C5", sheet: "Data"))
    #expect(try made.numberFormat(of: bound) == "\"≥ \"#,##0.##")
    #expect(try made.value(#require(try made.cell("D7", sheet: "Data"))) == "0.125")
    #expect(
      try made.numberFormat(of: #require(try made.cell("D7", sheet: "Data")))
        == "\"≥ \"0.0%")

    // The About sheet notes each change, in writing order.
    let about = try made.sheet("About")
    let texts = try about.all("c").compactMap { try made.value($0) }
    let cut = texts.firstIndex { $0.hasPrefix("Data!A3: text of 33000 characters cut to 32767") }
    let bell = texts.firstIndex { $0.hasPrefix("Data!B3: 1 control character(s)") }
    let infinite = texts.firstIndex { $0 == "Data!C3: inf left empty." }
    let early = texts.firstIndex { $0.hasPrefix("Data!E3: 1850-06-30 is before 1900") }
    let next = texts.firstIndex { $0.hasPrefix("Data!A4003: text of 33000") }
    #expect(cut != nil && bell != nil && infinite != nil && early != nil && next != nil)
    if let cut, let bell, let infinite, let early, let next {
      #expect(cut < bell && bell < infinite && infinite < early && early < next)
    }
  }
}
