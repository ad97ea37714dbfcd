import Foundation
import ReportKernel
import Testing

@testable import ReportRender

/// A long table's rows made ahead on another thread, and its column widths measured in parts,
/// give exactly what walking it on one thread gives.
@Suite("Rows made ahead")
struct RowsAheadTests {
  /// A produced table of `count` rows in chunks of `chunk`: row i is
  /// `[.integer(i), .text("row i"), .number(i / 2, lowerBound: i odd)]`; `made` counts the
  /// chunks made.
  static func produced(_ count: Int, chunk: Int, made: Counter = Counter()) -> ReportRows {
    let chunks: [ReportRows.Chunk] = stride(from: 0, to: count, by: chunk).map { start in
      {
        made.add()
        return (start..<min(start + chunk, count)).map { i in
          [.integer(i), .text("row \(i)"), .number(Double(i) / 2, lowerBound: i % 2 == 1)]
        }
      }
    }
    return ReportRows(count: count, chunks: chunks)
  }

  /// How many times something happened, on any thread.
  final class Counter: @unchecked Sendable {
    private let lock = NSLock()
    private var count = 0

    func add() {
      lock.lock()
      defer { lock.unlock() }
      count += 1
    }

    var value: Int {
      lock.lock()
      defer { lock.unlock() }
      return count
    }
  }

  /// The first column of a row, as the prepared value.
  static let firstNumber: @Sendable ([ReportCell]) -> Int = { row in
    if case .integer(let value) = row.first { return value }
    return -1
  }

  @Test("a long table's rows come prepared, all of them, in order, from another thread")
  func madeAheadInOrder() {
    let rows = Self.produced(10_000, chunk: 100)
    let ahead = Array(rows.madeAhead(batchRows: 64, batches: 2, Self.firstNumber))
    #expect(ahead == Array(0..<10_000))
    // The same rows as walking them here.
    let cells = Array(rows.madeAhead(batchRows: 64, batches: 2) { $0 })
    #expect(cells == Array(rows))
  }

  @Test("a short table, and rows held in memory, are prepared as they are walked")
  func shortTablesInline() {
    let short = Self.produced(100, chunk: 30)
    #expect(Array(short.madeAhead(batchRows: 64, batches: 2, Self.firstNumber)) == Array(0..<100))
    let held = ReportRows([[.integer(7)], [.integer(8)]])
    #expect(Array(held.madeAhead(batchRows: 1, batches: 1, Self.firstNumber)) == [7, 8])
    #expect(Array(ReportRows([]).madeAhead(Self.firstNumber)).isEmpty)
  }

