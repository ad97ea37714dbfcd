import ReportKernel

/// How wide a table's columns want to be, in Excel's units of column width (the width of a
/// digit), and how many lines a row needs once its text wraps. Text is measured as Calibri
/// draws it (``XLSXTextWidth``), headers in bold.
///
/// A column fits its header's longest word (the header wraps beyond ``header`` units), its
/// numbers and dates whole, and its text up to a cap: ``wideText`` in tables of up to
/// ``narrowTable`` columns (narratives, messages), ``text`` in wider ones; longer text wraps.
/// A single word longer than the cap (an id, a path, a checksum) still fits, up to
/// ``longestWord`` units, so it is never broken.
enum XLSXColumnWidths {
  /// The narrowest column.
  static let minimum = 6
  /// Text wraps beyond this many units in tables of up to ``narrowTable`` columns.
  static let wideText = 60
  /// The most columns a table may have to get ``wideText``.
  static let narrowTable = 5
  /// Text wraps beyond this many units in wider tables.
  static let text = 30
  /// A word is never wrapped up to this many units.
  static let longestWord = 66
  /// A header wraps at its spaces beyond this many units.
  static let header = 10
  /// Room for the cell's indent and margins, in units: 14 pixels, with the 5 Excel adds to
  /// every column's width 19 (LibreOffice's indent and margins take about 18).
  static let padding = 2
  /// The height of one line of 11-point text, in points.
  static let lineHeight = 15.0

  /// The width each column of `table` wants, padding included.
  ///
  /// One walk over the rows (a table's rows may be made on demand), each column measured until
  /// it reaches ``longestWord``.
  static func natural(_ table: ReportTable) -> [Int] {
    natural(table, measured: [measure(table, rows: table.rows)])
  }

  /// The width each column of `table` wants, padding included, from the ``measure(_:rows:)``
  /// of parts of its rows that together are all of them (in any order: a column's width is
  /// the widest any of its cells wants).
  static func natural(_ table: ReportTable, measured: [[Int]]) -> [Int] {
    let cap = textCap(table)
    var widths = table.columns.map { column in
      max(
        XLSXTextWidth.longestWord(column.title, bold: true),
        min(XLSXTextWidth.longestLine(column.title, bold: true), header))
    }
    for part in measured {
      for (col, width) in part.enumerated() where col < widths.count {
        widths[col] = max(widths[col], width)
      }
    }
    return widths.map { max(min($0, max(cap, longestWord)) + padding, minimum) }
  }

  /// The units each column of `table` wants for `rows` (some or all of its rows),
  /// before padding and caps: its widest number or date, its longest text up to the text cap
  /// (or its longest word, for longer text). A column stops being measured once it reaches
  /// ``longestWord``.
  static func measure(_ table: ReportTable, rows: some Sequence<[ReportCell]>) -> [Int] {
    let cap = textCap(table)
    var widths = Array(repeating: 0, count: table.columns.count)
    // A column is done once a row has widened it to the longest word.
    var open = Array(widths.indices)
    // The cell each column measured last: a cell equal to it (the period, forum or unit
    // repeated down an indicator's rows) cannot widen the column again.
    var above: [ReportCell?] = Array(repeating: nil, count: widths.count)
    for row in rows {
      guard !open.isEmpty else { break }
      var done: [Int] = []
      for col in open where col < row.count {
        guard row[col] != above[col] else { continue }
        above[col] = row[col]
        let shown = XLSXCellWriter.displayWidth(row[col])
        guard shown > widths[col] else { continue }
        if case .text(let text) = row[col], shown > cap {
          widths[col] = max(
            widths[col], cap, min(XLSXTextWidth.longestWord(text), longestWord))
        } else {
          widths[col] = shown
        }
        if widths[col] >= longestWord { done.append(col) }
      }
      if !done.isEmpty { open.removeAll(where: done.contains) }
    }
    return widths
  }

  /// The units beyond which `table`'s text wraps: ``wideText`` in narrow tables,
  /// ``text`` in wider ones.
  static func textCap(_ table: ReportTable) -> Int {
    table.columns.count <= narrowTable ? wideText : text
  }

  /// The grid for `tables` stacked on one sheet, each keeping its widths; a table whose last
  /// column is text that wraps stretches it to the sheet's width.
  static func stacked(_ tables: [ReportTable]) -> XLSXSheetGrid {
    let widths = tables.map(natural)
    let stretch = zip(tables, widths).map { table, widths in
      let cap = textCap(table)
      return table.columns.last?.kind == .text && (widths.last ?? 0) >= cap + padding
    }
    return XLSXSheetGrid(stacked: widths, stretch: stretch)
  }

  /// The lines the tallest text of `texts` needs in columns `widths` wide (in units, padding
  /// included), each line of text wrapped at its spaces as Calibri draws it (in bold for a
  /// header); at most Excel's 409 points.
  static func lines(_ texts: [String?], widths: [Double], bold: Bool = false) -> Int {
    var tallest = 1
    for (col, text) in texts.enumerated() where col < widths.count {
      guard let text else { continue }
      let room = max((widths[col] - Double(padding)) * XLSXTextWidth.pixelsPerColumnUnit, 1)
      tallest = max(tallest, XLSXTextWidth.lines(text, room: room, bold: bold))
    }
    return min(tallest, Int(409 / lineHeight))
  }

  /// The row height for `lines` lines, or nil for one line (the default height).
  static func height(lines: Int) -> Double? {
    lines > 1 ? lineHeight * Double(lines) : nil
  }
}
