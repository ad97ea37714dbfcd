import ReportKernel
import ReportXLSX

/// The About sheet: what the report is, which period it covers, which tool built it, every
/// input file with its size and checksum, and what the workbook had to change in the text it
/// was given (cut at Excel's limit, control characters replaced).
struct XLSXAboutSheet {
  /// The table writer.
  let tables: XLSXTableWriter

  /// Writes the sheet; call it last, so the notes cover every other sheet.
  func write(_ document: ReportDocument, on sheet: Worksheet) throws {
    let cells = tables.cells
    let styles = cells.styles
    var widths = XLSXColumnWidths()
    try cells.text(sheet, 0, 0, "About this report", styles.title)
    var row = 2
    for (label, value) in Self.facts(document) {
      try cells.text(sheet, row, 0, label, styles.label)
      try cells.cell(sheet, row, 1, value, kind: .text)
      widths.fit(0, label.count)
      widths.fit(1, XLSXCellWriter.displayWidth(value))
      row += 1
    }
    row += 1
    // Checksums are for the Secretariat: the review pack's workbook lists them.
    if document.kind == .review {
      let inputs = ReportTable(
        id: "inputs", title: "Inputs",
        columns: [ReportColumn("Path"), ReportColumn("Bytes", .integer), ReportColumn("SHA-256")],
        rows: document.inputs.map { [.text($0.path), .integer($0.bytes), .text($0.sha256)] })
      row = try tables.write(inputs, on: sheet, at: row, titled: true, widths: &widths).nextRow
    }
    try writerNotes(on: sheet, at: row + 1)
    try widths.apply(to: sheet)
    try XLSXTableWriter.pageSetup(sheet, repeating: 0)
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
      ("Tool version", .text("ctst \(document.toolVersion)")),
      ("Author", .text(document.author)),
    ]
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
  private func writerNotes(on sheet: Worksheet, at row: Int) throws {
    let cells = tables.cells
    let styles = cells.styles
    try cells.text(sheet, row, 0, "Workbook notes", styles.tableTitle)
    let notes = cells.notes
    var current = row + 1
    if notes.isEmpty {
      try cells.text(sheet, current, 0, "All text was written as given.", styles.note)
      return
    }
    for note in notes {
      try cells.text(sheet, current, 0, note, styles.note)
      current += 1
    }
    let more = cells.omittedNotes + cells.notes.count - notes.count
    if more > 0 {
      try cells.text(sheet, current, 0, "… and \(more) more.", styles.note)
    }
  }
}
