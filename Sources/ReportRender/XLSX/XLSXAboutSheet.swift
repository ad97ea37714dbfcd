import ReportKernel
import ReportXLSX

/// The About sheet: what the report is, which period it covers, (in the review pack) which tool
/// built it, every
/// input file with its size and checksum, and what the workbook had to change in the text it
/// was given (cut at Excel's limit, control characters replaced).
struct XLSXAboutSheet {
  /// The table writer.
  let tables: XLSXTableWriter

  /// Writes the sheet; call it last, so the notes cover every other sheet. The facts and the
  /// inputs are stacked on a shared grid (``XLSXSheetGrid``), each keeping its widths.
  func write(_ document: ReportDocument, on sheet: Worksheet) throws {
    let cells = tables.cells
    let styles = cells.styles
    let facts = ReportTable(
      id: "facts", title: "Report", columns: [ReportColumn("Item"), ReportColumn("Value")],
      rows: Self.facts(document).map { [.text($0.0), $0.1] })
    // Checksums are for the Secretariat: the review pack's workbook lists them.
    let inputs = ReportTable(
      id: "inputs", title: "Inputs",
      columns: [ReportColumn("Path"), ReportColumn("Bytes", .integer), ReportColumn("SHA-256")],
      rows: document.inputs.map { [.text($0.path), .integer($0.bytes), .text($0.sha256)] })
    let stacked = document.kind == .review ? [facts, inputs] : [facts]
    let grid = XLSXColumnWidths.stacked(stacked)
    try XLSXTableWriter.applyWidths(grid, to: sheet)
    try cells.text(sheet, 0, 0, "About this report", styles.title)
    var flow = XLSXPageFlow(widths: grid.widths, repeated: XLSXPageFlow.titleHeight)
    flow.flow(XLSXPageFlow.titleHeight + XLSXColumnWidths.lineHeight)
    var row = 2
    for (index, table) in stacked.enumerated() {
      let placement = try tables.write(
        table, on: sheet, at: row, titled: index > 0, grid: grid, index: index)
      flow.table(placement, from: row)
      flow.flow(XLSXColumnWidths.lineHeight)
      row = placement.nextRow + 1
    }
    try flow.apply(to: sheet)
    try writerNotes(on: sheet, at: row, grid: grid)
    try XLSXPageSetup.apply(to: sheet, widths: grid.widths, repeating: 0)
  }

  /// The label/value facts at the top of the sheet.
  static func facts(_ document: ReportDocument) -> [(String, ReportCell)] {
    let period = document.period
    var facts: [(String, ReportCell)] = [
      ("Title", .text(document.title)),
      ("Kind", .text(document.kind.rawValue)),
    ]
    if let forum = document.forum { facts.append(("Forum", .text(forum))) }
    facts += [
      ("Period", .text(period.id)),
      ("Period title", .text(period.title)),
      ("Period start", .date(period.start)),
      ("Period end", .date(period.end)),
      ("Submissions due", .date(period.due)),
      ("Previous period", .text(document.previousPeriod?.label ?? "none")),
      ("Author", .text(document.author)),
    ]
    // The report is a publication and names no software; the review pack names the version
    // that built it (the workbook's document properties record it for both).
    if document.kind == .review {
      facts.append(("Tool version", .text("ctst \(document.toolVersion)")))
    }
    // Inputs and findings are the Secretariat's: only the review pack counts them.
    if document.kind == .review {
      facts += [
        ("Input files", .integer(document.inputs.count)),
        ("Validation findings", .integer(document.findings.count)),
      ]
    }
    return facts
  }

  /// The notes of the cell writer, or a line saying all text was written as given. Notes
  /// about this list itself cannot be listed in it; they are counted in the last line.
  private func writerNotes(on sheet: Worksheet, at row: Int, grid: XLSXSheetGrid) throws {
    let cells = tables.cells
    let styles = cells.styles
    try cells.text(sheet, row, 0, "Workbook notes", styles.tableTitle)
    let notes = cells.notes
    var current = row + 1
    if notes.isEmpty {
      _ = try tables.line(
        "All text was written as given.", styles.note, on: sheet, at: current, grid: grid)
      return
    }
    for note in notes {
      current = try tables.line(note, styles.note, on: sheet, at: current, grid: grid)
    }
    let more = cells.omittedNotes + cells.notes.count - notes.count
    if more > 0 {
      _ = try tables.line("… and \(more) more.", styles.note, on: sheet, at: current, grid: grid)
    }
  }
}
