import ReportKernel
import ReportXLSX

/// Where a table was written on its sheet (zero-based rows and columns).
struct XLSXTablePlacement {
  /// The header row.
  let headerRow: Int
  /// The last row of the table: its last data row, or the header when it has none.
  let lastRow: Int
  /// The last column.
  let lastCol: Int
  /// The first free row after the table and its notes.
  let nextRow: Int
}

/// Column widths in characters, gathered while a sheet is written and applied at the end.
struct XLSXColumnWidths {
  /// The narrowest column, in characters.
  static let minimum = 8
  /// The widest column; longer text wraps.
  static let maximum = 60
  /// Header text beyond this many characters wraps rather than widening the column.
  static let headerShare = 24

  /// The width per column index; nil for a column nothing was fitted to. An array, as it is
  /// updated for every cell written.
  private var widths: [Int?] = []

  /// True when column `col` is already at least `characters` wide.
  func covers(_ col: Int, _ characters: Int) -> Bool {
    col >= 0 && col < widths.count && (widths[col] ?? -1) >= characters
  }

  /// Widens column `col` to show `characters`.
  mutating func fit(_ col: Int, _ characters: Int) {
    guard col >= 0 else { return }
    if col >= widths.count { widths += Array(repeating: nil, count: col + 1 - widths.count) }
    widths[col] = max(widths[col] ?? 0, characters)
  }

  /// Widens for a header: its longest word, and up to ``headerShare`` characters.
  mutating func fitHeader(_ col: Int, _ title: String) {
    let longestWord = title.split(separator: " ").map(\.count).max() ?? 0
    fit(col, max(longestWord, min(title.count, Self.headerShare)))
  }

  /// Sets the widths on `sheet`, two characters of padding, bounded to
  /// ``minimum``–``maximum``.
  func apply(to sheet: Worksheet) throws {
    for (col, width) in widths.enumerated() {
      guard let characters = width else { continue }
      let width = min(max(characters + 2, Self.minimum), Self.maximum)
      try sheet.setColumn(first: col, last: col, width: Double(width))
    }
  }
}

/// Writes ``ReportTable``s: a bold header row with a fill, typed cells, status colours by
/// conditional format, footnotes below.
struct XLSXTableWriter {
  /// The cell writer (and its formats).
  let cells: XLSXCellWriter

  /// Writes `table` from `row`: a bold title row when `titled`, the header, the rows, then
  /// after a blank row its notes. Long text columns set the width only up to the maximum and
  /// wrap beyond it.
  func write(
    _ table: ReportTable, on sheet: Worksheet, at row: Int, titled: Bool,
    widths: inout XLSXColumnWidths
  ) throws -> XLSXTablePlacement {
    let styles = cells.styles
    var current = row
    if titled {
      try cells.text(sheet, current, 0, table.title, styles.tableTitle)
      current += 1
    }
    let headerRow = current
    for (col, column) in table.columns.enumerated() {
      try cells.text(sheet, headerRow, col, column.title, styles.header(for: column.kind))
      widths.fitHeader(col, column.title)
    }
    current += 1
    let kinds = table.columns.map(\.kind)
    let columnWidths = Self.columnWidths(table)
    for cellsOfRow in table.rows {
      let lines = Self.lines(cellsOfRow, widths: columnWidths)
      if lines > 1 { try sheet.setRow(current, height: Self.lineHeight * Double(lines)) }
      for (col, cell) in cellsOfRow.enumerated() where col < kinds.count {
        try cells.cell(sheet, current, col, cell, kind: kinds[col])
        // Text shows at most one character per byte: a column already that wide needs no
        // measuring.
        if case .text(let text) = cell, widths.covers(col, text.utf8.count) { continue }
        widths.fit(col, XLSXCellWriter.displayWidth(cell))
      }
      current += 1
    }
    if table.rows.isEmpty {
      try cells.text(sheet, current, 0, "No entries.", styles.note)
      current += 1
    }
    let lastRow = table.rows.isEmpty ? headerRow : headerRow + table.rows.count
    let lastCol = max(table.columns.count - 1, 0)
    try highlightStatuses(table, on: sheet, headerRow: headerRow)
    if !table.notes.isEmpty { current += 1 }
    for note in table.notes {
      try cells.text(sheet, current, 0, note, styles.note)
      current += 1
    }
    return XLSXTablePlacement(
      headerRow: headerRow, lastRow: lastRow, lastCol: lastCol, nextRow: current)
  }

