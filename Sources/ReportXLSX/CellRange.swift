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

/// The merged rectangles of a sheet, indexed so that checking a one-row merge against them
/// looks only at its row and at the merges taller than one row.
struct MergedRanges {
  private var byRow: [Int: [CellRange]] = [:]
  private var tall: [CellRange] = []

  /// A merge already made that shares a cell with `range`, if any.
  func clash(with range: CellRange) -> CellRange? {
    if let clash = tall.first(where: range.overlaps) { return clash }
    let rows = range.lastRow - range.firstRow + 1
    if rows <= byRow.count {
      for row in range.firstRow...range.lastRow {
        if let clash = byRow[row]?.first(where: range.overlaps) { return clash }
      }
      return nil
    }
    for row in byRow.keys.sorted() where (range.firstRow...range.lastRow).contains(row) {
      if let clash = byRow[row]?.first(where: range.overlaps) { return clash }
    }
    return nil
  }

  /// Records `range`.
  mutating func insert(_ range: CellRange) {
    if range.firstRow == range.lastRow {
      byRow[range.firstRow, default: []].append(range)
    } else {
      tall.append(range)
    }
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
