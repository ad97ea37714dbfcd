import ReportKernel

/// A table row as ``XLSXTableWriter`` writes it: its height in lines of text, and its cells
/// prepared whole or, when the table's columns span several grid columns (merged cells, which
/// must come before their cell), as they are, to be written one by one.
struct XLSXTableRow: Sendable {
  /// The lines of its tallest wrapped cell.
  let lines: Int
  /// The cells prepared whole; nil when the columns are merged.
  let prepared: XLSXPreparedRow?
  /// The cells as they are, when the columns are merged; else empty.
  let cells: [ReportCell]
}

/// How table `index` of a sheet grid lays out its rows: the grid columns each of its columns
/// spans, their widths, and how one row is prepared for them (``row(_:)``, the same on any
/// thread).
struct XLSXTableRows: Sendable {
  /// The grid columns each column spans.
  let spans: [ClosedRange<Int>]
  /// The width of each column, in characters.
  let widths: [Double]
  /// The kind of each column.
  let kinds: [ReportColumn.Kind]
  /// The first grid column of each column.
  let columns: [Int]
  /// Whether some column spans several grid columns.
  let merging: Bool

  init(_ table: ReportTable, grid: XLSXSheetGrid, index: Int) {
    spans = grid.spans[index]
    widths = grid.columnWidths(of: index)
    kinds = table.columns.map(\.kind)
    columns = spans.map(\.lowerBound)
    merging = spans.contains { $0.count > 1 }
  }

  /// `row` prepared: its lines counted at these widths, its cells prepared whole unless
  /// columns are merged.
  @Sendable func row(_ row: [ReportCell]) -> XLSXTableRow {
    XLSXTableRow(
      lines: XLSXColumnWidths.lines(row.map(XLSXTableWriter.text), widths: widths),
      prepared: merging ? nil : XLSXPreparedRow(row, kinds: kinds, columns: columns),
      cells: merging ? row : [])
  }
}

/// A single-table sheet's table measured (``natural``) and every row prepared for its grid,
/// made on another thread while the sheets before it are written.
struct XLSXPreparedTable: Sendable {
  /// The table's natural column widths (``XLSXColumnWidths/natural(_:)``).
  let natural: [Int]
  /// Every row, prepared for the grid of those widths.
  let rows: [XLSXTableRow]

  /// Measures `table` and prepares its rows, as
  /// ``XLSXTableWriter/singleTableSheet(_:on:natural:prepared:)`` would on its own thread.
  init(_ table: ReportTable) {
    natural = XLSXColumnWidths.natural(table)
    let layout = XLSXTableRows(table, grid: XLSXSheetGrid(single: natural), index: 0)
    rows = table.rows.map(layout.row)
  }
}
