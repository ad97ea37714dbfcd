import ReportXLSX

/// Where the pages of a stacked sheet end, estimated from its row heights and the scale its
/// width fits the page at, so that a table's title, header and first rows (or a table and its
/// chart) do not start at the foot of a page: a manual page break goes before them instead.
///
/// LibreOffice keeps these breaks on a sheet fitted to the page width; Excel ignores them
/// there and breaks where the rows fall.
struct XLSXPageFlow {
  /// The height of an A4 landscape page between the top and bottom margins, in points, less
  /// a line for the estimate's error.
  static let printableHeight = 595.3 - 2 * XLSXPageSetup.topMargin * 72 - 15
  /// The height of a title row (14-point text), in points.
  static let titleHeight = 19.0
  /// The height of a table's title row (12-point text), in points.
  static let tableTitleHeight = 16.0

  /// The points a page holds at the sheet's scale.
  let pageHeight: Double
  /// The points of the row repeated at the top of every page.
  let repeated: Double
  /// The points used on the current page.
  private(set) var used = 0.0
  /// The rows that start a new page.
  private(set) var breaks: [Int] = []

  /// A flow for a sheet of columns `widths` (fitted to the page width) whose first row,
  /// repeated on every page, is `repeated` points tall.
  init(widths: [Double], repeated: Double) {
    let pixels = widths.map(XLSXSheetGrid.pixels).reduce(0, +)
    // LibreOffice measures columns about a tenth wider, as ``XLSXPageSetup`` allows for.
    let scale = min(1, XLSXPageSetup.printablePixels / max(pixels, 1))
    pageHeight = Self.printableHeight / scale
    self.repeated = repeated
  }

  /// Rows `points` tall follow on, across pages if need be.
  mutating func flow(_ points: Double) {
    used += points
    while used > pageHeight { used -= pageHeight - repeated }
  }

  /// Starts a new page before `row` unless a block `points` tall still fits on this one (or
  /// the page holds nothing yet).
  mutating func keep(_ points: Double, before row: Int) {
    guard used + points > pageHeight, used > repeated + 1, row > 0 else { return }
    breaks.append(row)
    used = repeated
  }

  /// Sets the breaks on `sheet`.
  func apply(to sheet: Worksheet) throws {
    if !breaks.isEmpty { try sheet.setHorizontalPageBreaks(before: breaks) }
  }

  /// Places a table written at `placement` starting on row `row`: kept with its title, header
  /// and first rows (`extra` more points, such as its chart, too), then flowed.
  mutating func table(_ placement: XLSXTablePlacement, from row: Int, extra: Double = 0) {
    keep(placement.leadPoints + extra, before: row)
    flow(placement.points)
  }
}
