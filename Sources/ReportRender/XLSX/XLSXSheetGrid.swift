/// The columns of a sheet and where each table's columns lie on them.
///
/// A sheet with one table has that table's columns. A sheet with tables stacked gets a grid
/// on which every table keeps its own widths: each table's column edges (in pixels) become
/// grid edges, an edge within a few pixels of one already there reusing it, and a table's
/// column spans the grid columns between its edges (written as a merged cell). A table whose
/// last column wraps text stretches it to the sheet's full width.
struct XLSXSheetGrid {
  /// The width of each grid column, in Excel's character units.
  let widths: [Double]
  /// Per table, the grid columns each of its columns spans.
  let spans: [[ClosedRange<Int>]]

  /// Excel's default column width, in characters.
  static let defaultWidth = 8.43
  /// Pixels per character unit at Excel's default font (Calibri 11).
  static let pixelsPerCharacter = 7.0
  /// Pixels of padding Excel adds to every column.
  static let columnPadding = 5.0
  /// An edge this many pixels beyond a table's own may replace it.
  static let widerBy = 35.0
  /// An edge this many pixels short of a table's own may replace it.
  static let narrowerBy = 8.0

  /// The last grid column.
  var lastCol: Int { max(widths.count - 1, 0) }

  /// The width, in characters, of the grid columns `span` covers (merged, with the padding
  /// of the columns inside).
  func width(of span: ClosedRange<Int>) -> Double {
    // A column beyond the grid (a sheet with no table has none) has Excel's default width.
    let pixels = span.reduce(0.0) {
      $0 + Self.pixels(widths.indices.contains($1) ? widths[$1] : Self.defaultWidth)
    }
    return (pixels - Self.columnPadding) / Self.pixelsPerCharacter
  }

  /// The widths of the columns of table `table`.
  func columnWidths(of table: Int) -> [Double] { spans[table].map(width(of:)) }

  /// The pixels a column `width` characters wide takes, whole, as Excel draws the width
  /// libxlsxwriter writes for it: libxlsxwriter rounds the column to whole pixels and stores
  /// that in 256ths of a character, and Excel turns the stored width back into pixels, rounding
  /// down. A whole number of characters takes exactly `width` x 7 + 5.
  static func pixels(_ width: Double) -> Double {
    guard width >= 1 else { return (width * 12 + 0.5).rounded(.down) }
    let written = (width * pixelsPerCharacter + 0.5).rounded(.down) + columnPadding
    let stored = (written / pixelsPerCharacter * 256).rounded(.down) / 256
    // Excel adds trunc(128 / 7) = 18 256ths before converting.
    return ((256 * stored + 18) / 256 * pixelsPerCharacter).rounded(.down)
  }

  /// One table's columns as they are.
  init(single widths: [Int]) {
    self.widths = widths.map(Double.init)
    spans = [widths.indices.map { $0...$0 }]
  }

  /// Tables stacked: `tables` gives each table's natural widths, `stretch` whether its last
  /// column should reach the full width.
  init(stacked tables: [[Int]], stretch: [Bool]) {
    // The table with the most columns goes first, so its edges are the grid's own.
    let order = tables.indices.sorted { (tables[$1].count, $0) < (tables[$0].count, $1) }
    var edges: [Double] = [0]
    var tableEdges = Array(repeating: [Double](), count: tables.count)
    for index in order {
      var position = 0.0
      for width in tables[index] {
        let target = position + Self.pixels(Double(width))
        if let near = edges.first(where: {
          (target - Self.narrowerBy...target + Self.widerBy).contains($0) && $0 > position
        }) {
          position = near
        } else {
          edges.append(target)
          edges.sort()
          position = target
        }
        tableEdges[index].append(position)
      }
    }
    let total = edges.max() ?? 0
    for index in tables.indices where stretch[index] && !tableEdges[index].isEmpty {
      tableEdges[index][tableEdges[index].count - 1] = total
    }
    widths = zip(edges, edges.dropFirst()).map {
      max(($1 - $0 - Self.columnPadding) / Self.pixelsPerCharacter, 0)
    }
    spans = tableEdges.map { ends in
      var start = 0
      return ends.map { end in
        let last = (edges.firstIndex(of: end) ?? start + 1) - 1
        defer { start = last + 1 }
        return start...max(last, start)
      }
    }
  }
}
