import ReportKernel
import ReportXLSX

/// One forum's sheet: a title row naming the forum, then its tables stacked, each with a bold
/// title row, its header and rows, its notes, and a blank row before the next.
struct XLSXForumSheet {
  /// The table writer.
  let tables: XLSXTableWriter

  /// Writes the sheet.
  func write(_ forum: ForumSheet, on sheet: Worksheet) throws {
    let cells = tables.cells
    var widths = XLSXColumnWidths()
    // The name carries the display acronym ("Counter-Terrorism Working Group (CTWG)").
    let heading = forum.name.isEmpty ? forum.forum : forum.name
    try cells.text(sheet, 0, 0, heading, cells.styles.title)
    var row = 2
    for table in forum.tables {
      row = try tables.write(table, on: sheet, at: row, titled: true, widths: &widths).nextRow
      row += 1
    }
    if forum.tables.isEmpty {
      try cells.text(sheet, row, 0, "No tables for this forum.", cells.styles.note)
    }
    try widths.apply(to: sheet)
    try XLSXTableWriter.pageSetup(sheet, repeating: 0)
  }
}
