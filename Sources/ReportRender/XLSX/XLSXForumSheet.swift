import ReportKernel
import ReportXLSX

/// One forum's sheet: a title row naming the forum, then its tables stacked, each with a bold
/// title row, its header and rows, its notes, and a blank row before the next; every table
/// keeps its own column widths on a shared grid (``XLSXSheetGrid``), and a table does not
/// start at the foot of a printed page (``XLSXPageFlow``).
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
    var flow = XLSXPageFlow(widths: grid.widths, repeated: XLSXPageFlow.titleHeight)
    flow.flow(XLSXPageFlow.titleHeight + XLSXColumnWidths.lineHeight)
    var row = 2
    for (index, table) in forum.tables.enumerated() {
      let placement = try tables.write(
        table, on: sheet, at: row, titled: true, grid: grid, index: index)
      flow.table(placement, from: row)
      flow.flow(XLSXColumnWidths.lineHeight)
      row = placement.nextRow + 1
    }
    try flow.apply(to: sheet)
    if forum.tables.isEmpty {
      try cells.text(sheet, row, 0, "No tables for this forum.", cells.styles.note)
    }
    try XLSXPageSetup.apply(to: sheet, widths: grid.widths, repeating: 0)
  }
}