  /// The height of one line of 11-point text, in points.
  static let lineHeight = 15.0

  /// The width each column of `table` will have at least, in characters (as
  /// ``XLSXColumnWidths`` sets it: content plus padding, bounded).
  ///
  /// One walk over the rows (a table's rows may be made on demand); a column at the maximum
  /// is not measured further.
  static func columnWidths(_ table: ReportTable) -> [Int] {
    var widths = table.columns.map { column in
      let longestWord = column.title.split(separator: " ").map(\.count).max() ?? 0
      return max(longestWord, min(column.title.count, XLSXColumnWidths.headerShare))
    }
    var open = widths.indices.filter { widths[$0] < XLSXColumnWidths.maximum }
    for row in table.rows {
      guard !open.isEmpty else { break }
      for col in open where col < row.count {
        widths[col] = max(widths[col], XLSXCellWriter.displayWidth(row[col]))
      }
      open.removeAll { widths[$0] >= XLSXColumnWidths.maximum }
    }
    return widths.map { min(max($0 + 2, XLSXColumnWidths.minimum), XLSXColumnWidths.maximum) }
  }

  /// The lines the tallest cell of `row` needs when wrapped to `widths`: each of its text
  /// lines takes one line when it fits, else the room its words need with a tenth spare for
  /// the breaks between words.
  static func lines(_ row: [ReportCell], widths: [Int]) -> Int {
    var tallest = 1
    for (col, cell) in row.enumerated() where col < widths.count {
      guard case .text(let text) = cell else { continue }
      let room = max(widths[col] - 2, 1)
      // Most cells are short single lines: one pass over the bytes settles them.
      if text.utf8.count <= room, !text.utf8.contains(10), !text.utf8.contains(13) { continue }
      var count = 0
      for line in text.split(omittingEmptySubsequences: false, whereSeparator: \.isNewline) {
        let characters = line.count
        // A line that fits is one line; a longer one loses up to a word's room per line.
        count +=
          characters <= room
          ? 1 : Int((Double(characters) * 1.1 / Double(room)).rounded(.up))
      }
      tallest = max(tallest, count)
    }
    // Excel's limit is 409 points a row.
    return min(tallest, Int(409 / lineHeight))
  }

  /// Colours the status columns by conditional format: text containing "On track" green,
  /// "At risk" amber, "Off track" red, "No data" grey.
  func highlightStatuses(_ table: ReportTable, on sheet: Worksheet, headerRow: Int) throws {
    guard !table.rows.isEmpty else { return }
    let firstRow = headerRow + 1
    let lastRow = headerRow + table.rows.count
    for (col, column) in table.columns.enumerated() where column.kind == .status {
      for (status, format) in cells.styles.statusHighlights {
        try sheet.conditionalFormat(
          firstRow: firstRow, firstCol: col, lastRow: lastRow, lastCol: col,
          rule: .textContains(status.label), format: format)
      }
    }
  }

  /// Fills a sheet with one table: the header on the first row, frozen below it, with an
  /// autofilter over the table and the header repeated on every printed page.
  ///
  /// The pane and the filter are set before any row is written: in constant-memory mode
  /// libxlsxwriter rejects ranges over rows already flushed.
  func singleTableSheet(_ table: ReportTable, on sheet: Worksheet) throws {
    try sheet.freezePanes(row: 1, col: 0)
    if !table.columns.isEmpty {
      try sheet.autofilter(
        firstRow: 0, firstCol: 0, lastRow: table.rows.count, lastCol: table.columns.count - 1)
    }
    var widths = XLSXColumnWidths()
    _ = try write(table, on: sheet, at: 0, titled: false, widths: &widths)
    try widths.apply(to: sheet)
    try Self.pageSetup(sheet, repeating: 0)
  }

  /// Print setup: landscape, one page wide, `row` repeated at the top of every page, page
  /// numbers in the footer.
  static func pageSetup(_ sheet: Worksheet, repeating row: Int) throws {
    try sheet.setLandscape()
    try sheet.fitToPages(width: 1, height: 0)
    try sheet.repeatRows(first: row, last: row)
    try sheet.setFooter("&CPage &P of &N")
  }
}
