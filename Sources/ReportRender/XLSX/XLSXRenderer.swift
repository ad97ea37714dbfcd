import Foundation
import ReportKernel
import ReportXLSX

/// Renders a ``ReportDocument`` as an Excel workbook through `ReportXLSX` (libxlsxwriter).
///
/// Sheets, in order: Summary (title, period, key figures, submissions, status counts per
/// forum with a native stacked column chart), one sheet per forum, Indicators, Activities,
/// Coverage, Economies, Agenda, Data, Findings and About (provenance and inputs); an exported
/// run's report adds Changes (see ``ChangesPart``).
///
/// Numbers, percentages, dollars and dates are typed cells with number formats, never text;
/// lower bounds keep their number and show `≥`. Statuses are text coloured by conditional
/// formats. Single-table sheets have a frozen header and an autofilter; every sheet prints
/// landscape, one page wide, with its header row repeated. All text from submissions is
/// written as text, never as a formula. The creation date is the period's end, so the same
/// document always gives the same bytes.
public struct XLSXRenderer: ReportRenderer {
  /// Documents with more table cells than this are streamed (libxlsxwriter's
  /// `constant_memory` mode: rows are flushed as written and text is stored inline);
  /// smaller ones are built in memory with shared strings and filled chart caches.
  public let streamingCellThreshold: Int

  /// Creates a renderer that streams documents of more than 1,000,000 table cells.
  public init() {
    self.init(streamingCellThreshold: 1_000_000)
  }

  /// Creates a renderer that streams documents with more table cells than
  /// `streamingCellThreshold` (0 streams always).
  public init(streamingCellThreshold: Int) {
    self.streamingCellThreshold = streamingCellThreshold
  }

  /// Excel workbook.
  public var format: OutputFormat { .xlsx }
  /// `xlsx`.
  public var fileExtension: String { "xlsx" }

  /// The names of the fixed sheets after the forum sheets.
  static let tailSheets = [
    "Indicators", "Activities", "Coverage", "Economies", "Agenda", "Data", "Findings", "About",
  ]

  /// Writes the workbook to `path`.
  ///
  /// - Throws: the wrapper's `XLSXError` (with sheet and cell) if a cell, format, chart or
  ///   the file cannot be written.
  public func write(_ document: ReportDocument, to path: String) throws {
    let streaming = Self.cellCount(document) > streamingCellThreshold
    let workbook = try Workbook(path: path, options: WorkbookOptions(constantMemory: streaming))
    do {
      try Self.fill(workbook, with: document)
      try workbook.close()
    } catch {
      // Do not leave a half-written workbook behind.
      try? workbook.close()
      try? FileManager.default.removeItem(atPath: path)
      throw error
    }
  }

  /// Adds the properties and every sheet to `workbook`.
  static func fill(_ workbook: Workbook, with document: ReportDocument) throws {
    try workbook.setProperties(properties(document))
    let tables = XLSXTableWriter(cells: XLSXCellWriter(styles: try XLSXStyles(workbook)))
    let names = sheetNames(document)
    let summary = try workbook.addWorksheet(named: names.summary)
    try XLSXSummarySheet(tables: tables).write(document, on: summary, workbook: workbook)
    for (forum, name) in zip(document.sheets.forums, names.forums) {
      let sheet = try workbook.addWorksheet(named: name)
      try XLSXForumSheet(tables: tables).write(forum, on: sheet)
    }
    let sheets = document.sheets
    let single = [
      sheets.indicators, sheets.activities, sheets.coverage, sheets.economies, sheets.agenda,
      sheets.data, sheets.findings,
    ]
    for (table, name) in zip(single, tailSheets) {
      let sheet = try workbook.addWorksheet(named: name)
      try tables.singleTableSheet(table, on: sheet)
    }
    let about = try workbook.addWorksheet(named: "About")
    try XLSXAboutSheet(tables: tables).write(document, on: about)
    if let changes = ChangesPart.table(in: document) {
      let taken = Set(["Summary"] + tailSheets + names.forums)
      let sheet = try workbook.addWorksheet(
        named: Workbook.safeSheetName("Changes", existing: taken))
      try tables.singleTableSheet(changes, on: sheet)
    }
  }

  /// The sheet names: "Summary", then one per forum (its id, made safe and unique against
  /// every fixed name).
  static func sheetNames(_ document: ReportDocument) -> (summary: String, forums: [String]) {
    var taken = Set(["Summary"] + tailSheets)
    var forums: [String] = []
    for forum in document.sheets.forums {
      let name = Workbook.safeSheetName(forum.forum, existing: taken)
      taken.insert(name)
      forums.append(name)
    }
    return ("Summary", forums)
  }

  /// Title, subject (the period), author, company, keywords, comments; created at the
  /// period's end, midnight UTC — never the clock.
  static func properties(_ document: ReportDocument) -> DocumentProperties {
    let keywords =
      ["APEC", "CTST", "counter-terrorism", "secure trade", document.period.id]
      + (document.forum.map { [$0] } ?? [])
    return DocumentProperties(
      title: document.title, subject: document.period.label, author: document.author,
      company: "APEC", category: "Progress report", keywords: keywords.joined(separator: ", "),
      comments: "Built by ctst \(document.toolVersion) from \(document.inputs.count) input"
        + " files; see the About sheet.",
      created: Date(timeIntervalSince1970: TimeInterval(document.period.end.secondsSinceEpoch)))
  }

  /// The number of table cells in the document, to decide on streaming.
  static func cellCount(_ document: ReportDocument) -> Int {
    let sheets = document.sheets
    let tables =
      [
        sheets.statusByForum, sheets.submissions, sheets.indicators, sheets.activities,
        sheets.coverage, sheets.economies, sheets.agenda, sheets.data, sheets.findings,
      ] + sheets.forums.flatMap(\.tables)
    return tables.reduce(0) { $0 + $1.rows.count * max($1.columns.count, 1) }
  }
}
