import ReportXLSX

/// How a sheet prints: A4 landscape with half-inch side margins, a row repeated at the top of
/// every page, the sheet's name and page numbers in the footer.
///
/// A sheet that fits one page wide at ``minimumScale`` percent or more is fitted to the page
/// width. A wider single-table sheet is printed in bands of columns instead, at the largest
/// scale that needs no more bands than ``minimumScale`` would: a page break before each band,
/// the columns naming a row (the first ones, up to ``keyWidth`` characters) repeated at the
/// left of every page, and pages ordered across then down, so a band's continuation follows
/// it.
enum XLSXPageSetup {
  /// The width of an A4 landscape page between the margins, in pixels at 96 dpi.
  static let pagePixels = (11.69 - 2 * sideMargin) * 96
  /// The page width bands are laid out on, a tenth narrower: applications measure a column's
  /// characters slightly differently.
  static let printablePixels = pagePixels * 0.9
  /// The left and right margins, in inches.
  static let sideMargin = 0.5
  /// The top and bottom margins, in inches.
  static let topMargin = 0.6
  /// The smallest scale a sheet is fitted to, in percent.
  static let minimumScale = 70
  /// The largest scale of a sheet printed in bands, in percent: more rows to a page.
  static let maximumBandScale = 85
  /// The repeated key columns end with the first that brings them to this many characters.
  static let keyWidth = 24.0
  /// The most key columns repeated.
  static let maxKeyColumns = 3

  /// How a sheet with columns `widths` prints: fitted to the width, or in bands.
  enum Layout: Equatable {
    /// One page wide.
    case fitted
    /// At `scale` percent, a page break before each of `breaks`, columns `0..<keyColumns`
    /// repeated.
    case bands(scale: Int, breaks: [Int], keyColumns: Int)
  }

  /// Applies the print setup to `sheet`, a stacked sheet of columns `widths`: fitted to the
  /// page width (bands would cut its merged cells).
  static func apply(to sheet: Worksheet, widths: [Double], repeating row: Int) throws {
    try apply(to: sheet, layout: .fitted, repeating: row)
  }

  /// Applies the print setup to `sheet` with `layout`, row `row` repeated on every page.
  static func apply(to sheet: Worksheet, layout: Layout, repeating row: Int) throws {
    try sheet.setPaper(.a4)
    try sheet.setLandscape()
    try sheet.setMargins(left: sideMargin, right: sideMargin, top: topMargin, bottom: topMargin)
    try sheet.repeatRows(first: row, last: row)
    try sheet.setFooter("&L&A&RPage &P of &N")
    switch layout {
    case .fitted:
      try sheet.fitToPages(width: 1, height: 0)
    case .bands(let scale, let breaks, let keyColumns):
      try sheet.setPrintScale(scale)
      try sheet.setVerticalPageBreaks(before: breaks)
      try sheet.repeatColumns(first: 0, last: keyColumns - 1)
      try sheet.printAcross()
    }
  }

  /// The layout of columns `widths` (in characters).
  static func layout(_ widths: [Double]) -> Layout {
    let pixels = widths.map(XLSXSheetGrid.pixels)
    let total = pixels.reduce(0, +)
    guard total > printablePixels * 100 / Double(minimumScale), widths.count > 1 else {
      return .fitted
    }
    var keyColumns = 0
    var keyCharacters = 0.0
    while keyColumns < min(maxKeyColumns, widths.count - 1), keyCharacters < keyWidth {
      keyCharacters += widths[keyColumns]
      keyColumns += 1
    }
    let keyPixels = pixels.prefix(keyColumns).reduce(0, +)
    let scales = Array(stride(from: maximumBandScale, through: minimumScale, by: -5))
    let candidates = scales.map { scale in
      (scale, breaks(pixels, page: printablePixels * 100 / Double(scale), key: keyPixels))
    }
    let fewest = candidates.map(\.1.count).min() ?? 0
    let (scale, chosen) = candidates.first { $0.1.count == fewest } ?? (minimumScale, [])
    return .bands(scale: scale, breaks: chosen, keyColumns: keyColumns)
  }

  /// The columns that start a new page when columns `pixels` wide are laid on pages `page`
  /// pixels wide, the pages after the first repeating `key` pixels of key columns.
  static func breaks(_ pixels: [Double], page: Double, key: Double) -> [Int] {
    var breaks: [Int] = []
    var used = 0.0
    for (col, width) in pixels.enumerated() {
      if used + width > page, used > key {
        breaks.append(col)
        used = key
      }
      used += width
    }
    return breaks
  }
}
