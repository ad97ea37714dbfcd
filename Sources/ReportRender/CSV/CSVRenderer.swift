import FoundationEssentials
import ReportKernel
import ReportXLSX

/// Renders the report's long `data` table as CSV (RFC 4180): a header row, CRLF line ends,
/// fields quoted when they hold `,`, `"`, CR or LF, quotes doubled.
///
/// Numbers are written plainly for machines (`405000`, `0.5714285714285714`; shares 0–1),
/// dates as `YYYY-MM-DD`, statuses as `on_track`. Text that a spreadsheet would run as a
/// formula — starting with `=`, `+`, `-`, `@`, a tab or a CR and not a plain number — is
/// neutralised with a leading `'`.
public struct CSVRenderer: TextReportRenderer {
  /// Creates a renderer.
  public init() {}

  /// CSV.
  public var format: OutputFormat { .csv }
  /// `csv`.
  public var fileExtension: String { "csv" }

  /// The `data` table of `document` as CSV.
  public func render(_ document: ReportDocument) -> String {
    render(document.sheets.data)
  }

  /// `table` as CSV: the column titles, then one record per row, each ending in CRLF.
  public func render(_ table: ReportTable) -> String {
    var text = ""
    Self.records(table) { text += $0 }
    return text
  }

  /// Writes the `data` table of `document` to `path` record by record, never holding the
  /// whole file: the same bytes as ``render(_:)-(ReportDocument)``.
  public func write(_ document: ReportDocument, to path: String) throws {
    let sink = try FileSink(path: path)
    var failure: OutputError?
    Self.records(document.sheets.data) { record in
      guard failure == nil else { return }
      do throws(OutputError) { try sink.write(record) } catch { failure = error }
    }
    if let failure { throw failure }
    try sink.finish()
  }

  /// Each record of `table` in order, with its CRLF: the column titles, then one per row.
  static func records(_ table: ReportTable, _ emit: (String) -> Void) {
    emit(
      table.columns.map { CSVField.quoted(CSVField.neutralised($0.title)) }
        .joined(separator: ",") + "\r\n")
    for row in table.rows {
      let fields = table.columns.indices.map { index in
        CSVField.quoted(index < row.count ? CSVField.text(row[index]) : "")
      }
      emit(fields.joined(separator: ",") + "\r\n")
    }
  }
}

/// Turning cells into CSV fields.
public enum CSVField {
  /// The field text of `cell`, before quoting: numbers plain, text neutralised.
  public static func text(_ cell: ReportCell) -> String {
    switch cell {
    case .text(let text): return neutralised(text)
    case .integer(let value), .year(let value): return String(value)
    case .number(let value, _), .percent(let value, _), .usd(let value), .points(let value):
      return number(value)
    case .date(let date): return date.description
    case .status(let status): return status.rawValue
    case .empty: return ""
    // The data table says what a mark says in its Quality column; the field stays a number.
    case .marked(let inner, _): return text(inner)
    // A change stays a plain number ("-4", "124"), as a spreadsheet reads it back.
    case .signed(let inner): return text(inner)
    }
  }

  /// A number without grouping: whole numbers without a fraction, others in Swift's shortest
  /// round-tripping form.
  public static func number(_ value: Double) -> String {
    if value.isFinite, value == value.rounded(), abs(value) <= ValueReader.maxMagnitude {
      return String(Int64(value))
    }
    return String(value)
  }

  /// `text` with a leading `'` when a spreadsheet would take it for a formula: it starts with
  /// `=`, `+`, `-`, `@`, a tab or a CR and is not a plain number.
  public static func neutralised(_ text: String) -> String {
    guard let first = text.unicodeScalars.first, "=+-@\t\r".unicodeScalars.contains(first),
      !isPlainNumber(text)
    else { return text }
    return "'" + text
  }

  /// True for `[+-]digits[.digits][e[+-]digits]`.
  public static func isPlainNumber(_ text: String) -> Bool {
    var scalars = text.unicodeScalars[...]
    func digits() -> Int {
      var count = 0
      while let scalar = scalars.first, ("0"..."9").contains(scalar) {
        scalars.removeFirst()
        count += 1
      }
      return count
    }
    if let sign = scalars.first, sign == "+" || sign == "-" { scalars.removeFirst() }
    guard digits() > 0 else { return false }
    if scalars.first == "." {
      scalars.removeFirst()
      guard digits() > 0 else { return false }
    }
    if let mark = scalars.first, mark == "e" || mark == "E" {
      scalars.removeFirst()
      if let sign = scalars.first, sign == "+" || sign == "-" { scalars.removeFirst() }
      guard digits() > 0 else { return false }
    }
    return scalars.isEmpty
  }

  /// `field` in double quotes (inner quotes doubled) when it holds `,`, `"`, CR or LF.
  public static func quoted(_ field: String) -> String {
    let needsQuotes = field.unicodeScalars.contains { "\",\r\n".unicodeScalars.contains($0) }
    guard needsQuotes else { return field }
    return "\"" + field.doublingEach("\"") + "\""
  }
}
