internal import CLibXLSXWriter

/// One worksheet of a ``Workbook``; obtain it from ``Workbook/addWorksheet(named:)``.
///
/// Rows and columns are zero-based (`row: 0, col: 0` is A1). Every call checks that the
/// workbook is still open and that cells lie within Excel's 1,048,576 × 16,384 grid, and
/// throws ``XLSXError`` (with the sheet and A1 cell) instead of crashing. The `lxw_worksheet`
/// is owned by the workbook; this wrapper keeps the workbook alive.
public final class Worksheet {
  /// The sheet's name as shown on its tab.
  public let name: String
  /// The workbook the sheet belongs to.
  public let workbook: Workbook
  /// The C worksheet; use it through ``live(_:cell:)``.
  let handle: UnsafeMutablePointer<lxw_worksheet>
  /// Merged rectangles so far, one-row merges by their row and taller ones in a list: Excel
  /// rejects files with overlapping merges, and a sheet may hold many one-row merges.
  var mergedRanges = MergedRanges()

  init(name: String, workbook: Workbook, handle: UnsafeMutablePointer<lxw_worksheet>) {
    self.name = name
    self.workbook = workbook
    self.handle = handle
  }

  /// The C worksheet if the workbook is still open.
  func live(_ operation: String, cell: String? = nil) throws(XLSXError)
    -> UnsafeMutablePointer<lxw_worksheet>
  {
    _ = try workbook.openHandle(operation, sheet: name, cell: cell)
    return handle
  }

  /// An error located on this sheet.
  func error(
    _ kind: XLSXError.Kind, _ message: String, _ operation: String, cell: String? = nil
  ) -> XLSXError {
    XLSXError(
      kind, message, operation: operation, path: workbook.path, sheet: name, cell: cell)
  }

  /// Throws unless `code` is `LXW_NO_ERROR`, locating the error on this sheet.
  func check(_ code: lxw_error, _ operation: String, cell: String? = nil) throws(XLSXError) {
    try XLSXError.check(
      code, operation: operation, path: workbook.path, sheet: name, cell: cell)
  }

  /// The C format for `format` (or `nil`), checking it belongs to this workbook.
  func cFormat(_ format: Format?, _ operation: String, cell: String? = nil) throws(XLSXError)
    -> UnsafeMutablePointer<lxw_format>?
  {
    try format?.cFormat(for: workbook, operation: operation, sheet: name, cell: cell)
  }

  /// Writes one cell.
  ///
  /// Text is always written with `worksheet_write_string`, never as a formula. It is made
  /// safe first (see ``WriteOutcome``): XML-illegal control characters become spaces,
  /// U+FFFE/U+FFFF are dropped, and text over 32,767 characters is cut. A date gets a date
  /// number format: `format`'s own number format if it has one, otherwise `format` plus
  /// ``CellDate/defaultDateFormat`` (or ``CellDate/defaultDateTimeFormat``).
  ///
  /// - Returns: what was changed in the text, so the caller can warn; for non-text values
  ///   ``WriteOutcome/unchanged``.
  /// - Throws: ``XLSXError/Kind/invalidNumber(_:)`` for NaN/infinity,
  ///   ``XLSXError/Kind/invalidDate`` for a date that does not exist or is outside 1900–9999,
  ///   ``XLSXError/Kind/worksheetIndexOutOfRange`` outside the grid (or, in constant-memory
  ///   mode, on a row already flushed), ``XLSXError/Kind/closed`` after closing.
  @discardableResult
  public func write(row: Int, col: Int, _ value: CellValue, format: Format? = nil)
    throws(XLSXError) -> WriteOutcome
  {
    switch value {
    case .text(let text):
      let safe = TextSanitizer.sanitizeCellText(text)
      // `withCString` lends a short string's bytes from the stack; passing the String itself
      // would copy each one that is not stored contiguously (most cells) into a new array.
      var failure: XLSXError?
      safe.text.withCString { text in
        do throws(XLSXError) {
          try put(.text(text), row, col, format)
        } catch {
          failure = error
        }
      }
      if let failure { throw failure }
      return safe.outcome
    case .number(let number): try put(.number(number), row, col, format)
    case .date(let date): try put(.date(date), row, col, format)
    case .bool(let flag): try put(.bool(flag), row, col, format)
    case .blank: try put(.blank, row, col, format)
    }
    return .unchanged
  }

