import ReportKernel
import ReportXLSX

/// One forum's sheet: a title row naming the forum, then its tables stacked, each with a bold
/// title row, its header and rows, its notes, and a blank row before the next; every table
/// keeps its own column widths on a shared grid (``XLSXSheetGrid``).
struct XLSXForumSheet {
  /// The table writer.
  let tables: XLSXTableWriter

  /// Writes the sheet.
  func write(_ forum: ForumSheet, on sheet: Worksheet) throws {
    let cells = tables.cells
    let grid = XLSXColumnWidths.stacked(forum.tables)
    try XLSXTableWriter.applyWidths(grid, to: sheet)
    // The name carries the display acronym ("Counter-Terrorism Working Group (CTWG)").
    let heading = forum.name.isEmpty ? forum.forum : forum.name
    try cells.text(sheet, 0, 0, heading, cells.styles.title)
    var row = 2
    for (index, table) in forum.tables.enumerated() {
      row = try tables.write(
        table, on: sheet, at: row, titled: true, grid: grid, index: index
      ).nextRow
      row += 1
    }
    if forum.tables.isEmpty {
      try cells.text(sheet, row, 0, "No tables for this forum.", cells.styles.note)
    }
    try XLSXPageSetup.apply(to: sheet, widths: grid.widths, repeating: 0)
  }
}
