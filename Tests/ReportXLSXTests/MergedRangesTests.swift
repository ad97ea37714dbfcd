import Testing

@testable import ReportXLSX

/// The merged ranges found by the row search are those a walk over every merge finds.
@Suite("Merged ranges")
struct MergedRangesTests {
  /// The reference: the first overlapping tall merge in the order made, else the first
  /// overlapping one-row merge by row, in the order made within a row.
  static func clash(_ range: CellRange, made: [CellRange]) -> CellRange? {
    if let tall = made.first(where: { $0.firstRow != $0.lastRow && $0.overlaps(range) }) {
      return tall
    }
    let rows = made.enumerated().filter { $0.element.firstRow == $0.element.lastRow }
      .sorted { ($0.element.firstRow, $0.offset) < ($1.element.firstRow, $1.offset) }
    return rows.first { $0.element.overlaps(range) }?.element
  }

  @Test("merges made in any row order clash as the walk over all of them says")
  func sameAsWalk() {
    var generator = SystemRandomNumberGenerator()
    for trial in 0..<200 {
      var merged = MergedRanges()
      var made: [CellRange] = []
      for _ in 0..<30 {
        // Mostly top down, as a sheet is written; every tenth trial in any order.
        let base = trial % 10 == 0 ? Int.random(in: 0..<20, using: &generator) : made.count / 3
        let row = base + Int.random(in: 0..<3, using: &generator)
        let col = Int.random(in: 0..<6, using: &generator)
        let range = CellRange(
          firstRow: row, firstCol: col,
          lastRow: row + (Int.random(in: 0..<8, using: &generator) == 0 ? 2 : 0),
          lastCol: col + Int.random(in: 0..<3, using: &generator))
        #expect(merged.clash(with: range) == Self.clash(range, made: made), "\(range)")
        merged.insert(range)
        made.append(range)
      }
    }
  }

  @Test("a clash is found on the merge's own row, above it and below it")
  func byHand() {
    var merged = MergedRanges()
    let first = CellRange(firstRow: 5, firstCol: 0, lastRow: 5, lastCol: 2)
    let second = CellRange(firstRow: 2, firstCol: 4, lastRow: 2, lastCol: 5)
    let tall = CellRange(firstRow: 8, firstCol: 1, lastRow: 10, lastCol: 1)
    merged.insert(first)
    merged.insert(second)
    merged.insert(tall)
    #expect(
      merged.clash(with: CellRange(firstRow: 5, firstCol: 2, lastRow: 5, lastCol: 3)) == first)
    #expect(
      merged.clash(with: CellRange(firstRow: 0, firstCol: 5, lastRow: 6, lastCol: 5)) == second)
    #expect(merged.clash(with: CellRange(firstRow: 9, firstCol: 0, lastRow: 9, lastCol: 1)) == tall)
    #expect(merged.clash(with: CellRange(firstRow: 5, firstCol: 3, lastRow: 5, lastCol: 4)) == nil)
  }
}