  @Test("a walk stopped early stops the thread making the rows")
  func stoppedEarly() throws {
    let made = Counter()
    let rows = Self.produced(100_000, chunk: 10, made: made)
    do {
      let walk = rows.madeAhead(batchRows: 20, batches: 2, Self.firstNumber).makeIterator()
      for expected in 0..<30 { #expect(walk.next() == expected) }
    }
    // The making thread stops at its next batch: far fewer than the 10,000 chunks are made.
    Thread.sleep(forTimeInterval: 0.2)
    let settled = made.value
    #expect(settled < 100)
    Thread.sleep(forTimeInterval: 0.1)
    #expect(made.value == settled)
  }

  @Test("parts of a produced table are its rows in order, split about evenly")
  func parts() {
    let rows = Self.produced(1_000, chunk: 100)
    for count in [1, 2, 3, 7, 20] {
      let parts = rows.parts(count)
      #expect(parts.count <= min(count, 10))
      #expect(parts.count == (count == 7 ? 5 : min(count, 10)))  // 7 parts of 10 chunks: 2 each
      #expect(parts.flatMap { Array($0) } == Array(rows))
    }
    let held = ReportRows([[.integer(1)]])
    #expect(held.parts(2).count == 1)
  }

  @Test("column widths measured in two halves equal the widths measured in one walk")
  func widthsInHalves() throws {
    let date = try #require(CalendarDate(year: 2026, month: 1, day: 1))
    // The widest number sits in the second half, a long text in the first, a long word in
    // the second.
    let count = 4_000
    let chunks: [ReportRows.Chunk] = stride(from: 0, to: count, by: 500).map { start in
      {
        (start..<start + 500).map { i -> [ReportCell] in
          let text =
            i == 10
            ? String(repeating: "long text ", count: 12)
            : i == 3_000 ? "a" + String(repeating: "n", count: 44) : "short \(i)"
          return [
            .number(i == 3_999 ? 123_456_789.5 : Double(i), lowerBound: false), .text(text),
            .date(date), .text("x"), .text("y"),
            .text("z"),
          ]
        }
      }
    }
    let table = ReportTable(
      id: "t", title: "T",
      columns: [
        ReportColumn("Value", .number), ReportColumn("Text"), ReportColumn("As of", .date),
        ReportColumn("A"), ReportColumn("B"), ReportColumn("Indicator identifier"),
      ],
      rows: ReportRows(count: count, chunks: chunks))
    let whole = XLSXColumnWidths.natural(table)
    let halves = table.rows.parts(2).map { XLSXColumnWidths.measure(table, rows: $0) }
    #expect(XLSXColumnWidths.natural(table, measured: halves) == whole)
    // By hand: 123,456,789.5 is 11 digits and separators plus 3 decimals = 14 (+2 padding);
    // the text column wants its longest word, "a" and 44 "n" (981 + 44 x 1,076 font units,
    // 346.1 pixels, 49.4 units: 50, +2); the date 10 (+2); the short columns their header, at
    // least 6; the last header wraps after 10 units to its longest word, "identifier" in
    // bold (7,855 font units, 56.3 pixels: 9, so 10, +2).
    #expect(whole == [16, 52, 12, 6, 6, 12])
  }

  @Test("a long table made on demand is written as the same table held in memory")
  func workbookSameAsHeld() throws {
    // 20,000 rows: more than are measured or made on the writing thread. A long text wraps
    // (row 5,000) and the widest number comes late (row 19,999).
    let count = 20_000
    @Sendable func row(_ i: Int) -> [ReportCell] {
      let text = i == 5_000 ? String(repeating: "wrapped words ", count: 10) : "value \(i)"
      return [
        .text("cttf.indicator\(i % 7)"),
        .number(i == 19_999 ? 9_876_543.25 : Double(i), lowerBound: false),
        .text(text),
      ]
    }
    let columns = [
      ReportColumn("Indicator"), ReportColumn("Value", .number), ReportColumn("Text"),
    ]
    let produced = ReportTable(
      id: "data", title: "Data", columns: columns,
      rows: ReportRows(
        count: count,
        chunks: stride(from: 0, to: count, by: 1_000).map { start in
          { (start..<start + 1_000).map(row) }
        }))
    let held = ReportTable(
      id: "data", title: "Data", columns: columns, rows: ReportRows((0..<count).map(row)))
    let streaming = XLSXRenderer(streamingCellThreshold: 0)
    let made = try XLSXRenderFixture.render(
      XLSXRenderFixture.document(data: produced), renderer: streaming, name: "made.xlsx")
    let kept = try XLSXRenderFixture.render(
      XLSXRenderFixture.document(data: held), renderer: streaming, name: "held.xlsx")
    let index = try #require(made.sheetNames().firstIndex(of: "Data")) + 1
    let part = "xl/worksheets/sheet\(index).xml"
    let sheet = try made.part(part)
    #expect(sheet == (try kept.part(part)))
    // By hand: "cttf.indicator6" is 11,837 font units, 84.8 pixels, 12.1 units: 13; 9,876,543.25
    // is 7 digits, 2 separators and 3 decimals = 12; each +2 padding. The text column of a
    // narrow table wraps at 60 units (+2): 420 pixels, 58,647 font units, so row 5,000's
    // "wrapped words" x 10 ("wrapped" 7,406, "words" 5,135, a space 463) takes lines of 8,
    // 8 and 4 words (sheet row 5,002, after the header): 45 points. libxlsxwriter adds 0.71
    // to each width for the cell's padding in pixels.
    #expect(sheet.contains(#"<col min="1" max="1" width="15.7109375""#))
    #expect(sheet.contains(#"<col min="2" max="2" width="14.7109375""#))
    #expect(sheet.contains(#"<col min="3" max="3" width="62.7109375""#))
    #expect(sheet.contains(#"<row r="5002" ht="45" customHeight="1">"#))
  }
}