  /// A value as libxlsxwriter is given it: text already made safe, as a C string.
  enum Written {
    case text(UnsafePointer<CChar>)
    case number(Double)
    case date(CellDate)
    case bool(Bool)
    case blank

    /// The libxlsxwriter function that writes it.
    var operation: String {
      switch self {
      case .text: "worksheet_write_string"
      case .number: "worksheet_write_number"
      case .date: "worksheet_write_datetime"
      case .bool: "worksheet_write_boolean"
      case .blank: "worksheet_write_blank"
      }
    }
  }

  /// Writes `value` at `row`, `col` after every check of ``write(row:col:_:format:)``.
  func put(_ value: Written, _ row: Int, _ col: Int, _ format: Format?) throws(XLSXError) {
    // The A1 name is only needed for an error; naming every cell written would cost more than
    // writing it.
    let operation = value.operation
    switch value {
    case .text(let text):
      let (sheet, r, c, f) = try prepare(operation, row, col, format)
      try check(worksheet_write_string(sheet, r, c, text, f), operation, row, col)
    case .number(let number):
      let (sheet, r, c, f) = try prepare(operation, row, col, format)
      guard number.isFinite else {
        throw error(
          .invalidNumber(number), "\(number) cannot be stored in a cell", operation,
          cell: XLSXError.a1(row: row, col: col))
      }
      try check(worksheet_write_number(sheet, r, c, number, f), operation, row, col)
    case .date(let date):
      _ = try prepare(operation, row, col, format)
      if let problem = date.problem {
        throw error(.invalidDate, problem, operation, cell: XLSXError.a1(row: row, col: col))
      }
      let dated = try dateFormat(for: date, base: format)
      let (sheet, r, c, f) = try prepare(operation, row, col, dated)
      var cDate = lxw_datetime(
        year: Int32(date.year), month: Int32(date.month), day: Int32(date.day),
        hour: Int32(date.hour), min: Int32(date.minute), sec: date.second)
      try check(worksheet_write_datetime(sheet, r, c, &cDate, f), operation, row, col)
    case .bool(let flag):
      let (sheet, r, c, f) = try prepare(operation, row, col, format)
      try check(worksheet_write_boolean(sheet, r, c, flag ? 1 : 0, f), operation, row, col)
    case .blank:
      let (sheet, r, c, f) = try prepare(operation, row, col, format)
      try check(worksheet_write_blank(sheet, r, c, f), operation, row, col)
    }
  }

  /// Checks open state, bounds and format ownership; returns the C arguments. The checks run
  /// unnamed first and, only if one fails, again with the cell's A1 name for the error.
  private func prepare(
    _ operation: String, _ row: Int, _ col: Int, _ format: Format?
  ) throws(XLSXError) -> (
    UnsafeMutablePointer<lxw_worksheet>, lxw_row_t, lxw_col_t, UnsafeMutablePointer<lxw_format>?
  ) {
    if let prepared = try? prepare(operation, row, col, nil as String?, format) {
      return prepared
    }
    return try prepare(operation, row, col, XLSXError.a1(row: row, col: col), format)
  }

  private func prepare(
    _ operation: String, _ row: Int, _ col: Int, _ cell: String?, _ format: Format?
  ) throws(XLSXError) -> (
    UnsafeMutablePointer<lxw_worksheet>, lxw_row_t, lxw_col_t, UnsafeMutablePointer<lxw_format>?
  ) {
    let sheet = try live(operation, cell: cell)
    let (r, c) = try cellIndex(row: row, col: col, operation)
    return (sheet, r, c, try cFormat(format, operation, cell: cell))
  }

  /// Throws unless `code` is `LXW_NO_ERROR`, naming the cell at `row`, `col`.
  func check(_ code: lxw_error, _ operation: String, _ row: Int, _ col: Int)
    throws(XLSXError)
  {
    guard code != LXW_NO_ERROR else { return }
    try check(code, operation, cell: XLSXError.a1(row: row, col: col))
  }

  /// `format` if it already has a number format, else a format that adds a date format.
  private func dateFormat(for date: CellDate, base: Format?) throws(XLSXError) -> Format {
    if let base, base.spec.numberFormat != nil { return base }
    var spec = base?.spec ?? CellFormat()
    spec.numberFormat =
      date.isDateOnly ? CellDate.defaultDateFormat : CellDate.defaultDateTimeFormat
    return try workbook.addFormat(spec)
  }
}

@available(*, unavailable, message: "libxlsxwriter objects must stay on one task")
extension Worksheet: Sendable {}
