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
