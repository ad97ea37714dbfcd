import Foundation
import Testing

@testable import ReportKernel
@testable import ReportRender
@testable import ReportXLSX

/// The cell writer works out each style's format once, and it is the format the style
/// itself gives.
@Suite("Cell styles' formats worked out once")
struct StyleFormatCacheTests {
  @Test("a marked, signed or plain cell's format is the style's own, the same every time")
  func sameFormat() throws {
    let directory = FileManager.default.temporaryDirectory
      .appendingPathComponent("ctst-style-cache-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
    defer { try? FileManager.default.removeItem(at: directory) }
    let workbook = try Workbook(path: directory.appendingPathComponent("s.xlsx").path)
    let writer = XLSXCellWriter(styles: try XLSXStyles(workbook))
    let day = try #require(CalendarDate(year: 2026, month: 1, day: 2))
    let cells: [(ReportCell, ReportColumn.Kind)] = [
      (.marked(.integer(5), .estimate), .integer), (.marked(.percent(0.5), .withheld), .percent),
      (.signed(.integer(-4)), .integer), (.signed(.marked(.usd(10), .illustrative)), .usd),
      (.integer(3), .integer), (.text("x"), .status), (.date(day), .date),
    ]
    for (cell, kind) in cells {
      let first = try #require(writer.format(of: cell, kind: kind))
      let again = try #require(writer.format(of: cell, kind: kind))
      let own = try #require(try XLSXCellStyle.of(cell, kind: kind)?.format(in: writer.styles))
      #expect(first === again, "\(cell)")
      #expect(first === own, "\(cell)")
    }
    #expect(writer.format(of: .empty, kind: .text) == nil)
    try workbook.close()
  }
}
