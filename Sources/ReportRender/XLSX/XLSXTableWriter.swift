import ReportKernel
import ReportXLSX

/// Where a table was written on its sheet (zero-based rows and grid columns).
struct XLSXTablePlacement {
  /// The header row.
  let headerRow: Int
  /// The last row of the table: its last data row, or the header when it has none.
  let lastRow: Int
  /// The grid columns each of the table's columns spans.
  let spans: [ClosedRange<Int>]
  /// The first free row after the table and its notes.
  let nextRow: Int
  /// The height of its rows, title and notes included, in points.
  let points: Double
  /// The height of its title, header and first three rows, in points.
  let leadPoints: Double
}

/// Writes ``ReportTable``s: a bold header row with a fill, typed cells, status colours by
/// conditional format, footnotes below; each column over the grid columns it spans (merged
/// when more than one), each row as tall as its wrapped text.
struct XLSXTableWriter {
  /// The cell writer (and its formats).
  let cells: XLSXCellWriter

  /// Writes `table` from `row` as table `index` of `grid`: a bold title row when `titled`,
  /// the header, the rows, then after a blank row its notes, across grid columns `notes`
  /// (the whole grid when nil).
  /// `prepared` holds the table's rows already prepared for this grid (see
  /// ``XLSXTableRows``); without it they are made and prepared as they are written.
  func write(
    _ table: ReportTable, on sheet: Worksheet, at row: Int, titled: Bool, grid: XLSXSheetGrid,
    index: Int = 0, notes: ClosedRange<Int>? = nil, prepared: [XLSXTableRow]? = nil
  ) throws -> XLSXTablePlacement {
    let styles = cells.styles
    let layout = XLSXTableRows(table, grid: grid, index: index)
    let spans = layout.spans
    let widths = layout.widths
    var current = row
    var points = 0.0
    if titled {
      try cells.text(sheet, current, 0, table.title, styles.tableTitle)
      current += 1
      points += XLSXPageFlow.tableTitleHeight
    }
    let headerRow = current
    let titles = table.columns.map(\.title)
    let headerLines = XLSXColumnWidths.lines(titles, widths: widths, bold: true)
    if let height = XLSXColumnWidths.height(lines: headerLines) {
      try sheet.setRow(headerRow, height: height)
    }
    points += XLSXColumnWidths.lineHeight * Double(headerLines)
    var leadPoints = points
    for (col, column) in table.columns.enumerated() {
      let format = styles.header(for: column.kind)
      try merge(sheet, headerRow, spans[col], format)
      try cells.text(sheet, headerRow, spans[col].lowerBound, column.title, format)
    }
    current += 1
    let kinds = layout.kinds
    let columns = layout.columns
    var rowIndex = 0
    func put(_ row: XLSXTableRow) throws {
      if let height = XLSXColumnWidths.height(lines: row.lines) {
        try sheet.setRow(current, height: height)
      }
      points += XLSXColumnWidths.lineHeight * Double(row.lines)
      if rowIndex < 3 { leadPoints = points }
      if let prepared = row.prepared {
        try cells.write(prepared, on: sheet, row: current)
      }
      for (col, cell) in row.cells.enumerated() where col < kinds.count {
        if spans[col].count > 1 {
          try merge(sheet, current, spans[col], cells.format(of: cell, kind: kinds[col]))
        }
        let one = XLSXPreparedRow([cell], kinds: [kinds[col]], columns: [columns[col]])
        try cells.write(one, on: sheet, row: current)
      }
      current += 1
      rowIndex += 1
    }
    if let prepared {
      for row in prepared { try put(row) }
    } else {
      // A long table's rows are made, their lines counted and their cells prepared on another
      // thread while this one writes them, in batches of 512 rows: a prepared row holds its
      // texts and cells, about 1 KB.
      for row in table.rows.madeAhead(batchRows: 512, layout.row) { try put(row) }
    }
    let notesFrom = current
    if table.rows.isEmpty {
      current = try line(
        "No entries.", styles.note, on: sheet, at: current, grid: grid, span: notes)
    }
    let lastRow = table.rows.isEmpty ? headerRow : headerRow + table.rows.count
    try highlightStatuses(table, on: sheet, headerRow: headerRow, spans: spans)
    if !table.notes.isEmpty { current += 1 }
    for note in table.notes {
      current = try line(note, styles.note, on: sheet, at: current, grid: grid, span: notes)
    }
    points += notesPoints(table, from: notesFrom, to: current, grid: grid, span: notes)
    return XLSXTablePlacement(
      headerRow: headerRow, lastRow: lastRow, spans: spans, nextRow: current, points: points,
      leadPoints: leadPoints)
  }

  /// The text of a text cell, which may wrap; nil for any other cell.
  static func text(_ cell: ReportCell) -> String? {
    if case .text(let text) = cell { return text }
    return nil
  }

