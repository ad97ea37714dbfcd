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
