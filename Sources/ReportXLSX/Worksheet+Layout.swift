internal import CLibXLSXWriter

extension Worksheet {
  /// Sets the width (in Excel character units; 8.43 is the default) and optionally the
  /// default format of columns `first...last`.
  ///
  /// - Throws: ``XLSXError/Kind/invalidArgument`` for a width outside 0–255,
  ///   ``XLSXError/Kind/worksheetIndexOutOfRange`` for columns outside the sheet.
  public func setColumn(first: Int, last: Int, width: Double, format: Format? = nil)
    throws(XLSXError)
  {
    let operation = "worksheet_set_column"
    _ = try range(0, first, 0, last, operation)
    let columns = (XLSXError.columnName(first) ?? "") + ":" + (XLSXError.columnName(last) ?? "")
    let sheet = try live(operation, cell: columns)
    guard width.isFinite, (0...255).contains(width) else {
      throw error(
        .invalidArgument, "column width \(width) is outside 0–255", operation, cell: columns)
    }
    let f = try cFormat(format, operation, cell: columns)
    try check(
      worksheet_set_column(sheet, UInt16(first), UInt16(last), width, f), operation,
      cell: columns)
  }

  /// Sets the height of one row in points (15 is the default) and optionally its format.
  ///
  /// - Throws: ``XLSXError/Kind/invalidArgument`` for a height outside 0–409.
  public func setRow(_ row: Int, height: Double, format: Format? = nil) throws(XLSXError) {
    let operation = "worksheet_set_row"
    let (r, _) = try cellIndex(row: row, col: 0, operation)
    let sheet = try live(operation)
    guard height.isFinite, (0...409).contains(height) else {
      throw error(.invalidArgument, "row height \(height) is outside 0–409", operation)
    }
    try check(
      worksheet_set_row(sheet, r, height, try cFormat(format, operation)), operation,
      cell: XLSXError.a1(row: row, col: 0))
  }

  /// Freezes the rows above `row` and the columns left of `col`: `freezePanes(row: 1,
  /// col: 0)` keeps a header row visible; `(1, 1)` also keeps the first column.
  public func freezePanes(row: Int, col: Int) throws(XLSXError) {
    let operation = "worksheet_freeze_panes"
    let (r, c) = try cellIndex(row: row, col: col, operation)
    worksheet_freeze_panes(try live(operation), r, c)
  }

  /// Adds filter drop-downs to the header row of the given rectangle (one per sheet; a
  /// second call replaces the first).
  public func autofilter(firstRow: Int, firstCol: Int, lastRow: Int, lastCol: Int)
    throws(XLSXError)
  {
    let operation = "worksheet_autofilter"
    let cells = try range(firstRow, firstCol, lastRow, lastCol, operation)
    let sheet = try live(operation, cell: cells.a1)
    try check(
      worksheet_autofilter(
        sheet, UInt32(firstRow), UInt16(firstCol), UInt32(lastRow), UInt16(lastCol)),
      operation, cell: cells.a1)
  }

  /// Merges a rectangle into one cell showing `text` (always literal text, cleaned and
  /// truncated like ``write(row:col:_:format:)``).
  ///
  /// - Throws: ``XLSXError/Kind/invalidArgument`` if the rectangle is one cell or overlaps an
  ///   earlier merge (Excel would report the file as corrupt).
  @discardableResult
  public func mergeRange(
    firstRow: Int, firstCol: Int, lastRow: Int, lastCol: Int, _ text: String,
    format: Format? = nil
  ) throws(XLSXError) -> WriteOutcome {
    let operation = "worksheet_merge_range"
    let cells = try range(firstRow, firstCol, lastRow, lastCol, operation)
    // The A1 name is made only for an error: naming every merge would cost more than it.
    let sheet: UnsafeMutablePointer<lxw_worksheet>
    if let open = try? live(operation) {
      sheet = open
    } else {
      sheet = try live(operation, cell: cells.a1)
    }
    guard firstRow != lastRow || firstCol != lastCol else {
      throw error(.invalidArgument, "a merge needs more than one cell", operation, cell: cells.a1)
    }
    if let clash = mergedRanges.clash(with: cells) {
      throw error(
        .invalidArgument, "overlaps the merged range \(clash.a1)", operation, cell: cells.a1)
    }
    let f: UnsafeMutablePointer<lxw_format>?
    if let checked = try? cFormat(format, operation) {
      f = checked
    } else {
      f = try cFormat(format, operation, cell: cells.a1)
    }
    let safe = TextSanitizer.sanitizeCellText(text)
    let code = worksheet_merge_range(
      sheet, UInt32(firstRow), UInt16(firstCol), UInt32(lastRow), UInt16(lastCol), safe.text, f)
    if code != LXW_NO_ERROR { try check(code, operation, cell: cells.a1) }
    mergedRanges.insert(cells)
    return safe.outcome
  }
}
