import Foundation
import ReportKernel
import ReportTestSupport
import ReportXLSX
import Testing

@testable import ReportRender

/// Single-table sheets measured and prepared on other threads give the workbook that writing
/// them on the writing thread gives.
@Suite("Sheets prepared ahead")
struct XLSXSheetsAheadTests {
  /// `count` rows of the prepared-row suite's every kind of cell (cut text, control
  /// characters, infinite values, dates before 1900, marks, changes, statuses), made on demand.
  static func data(rows count: Int) -> ReportTable {
    ReportTable(
      id: "data", title: "Data", columns: PreparedRowRenderTests.columns,
      rows: ReportRows(
        count: count,
        chunks: stride(from: 0, to: count, by: 100).map { start in
          { (start..<min(start + 100, count)).map(PreparedRowRenderTests.row) }
        }))
  }

  /// The workbook of `document` filled with `ahead`, as bytes.
  static func bytes(_ document: ReportDocument, ahead: XLSXSheetsAhead, name: String) throws
    -> Data
  {
    let path = TestPaths.temporaryDirectory("ctst-ahead").appendingPathComponent(name).path
    let workbook = try Workbook(path: path)
    try XLSXRenderer.fill(workbook, with: document, ahead: ahead)
    try workbook.close()
    return try Data(contentsOf: URL(fileURLWithPath: path))
  }

  @Test("a data table of 700 rows prepared ahead gives the same workbook as written in turn")
  func sameWorkbook() throws {
    let document = try XLSXRenderFixture.document(data: Self.data(rows: 700))
    let ahead = XLSXSheetsAhead(document)
    // The data table is prepared whole; the small tables are left to the writing thread.
    #expect(Set(ahead.tables.keys) == ["data"])
    #expect(ahead.widths.isEmpty)
    let prepared = try Self.bytes(document, ahead: ahead, name: "ahead.xlsx")
    let inTurn = try Self.bytes(document, ahead: .none, name: "in-turn.xlsx")
    #expect(prepared == inTurn)
    #expect(prepared.count > 20_000)
  }

  @Test("which tables go ahead: 64 to 8,192 rows prepared; longer made on demand, measured")
  func whichTables() throws {
    let short = try XLSXRenderFixture.document(data: Self.data(rows: 63))
    #expect(XLSXSheetsAhead(short).tables.isEmpty)
    let edge = try XLSXRenderFixture.document(data: Self.data(rows: 8_192))
    #expect(Set(XLSXSheetsAhead(edge).tables.keys) == ["data"])
    let long = try XLSXRenderFixture.document(data: Self.data(rows: 8_193))
    let ahead = XLSXSheetsAhead(long)
    #expect(ahead.tables.isEmpty)
    #expect(Set(ahead.widths.keys) == ["data"])
    #expect(ahead.widths["data"]?.value == XLSXColumnWidths.natural(Self.data(rows: 8_193)))
  }
}
