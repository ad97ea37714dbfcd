internal import CLibXLSXWriter

/// Paper sizes for ``Worksheet/setPaper(_:)`` (Excel's paper codes).
public enum PaperSize: Int, Sendable, CaseIterable {
  /// US Letter, 8½ × 11 in.
  case letter = 1
  /// US Legal, 8½ × 14 in.
  case legal = 5
  /// A3, 297 × 420 mm.
  case a3 = 8
  /// A4, 210 × 297 mm.
  case a4 = 9
  /// A5, 148 × 210 mm.
  case a5 = 11
}

extension Worksheet {
  /// Prints the sheet in landscape orientation.
  public func setLandscape() throws(XLSXError) {
    worksheet_set_landscape(try live("worksheet_set_landscape"))
  }

  /// Prints the sheet in portrait orientation (the default).
  public func setPortrait() throws(XLSXError) {
    worksheet_set_portrait(try live("worksheet_set_portrait"))
  }

  /// Sets the paper size used when printing.
  public func setPaper(_ paper: PaperSize) throws(XLSXError) {
    worksheet_set_paper(try live("worksheet_set_paper"), UInt8(paper.rawValue))
  }

  /// Scales the printout to fit `width` pages across and `height` pages down; `0` leaves that
  /// direction unconstrained (`fitToPages(width: 1, height: 0)` fits the width to one page).
  ///
  /// - Throws: ``XLSXError/Kind/invalidArgument`` for values outside 0–32767.
  public func fitToPages(width: Int, height: Int) throws(XLSXError) {
    let operation = "worksheet_fit_to_pages"
    let sheet = try live(operation)
    guard (0...32_767).contains(width), (0...32_767).contains(height) else {
      throw error(.invalidArgument, "page counts must be between 0 and 32767", operation)
    }
    worksheet_fit_to_pages(sheet, UInt16(width), UInt16(height))
  }

  /// Sets the page margins in inches (Excel's defaults: 0.7 left and right, 0.75 top and
  /// bottom).
  ///
  /// - Throws: ``XLSXError/Kind/invalidArgument`` for a negative or non-finite margin.
  public func setMargins(left: Double, right: Double, top: Double, bottom: Double)
    throws(XLSXError)
  {
    let operation = "worksheet_set_margins"
    let sheet = try live(operation)
    guard [left, right, top, bottom].allSatisfy({ $0.isFinite && $0 >= 0 }) else {
      throw error(.invalidArgument, "margins must be finite and not negative", operation)
    }
    worksheet_set_margins(sheet, left, right, top, bottom)
  }

  /// Prints at `percent` of the normal size (10–400); do not combine with
  /// ``fitToPages(width:height:)``, which overrides the scale.
  ///
  /// - Throws: ``XLSXError/Kind/invalidArgument`` outside 10–400.
  public func setPrintScale(_ percent: Int) throws(XLSXError) {
    let operation = "worksheet_set_print_scale"
    let sheet = try live(operation)
    guard (10...400).contains(percent) else {
      throw error(.invalidArgument, "print scale \(percent) is outside 10–400", operation)
    }
    worksheet_set_print_scale(sheet, UInt16(percent))
  }

  /// Starts a new printed page before each column in `columns` (manual vertical page breaks;
  /// Excel ignores them when the sheet is fitted to pages).
  ///
  /// - Throws: ``XLSXError/Kind/invalidArgument`` for more than 1,023 breaks or column 0,
  ///   ``XLSXError/Kind/worksheetIndexOutOfRange`` for a column outside the sheet.
  public func setVerticalPageBreaks(before columns: [Int]) throws(XLSXError) {
    let operation = "worksheet_set_v_pagebreaks"
    let sheet = try live(operation)
    guard columns.count <= 1_023, !columns.contains(where: { $0 <= 0 }) else {
      throw error(.invalidArgument, "breaks must be 1–1023 columns after the first", operation)
    }
    for col in columns { _ = try range(0, col, 0, col, operation) }
    var breaks = columns.map { lxw_col_t($0) } + [0]
    try check(worksheet_set_v_pagebreaks(sheet, &breaks), operation)
  }

  /// Starts a new printed page before each row in `rows` (manual horizontal page breaks;
  /// LibreOffice keeps them on a sheet fitted to the page width, Excel ignores them there).
  ///
  /// - Throws: ``XLSXError/Kind/invalidArgument`` for more than 1,023 breaks or row 0,
  ///   ``XLSXError/Kind/worksheetIndexOutOfRange`` for a row outside the sheet.
  public func setHorizontalPageBreaks(before rows: [Int]) throws(XLSXError) {
    let operation = "worksheet_set_h_pagebreaks"
    let sheet = try live(operation)
    guard rows.count <= 1_023, !rows.contains(where: { $0 <= 0 }) else {
      throw error(.invalidArgument, "breaks must be 1–1023 rows after the first", operation)
    }
    for row in rows { _ = try range(row, 0, row, 0, operation) }
    var breaks = rows.map { lxw_row_t($0) } + [0]
    try check(worksheet_set_h_pagebreaks(sheet, &breaks), operation)
  }

  /// Prints pages across, then down (the default is down, then across): the columns that do
  /// not fit the first page follow it on the next.
  public func printAcross() throws(XLSXError) {
    worksheet_print_across(try live("worksheet_print_across"))
  }

  /// Repeats columns `first...last` at the left of every printed page (typically the columns
  /// that name a row).
  public func repeatColumns(first: Int, last: Int) throws(XLSXError) {
    let operation = "worksheet_repeat_columns"
    let cols = try range(0, first, 0, last, operation)
    try check(
      worksheet_repeat_columns(try live(operation), UInt16(first), UInt16(last)), operation,
      cell: cols.a1)
  }

  /// Repeats rows `first...last` at the top of every printed page (typically the header).
  public func repeatRows(first: Int, last: Int) throws(XLSXError) {
    let operation = "worksheet_repeat_rows"
    let rows = try range(first, 0, last, 0, operation)
    try check(
      worksheet_repeat_rows(try live(operation), UInt32(first), UInt32(last)), operation,
      cell: rows.a1)
  }

  /// Sets the printed page header, in Excel's header syntax (`&L`, `&C`, `&R` for the left,
  /// centre and right sections; `&P` page number, `&N` page count; `&&` for a literal `&`).
  ///
  /// - Throws: ``XLSXError/Kind/stringLengthExceeded255`` over 255 characters.
  public func setHeader(_ text: String) throws(XLSXError) {
    let operation = "worksheet_set_header"
    let sheet = try live(operation)
    let clean = TextSanitizer.replacingIllegalCharacters(text).0
    try check(worksheet_set_header(sheet, clean), operation)
  }

  /// Sets the printed page footer; same syntax and limit as ``setHeader(_:)``.
  public func setFooter(_ text: String) throws(XLSXError) {
    let operation = "worksheet_set_footer"
    let sheet = try live(operation)
    let clean = TextSanitizer.replacingIllegalCharacters(text).0
    try check(worksheet_set_footer(sheet, clean), operation)
  }
}
