import ReportKernel

/// The single-table sheets of a workbook worked on by other threads from the moment the
/// workbook is begun, while the sheets before them are written (the data table comes near
/// the end): the writing thread then spends its time in libxlsxwriter.
///
/// - A table of ``preparedAhead`` rows is measured and its rows prepared whole
///   (``XLSXPreparedTable``; at most about 1 KB a row, so 8 MiB at the most).
/// - A longer table, whose rows are made on demand, is only measured, in two halves on a
///   thread each; its rows are prepared as it is written, in batches
///   (``ReportRows/madeAhead(batchRows:batches:_:)``), so memory does not grow with it.
/// - Shorter tables are measured and prepared when their sheet is written: a thread would
///   cost them more than it saves.
struct XLSXSheetsAhead: Sendable {
  /// Rows of the tables prepared whole ahead: long enough to be worth a thread, short enough
  /// to hold (the shipped sample's data table has 650).
  static let preparedAhead = 64...8_192

  /// Natural column widths of the longer tables, by table id.
  let widths: [String: Ahead<[Int]>]
  /// The tables prepared whole, by table id.
  let tables: [String: Ahead<XLSXPreparedTable>]

  /// Nothing ahead: every sheet measured and prepared as it is written.
  static let none = XLSXSheetsAhead(widths: [:], tables: [:])

  init(widths: [String: Ahead<[Int]>], tables: [String: Ahead<XLSXPreparedTable>]) {
    self.widths = widths
    self.tables = tables
  }

  /// Starts the work on `document`'s single-table sheets.
  init(_ document: ReportDocument) {
    var widths: [String: Ahead<[Int]>] = [:]
    var tables: [String: Ahead<XLSXPreparedTable>] = [:]
    for sheet in document.sheets.workbook {
      guard case .table(let table) = sheet.content, widths[table.id] == nil,
        tables[table.id] == nil
      else { continue }
      let count = table.rows.count
      if Self.preparedAhead.contains(count) {
        tables[table.id] = Ahead { XLSXPreparedTable(table) }
      } else if count > Self.preparedAhead.upperBound, table.rows.isProduced {
        widths[table.id] = Self.measured(table)
      }
    }
    self.init(widths: widths, tables: tables)
  }

  /// The natural widths of `table`, measured in two halves: the second on a thread of its
  /// own, the first on the thread that combines them.
  private static func measured(_ table: ReportTable) -> Ahead<[Int]> {
    let halves = table.rows.parts(2)
    let rest = halves.dropFirst().map { rows in
      Ahead { XLSXColumnWidths.measure(table, rows: rows) }
    }
    return Ahead {
      let first = halves.first.map { XLSXColumnWidths.measure(table, rows: $0) } ?? []
      return XLSXColumnWidths.natural(table, measured: [first] + rest.map(\.value))
    }
  }
}
