import ReportKernel
import ReportXLSX

/// The Summary sheet: title, subtitle and period; the key figures; the submissions table; the
/// indicator status counts per forum and, below them, a stacked column chart of them.
struct XLSXSummarySheet {
  /// The table writer.
  let tables: XLSXTableWriter

  /// Writes the sheet: the key figures, the submissions and the status counts stacked on a
  /// shared grid (``XLSXSheetGrid``), each keeping its widths; the chart below the counts.
  func write(_ document: ReportDocument, on sheet: Worksheet, workbook: Workbook) throws {
    let cells = tables.cells
    let styles = cells.styles
    let stacked = [
      Self.keyFigures(document.sheets.keyFigures), document.sheets.submissions,
      document.sheets.statusByForum,
    ]
    let grid = XLSXColumnWidths.stacked(stacked)
    try XLSXTableWriter.applyWidths(grid, to: sheet)
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
    // Rows of 14-point text: "DRAFT" and the title; the first row is repeated on every page.
    let titles = document.isDraft ? 2 : 1
    let firstIsTitle = document.isDraft || document.cover.isEmpty
    var flow = XLSXPageFlow(
      widths: grid.widths,
      repeated: firstIsTitle ? XLSXPageFlow.titleHeight : XLSXColumnWidths.lineHeight)
    flow.flow(
      XLSXPageFlow.titleHeight * Double(titles)
        + XLSXColumnWidths.lineHeight * Double(row - titles))
    var placements: [XLSXTablePlacement] = []
    for (index, table) in stacked.enumerated() {
      let placement = try tables.write(
        table, on: sheet, at: row, titled: true, grid: grid, index: index)
      // The status counts keep their chart below them on the same page.
      let chart = index == stacked.count - 1 ? Self.chartPoints + XLSXColumnWidths.lineHeight : 0
      flow.table(placement, from: row, extra: chart)
      flow.flow(XLSXColumnWidths.lineHeight)
      placements.append(placement)
      row = placement.nextRow + 1
    }
    try flow.apply(to: sheet)
    if let counts = placements.last {
      try chart(document.sheets.statusByForum, placement: counts, on: sheet, workbook: workbook)
    }
    try XLSXPageSetup.apply(to: sheet, widths: grid.widths, repeating: 0)
  }

  /// The height of the chart (288 pixels), in points.
  static let chartPoints = 216.0

  /// The key figures as a Figure / Value / Context table.
  static func keyFigures(_ figures: [KeyFigure]) -> ReportTable {
    ReportTable(
      id: "key_figures", title: "Key figures",
      columns: [ReportColumn("Figure"), ReportColumn("Value", .number), ReportColumn("Context")],
      rows: figures.map { [.text($0.label), $0.value, $0.context.map(ReportCell.text) ?? .empty] })
  }

  /// A native stacked column chart of the status counts: one category per forum (the first
  /// column), one series per numeric column, coloured by status; placed below the table.
  private func chart(
    _ table: ReportTable, placement: XLSXTablePlacement, on sheet: Worksheet,
    workbook: Workbook
  ) throws {
    guard !table.rows.isEmpty, table.columns.count >= 2 else { return }
    let firstRow = placement.headerRow + 1
    let rows = firstRow...placement.lastRow
    let categories = SheetRange.column(placement.spans[0].lowerBound, rows: rows, on: sheet.name)
    let numeric: Set<ReportColumn.Kind> = [.integer, .number, .percent, .usd]
    let series = table.columns.enumerated().compactMap { col, column -> ChartSeries? in
      guard col > 0, numeric.contains(column.kind) else { return nil }
      let status = IndicatorStatus.allCases.first { $0.label == column.title }
      return ChartSeries(
        name: column.title, categories: categories,
        values: SheetRange.column(placement.spans[col].lowerBound, rows: rows, on: sheet.name),
        color: status.flatMap { XLSXStyles.Palette.chart[$0] })
    }
    guard !series.isEmpty else { return }
    let spec = ChartSpec(
      kind: .columnStacked, title: table.title, categoryAxisTitle: table.columns[0].title,
      valueAxisTitle: "Indicators", valueAxisNumberFormat: "#,##0", legend: .bottom,
      series: series)
    let chart = try workbook.addChart(spec)
    try sheet.insertChart(row: placement.nextRow + 1, col: 0, chart: chart)
  }
}