  /// The points of the rows `from..<to` below a table: the blank row before its notes and its
  /// notes (or "No entries.") as ``line(_:_:on:at:grid:span:)`` sized them.
  private func notesPoints(
    _ table: ReportTable, from: Int, to: Int, grid: XLSXSheetGrid, span: ClosedRange<Int>?
  ) -> Double {
    let width = grid.width(of: span ?? 0...grid.lastCol)
    let texts = (table.rows.isEmpty ? ["No entries."] : []) + table.notes
    let lines = texts.map { XLSXColumnWidths.lines([$0], widths: [width]) }.reduce(0, +)
    let blank = to - from - texts.count
    return XLSXColumnWidths.lineHeight * Double(lines + blank)
  }

  /// Merges the grid columns `span` of `row` when it covers more than one.
  private func merge(_ sheet: Worksheet, _ row: Int, _ span: ClosedRange<Int>, _ format: Format?)
    throws
  {
    guard span.count > 1 else { return }
    try sheet.mergeRange(
      firstRow: row, firstCol: span.lowerBound, lastRow: row, lastCol: span.upperBound, "",
      format: format)
  }

  /// Writes `text` across grid columns `span` (the whole grid when nil) on `row`, wrapped,
  /// the row as tall as it needs; returns the next row.
  func line(
    _ text: String, _ format: Format, on sheet: Worksheet, at row: Int, grid: XLSXSheetGrid,
    span: ClosedRange<Int>? = nil
  ) throws -> Int {
    let span = span ?? 0...grid.lastCol
    let lines = XLSXColumnWidths.lines([text], widths: [grid.width(of: span)])
    if let height = XLSXColumnWidths.height(lines: lines) {
      try sheet.setRow(row, height: height)
    }
    try merge(sheet, row, span, format)
    try cells.text(sheet, row, span.lowerBound, text, format)
    return row + 1
  }

  /// Colours the status columns by conditional format: text containing "On track" green,
  /// "At risk" amber, "Off track" red, "No data" grey.
  func highlightStatuses(
    _ table: ReportTable, on sheet: Worksheet, headerRow: Int, spans: [ClosedRange<Int>]
  ) throws {
    guard !table.rows.isEmpty else { return }
    let firstRow = headerRow + 1
    let lastRow = headerRow + table.rows.count
    for (col, column) in table.columns.enumerated() where column.kind == .status {
      let gridCol = spans[col].lowerBound
      for (status, format) in cells.styles.statusHighlights {
        try sheet.conditionalFormat(
          firstRow: firstRow, firstCol: gridCol, lastRow: lastRow, lastCol: gridCol,
          rule: .textContains(status.label), format: format)
      }
    }
  }

  /// Fills a sheet with one table: the header on the first row, frozen below it, with an
  /// autofilter over the table; printed as ``XLSXPageSetup`` lays it out, the header repeated
  /// on every page.
  ///
  /// The pane and the filter are set before any row is written: in constant-memory mode
  /// libxlsxwriter rejects ranges over rows already flushed.
  /// `natural` is the table's ``XLSXColumnWidths/natural(_:)``, when already measured.
  /// `prepared`, when given, is the table's rows prepared for the grid of `natural`.
  func singleTableSheet(
    _ table: ReportTable, on sheet: Worksheet, natural: [Int]? = nil,
    prepared: [XLSXTableRow]? = nil
  ) throws {
    try sheet.freezePanes(row: 1, col: 0)
    if !table.columns.isEmpty {
      try sheet.autofilter(
        firstRow: 0, firstCol: 0, lastRow: table.rows.count, lastCol: table.columns.count - 1)
    }
    let grid = XLSXSheetGrid(single: natural ?? XLSXColumnWidths.natural(table))
    try Self.applyWidths(grid, to: sheet)
    let layout = XLSXPageSetup.layout(grid.widths)
    // Printed in bands, the notes stay within the first band, right of the key columns that
    // every page repeats.
    var notes: ClosedRange<Int>? = nil
    if case .bands(_, let breaks, let keyColumns) = layout, let first = breaks.first {
      notes = min(keyColumns, first - 1)...(first - 1)
    }
    _ = try write(
      table, on: sheet, at: 0, titled: false, grid: grid, notes: notes, prepared: prepared)
    try XLSXPageSetup.apply(to: sheet, layout: layout, repeating: 0)
  }

  /// Sets the grid's column widths on `sheet`.
  static func applyWidths(_ grid: XLSXSheetGrid, to sheet: Worksheet) throws {
    for (col, width) in grid.widths.enumerated() {
      try sheet.setColumn(first: col, last: col, width: (width * 256).rounded() / 256)
    }
  }
}
