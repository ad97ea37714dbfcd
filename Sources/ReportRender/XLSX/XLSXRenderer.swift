import FoundationEssentials
import ReportKernel
import ReportXLSX

/// Renders a ``ReportDocument`` as an Excel workbook through `ReportXLSX` (libxlsxwriter).
///
/// Sheets, in the order of `ReportSheets.workbook`: Summary (title, period, key figures,
/// submissions, status counts per forum with a native stacked column chart), one sheet per
/// forum, Indicators, Activities, Coverage, Economies, Agenda, Data, Findings and About
/// (provenance and inputs); an exported run's report adds Changes (see ``ChangesPart``).
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

  /// Writes the workbook to `path`.
  ///
  /// - Throws: the wrapper's `XLSXError` (with sheet and cell) if a cell, format, chart or
  ///   the file cannot be written.
  public func write(_ document: ReportDocument, to path: String) throws {
    try write(document, to: path, packaging: {})
  }

  /// Writes the workbook to `path`, calling `packaging` once, when what is left is
  /// libxlsxwriter's packaging on this thread alone (each part's XML written and deflated
  /// into the zip: about a third of the shipped sample's run): just before an in-memory
  /// workbook is closed; at once for a streamed one, whose other formats are small beside its
  /// rows (a fraction of a second at 1,000,000 values); or when writing fails.
  /// ``OutputWriter`` begins the other formats then, so that on two cores they take the core
  /// the packaging leaves idle rather than the one preparing the workbook's rows.
  ///
  /// - Throws: as ``write(_:to:)``.
  public func write(
    _ document: ReportDocument, to path: String, packaging: () -> Void
  ) throws {
    var packagingBegun = false
    func beginPackaging() {
      guard !packagingBegun else { return }
      packagingBegun = true
      packaging()
    }
    defer { beginPackaging() }
    let streaming = Self.cellCount(document) > streamingCellThreshold
    if streaming { beginPackaging() }
    // The data table (and any other long single table) is measured, and when not too long
    // prepared, on other threads while the sheets before it are written.
    let ahead = XLSXSheetsAhead(document)
    let workbook = try Workbook(path: path, options: WorkbookOptions(constantMemory: streaming))
    do {
      try Self.fill(workbook, with: document, ahead: ahead)
      beginPackaging()
      try workbook.close()
    } catch {
      // Do not leave a half-written workbook behind.
      try? workbook.close()
      try? FileManager.default.removeItem(atPath: path)
      // The disk refused the file: say why as the other formats do ("No space left on device").
      if let failure = error as? XLSXError, failure.operation == Workbook.writingOperation {
        throw OutputError(path: path, reason: failure.message)
      }
      throw error
    }
  }

  /// Adds the properties and every sheet to `workbook`, walking the document's one list of
  /// sheets (``ReportSheets/workbook``).
  /// `ahead` holds the single-table sheets being measured or prepared on other threads; the
  /// others are measured and prepared when their sheet is written.
  static func fill(
    _ workbook: Workbook, with document: ReportDocument, ahead: XLSXSheetsAhead = .none
  ) throws {
    try workbook.setProperties(properties(document))
    let tables = XLSXTableWriter(cells: XLSXCellWriter(styles: try XLSXStyles(workbook)))
    let sheets = document.sheets.workbook
    var names = SheetNames(fixed: sheets)
    for sheet in sheets {
      let worksheet = try workbook.addWorksheet(named: names.name(for: sheet))
      switch sheet.content {
      case .summary:
        try XLSXSummarySheet(tables: tables).write(document, on: worksheet, workbook: workbook)
      case .forum(let forum):
        try XLSXForumSheet(tables: tables).write(forum, on: worksheet)
      case .table(let table):
        let prepared = ahead.tables[table.id]?.value
        try tables.singleTableSheet(
          table, on: worksheet, natural: prepared?.natural ?? ahead.widths[table.id]?.value,
          prepared: prepared?.rows)
      case .about:
        try XLSXAboutSheet(tables: tables).write(document, on: worksheet)
      }
    }
    if let changes = ChangesPart.sheetTable(in: document) {
      let name = Workbook.safeSheetName("Changes", existing: Set(sheets.map(\.name)))
      try tables.singleTableSheet(changes, on: try workbook.addWorksheet(named: name))
    }
  }

  /// Names sheets: fixed names as they are; a forum's id made safe and unique against every
  /// fixed name and the forums named before it.
  struct SheetNames {
    private var taken: Set<String>

    /// Reserves the fixed names of `sheets`.
    init(fixed sheets: [WorkbookSheet]) {
      taken = Set(sheets.filter { !$0.isForum }.map(\.name))
    }

    /// The name to give `sheet`.
    mutating func name(for sheet: WorkbookSheet) -> String {
      guard sheet.isForum else { return sheet.name }
      let name = Workbook.safeSheetName(sheet.name, existing: taken)
      taken.insert(name)
      return name
    }
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
    document.sheets.tables.reduce(0) { $0 + $1.rows.count * max($1.columns.count, 1) }
  }
}
