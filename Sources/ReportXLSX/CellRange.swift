/// A validated zero-based rectangle on a sheet.
struct CellRange: Hashable {
  var firstRow: Int
  var firstCol: Int
  var lastRow: Int
  var lastCol: Int

  /// A1 notation (`A1:C10`, or `B2` for one cell).
  var a1: String {
    XLSXError.a1(firstRow: firstRow, firstCol: firstCol, lastRow: lastRow, lastCol: lastCol)
  }

  /// Whether the two rectangles share a cell.
  func overlaps(_ other: CellRange) -> Bool {
    firstRow <= other.lastRow && other.firstRow <= lastRow && firstCol <= other.lastCol
      && other.firstCol <= lastCol
  }
}

/// The merged rectangles of a sheet, kept so that checking a one-row merge against them
/// looks only at the merges on its rows and at the merges taller than one row: one-row merges
/// in the order of their rows (as a sheet is written top down, each is added at the end),
/// found by a binary search.
struct MergedRanges {
  /// The one-row merges by row, in the order they were made within a row.
  private var flat: [CellRange] = []
  /// The merges taller than one row.
  private var tall: [CellRange] = []

  /// A merge already made that shares a cell with `range`, if any: a tall one first, then
  /// the one-row merges row by row.
  func clash(with range: CellRange) -> CellRange? {
    if let clash = tall.first(where: range.overlaps) { return clash }
    var index = firstIndex(onOrAfter: range.firstRow)
    while index < flat.count, flat[index].firstRow <= range.lastRow {
      if flat[index].overlaps(range) { return flat[index] }
      index += 1
    }
    return nil
  }

  /// Records `range`.
  mutating func insert(_ range: CellRange) {
    guard range.firstRow == range.lastRow else {
      tall.append(range)
      return
    }
    // After every merge on its row or above: at the end, when rows come in order.
    if let last = flat.last, last.firstRow > range.firstRow {
      flat.insert(range, at: firstIndex(onOrAfter: range.firstRow + 1))
    } else {
      flat.append(range)
    }
  }

  /// The index of the first one-row merge on `row` or below (the count when there is none).
  private func firstIndex(onOrAfter row: Int) -> Int {
    var low = 0
    var high = flat.count
    while low < high {
      let middle = (low + high) / 2
      if flat[middle].firstRow < row {
        low = middle + 1
      } else {
        high = middle
      }
    }
    return low
  }
}

extension Worksheet {
  /// Converts a zero-based cell to libxlsxwriter's indices, or throws
  /// ``XLSXError/Kind/worksheetIndexOutOfRange``.
  func cellIndex(row: Int, col: Int, _ operation: String) throws(XLSXError)
    -> (UInt32, UInt16)
  {
    guard (0..<ExcelLimits.maxRows).contains(row), (0..<ExcelLimits.maxColumns).contains(col)
    else {
      throw error(
        .worksheetIndexOutOfRange,
        "row \(row), column \(col) is outside the sheet (rows 0..<\(ExcelLimits.maxRows), "
          + "columns 0..<\(ExcelLimits.maxColumns))",
        operation, cell: XLSXError.a1(row: row, col: col))
    }
    return (UInt32(row), UInt16(col))
  }

  /// Validates a rectangle: inside the grid, first row/column not after the last.
  func range(
    _ firstRow: Int, _ firstCol: Int, _ lastRow: Int, _ lastCol: Int, _ operation: String
  ) throws(XLSXError) -> CellRange {
    let range = CellRange(
      firstRow: firstRow, firstCol: firstCol, lastRow: lastRow, lastCol: lastCol)
    _ = try cellIndex(row: firstRow, col: firstCol, operation)
    _ = try cellIndex(row: lastRow, col: lastCol, operation)
    guard firstRow <= lastRow, firstCol <= lastCol else {
      throw error(
        .invalidArgument, "the first row and column must not come after the last", operation,
        cell: range.a1)
    }
    return range
  }
}
