import Foundation
import ReportKernel
import ReportTestSupport
import Synchronization
import Testing

@testable import ReportRender

/// Rows that grow with the data are written to JSON straight as bytes; the bytes must be the
/// encoder's, so the streamed file is the same as encoding the document whole.
@Suite("JSON rows written as bytes")
struct JSONRowTextTests {
  /// Every kind of cell, with the numbers and texts an encoder could write differently.
  static let cells: [ReportCell] = {
    let texts = [
      "", "plain", "Côte d’Ivoire 中文 😀", "a/b \\ \"quoted\"", "tab\there\nline\r\u{8}\u{C}",
      "\u{0}\u{1}\u{1F}\u{7F}\u{2028}", "reports/2026/submissions/CTTF.yaml:12:3",
    ]
    let numbers: [Double] = [
      0, -0.0, 1, -1, 0.1, 12.5, 1e-7, 2.5e-5, 1e15, 1e16, 1e17, 1.5e300, 123_456_789.125,
      9_007_199_254_740_992,
      .leastNonzeroMagnitude, .greatestFiniteMagnitude, .infinity, -.infinity, .nan,
    ]
    var cells: [ReportCell] = texts.map { .text($0) }
    cells += [.integer(0), .integer(-42), .integer(Int.max), .integer(Int.min), .year(2026)]
    for number in numbers {
      cells += [
        .number(number, lowerBound: false), .number(number, lowerBound: true),
        .percent(number), .usd(number), .points(number),
      ]
    }
    let day = CalendarDate(iso: "2026-03-09")
    cells += [day.map { .date($0) } ?? .empty, .empty]
    cells += IndicatorStatus.allCases.map { .status($0) }
    for mark in CellMark.allCases {
      cells += [
        .marked(.number(3.5, lowerBound: true), mark), .marked(.text("x"), mark),
        .marked(.signed(.integer(-4)), mark), .signed(.marked(.percent(0.25), mark)),
        .marked(.marked(.usd(10), .estimate), mark),
      ]
    }
    cells += [.signed(.points(19)), .signed(.empty)]
    return cells
  }()

  @Test("each kind of cell, and a row of them, is written as the encoder writes it")
  func sameBytesAsTheEncoder() throws {
    let encoder = JSONRenderer.encoder()
    for cell in Self.cells {
      // Encoded in an array, the cell's object is at 2 spaces: "[\n  {...}\n]".
      let encoded = try encoder.encode([cell])
      var written: [UInt8] = Array("[\n  ".utf8)
      JSONRowText.append(cell, indent: 2, to: &written)
      written += Array("\n]".utf8)
      #expect(
        String(decoding: written, as: UTF8.self) == String(decoding: encoded, as: UTF8.self))
    }
    for row in [Self.cells, [], [.empty]] {
      let encoded = try encoder.encode([[row]])
      var written: [UInt8] = Array("[\n  [\n    ".utf8)
      JSONRowText.append(row, indent: 4, to: &written)
      written += Array("\n  ]\n]".utf8)
      #expect(
        String(decoding: written, as: UTF8.self) == String(decoding: encoded, as: UTF8.self))
    }
  }

  @Test("tables made on demand, and long held ones, are written as encoding the whole")
  func streamedFileSameAsEncoded() throws {
    // Every kind of cell once, one row after another: 3,000 rows made on demand in chunks of
    // 500, and 600 held rows (held tables are left out of the encoding from 512 rows on).
    let cells = Self.cells
    @Sendable func row(_ i: Int) -> [ReportCell] {
      [.text("row \(i)"), cells[i % cells.count], .number(Double(i) / 8, lowerBound: false)]
    }
    let columns = [ReportColumn("Row"), ReportColumn("Cell"), ReportColumn("N", .number)]
    let produced = ReportRows(
      count: 3_000,
      chunks: stride(from: 0, to: 3_000, by: 500).map { start in
        { (start..<start + 500).map(row) }
      })
    let held = ReportRows((0..<600).map(row))
    #expect(produced.isProduced && !held.isProduced)
    for (rows, last) in [(produced, 2_999), (held, 599)] {
      let table = ReportTable(id: "data", title: "Data", columns: columns, rows: rows)
      let document = try XLSXRenderFixture.document(data: table)
      let path = TestPaths.temporaryDirectory("ctst-json").appendingPathComponent("r.json").path
      try JSONRenderer().write(document, to: path)
      let streamed = try Data(contentsOf: URL(fileURLWithPath: path))
      let whole = try JSONRenderer().encode(document)
      #expect(streamed.count == whole.count)
      #expect(streamed == whole)
      // The rows are there, indented under their table: the last row's first cell.
      #expect(String(decoding: streamed, as: UTF8.self).contains("\"value\" : \"row \(last)\""))
    }
  }

  @Test("rows left to the streaming writer: made on demand, or held from 512 rows on")
  func deferredRows() throws {
    final class Counts: ReportRows.Deferral, @unchecked Sendable {
      let counts = Mutex<[Int]>([])
      func placeholder(for rows: ReportRows) -> String {
        counts.withLock { $0.append(rows.count) }
        return "rows"
      }
    }
    let deferral = Counts()
    let encoder = JSONRenderer.encoder()
    encoder.userInfo[try #require(ReportRows.deferralKey)] = deferral
    func held(_ count: Int) -> ReportRows { ReportRows((0..<count).map { [.integer($0)] }) }
    let made = ReportRows(count: 2, chunks: [{ [[.empty], [.empty]] }])
    let encoded = try encoder.encode([held(511), held(512), made, ReportRows([])])
    #expect(deferral.counts.withLock { $0 } == [512, 2])
    #expect(String(decoding: encoded, as: UTF8.self).components(separatedBy: "\"rows\"").count == 3)
  }
}
