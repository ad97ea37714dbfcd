import ReportKernel
import ReportXLSX

/// The Summary sheet: title, subtitle and period; the key figures; the submissions table; the
/// indicator status counts per forum and a stacked column chart of them.
struct XLSXSummarySheet {
  /// The table writer.
  let tables: XLSXTableWriter

  /// Writes the sheet.
  func write(_ document: ReportDocument, on sheet: Worksheet, workbook: Workbook) throws {
    let cells = tables.cells
    let styles = cells.styles
    var widths = XLSXColumnWidths()
    var row = 0
    if document.isDraft {
      try cells.text(sheet, row, 0, "DRAFT", styles.title)
      row += 1
    }
    for line in document.cover {
      try cells.text(sheet, row, 0, "\(line.label): \(line.value)", styles.subtitle)
      row += 1
    }
    if row > 0 { row += 1 }
    try cells.text(sheet, row, 0, document.title, styles.title)
    try cells.text(sheet, row + 1, 0, document.subtitle, styles.subtitle)
    try cells.text(sheet, row + 2, 0, "Period: \(document.period.label)", styles.subtitle)
    row += 3
    if let previous = document.previousPeriod {
      try cells.text(sheet, row, 0, "Compared with: \(previous.label)", styles.subtitle)
      row += 1
    }
    row += 1
    row = try keyFigures(document.sheets.keyFigures, on: sheet, at: row, widths: &widths)
    row += 1
    let submissions = try tables.write(
      document.sheets.submissions, on: sheet, at: row, titled: true, widths: &widths)
    row = submissions.nextRow + 1
    let status = document.sheets.statusByForum
    let counts = try tables.write(status, on: sheet, at: row, titled: true, widths: &widths)
    try widths.apply(to: sheet)
    try chart(status, placement: counts, on: sheet, workbook: workbook)
    try XLSXTableWriter.pageSetup(sheet, repeating: 0)
  }

  /// The key figures as Figure / Value / Context rows under a title and header; returns the
  /// next free row.
  private func keyFigures(
    _ figures: [KeyFigure], on sheet: Worksheet, at row: Int, widths: inout XLSXColumnWidths
  ) throws -> Int {
    let cells = tables.cells
    let styles = cells.styles
    try cells.text(sheet, row, 0, "Key figures", styles.tableTitle)
    for (col, title) in ["Figure", "Value", "Context"].enumerated() {
      try cells.text(sheet, row + 1, col, title, col == 1 ? styles.numericHeader : styles.header)
      widths.fitHeader(col, title)
    }
    var current = row + 2
    for figure in figures {
      try cells.text(sheet, current, 0, figure.label, styles.label)
      try cells.cell(sheet, current, 1, figure.value, kind: .number)
      try cells.text(sheet, current, 2, figure.context ?? "", styles.text)
      widths.fit(0, figure.label.count)
      widths.fit(1, XLSXCellWriter.displayWidth(figure.value))
      widths.fit(2, figure.context?.count ?? 0)
      current += 1
    }
    return current
  }

  /// A native stacked column chart of the status counts: one category per forum (the first
  /// column), one series per numeric column, coloured by status; placed right of the table.
  private func chart(
    _ table: ReportTable, placement: XLSXTablePlacement, on sheet: Worksheet,
    workbook: Workbook
  ) throws {
    guard !table.rows.isEmpty, table.columns.count >= 2 else { return }
    let firstRow = placement.headerRow + 1
    let rows = firstRow...placement.lastRow
    let categories = SheetRange.column(0, rows: rows, on: sheet.name)
    let numeric: Set<ReportColumn.Kind> = [.integer, .number, .percent, .usd]
    let series = table.columns.enumerated().compactMap { col, column -> ChartSeries? in
      guard col > 0, numeric.contains(column.kind) else { return nil }
      let status = IndicatorStatus.allCases.first { $0.label == column.title }
      return ChartSeries(
        name: column.title, categories: categories,
        values: SheetRange.column(col, rows: rows, on: sheet.name),
        color: status.flatMap { XLSXStyles.Palette.chart[$0] })
    }
    guard !series.isEmpty else { return }
    let spec = ChartSpec(
      kind: .columnStacked, title: table.title, categoryAxisTitle: table.columns[0].title,
      valueAxisTitle: "Indicators", valueAxisNumberFormat: "#,##0", legend: .bottom,
      series: series)
    let chart = try workbook.addChart(spec)
    try sheet.insertChart(
      row: max(placement.headerRow - 1, 0), col: placement.lastCol + 2, chart: chart)
  }
}
