/// A value for one cell.
///
/// There is deliberately no formula case: text is always stored as text, so user data such as
/// `"=1+1"`, `"+A1"` or `"@x"` can never become a formula.
public enum CellValue: Sendable, Hashable {
  /// A string, stored with `worksheet_write_string` (a shared string, or an inline string in
  /// constant-memory mode). It is cleaned and, if needed, truncated; see ``WriteOutcome``.
  /// An empty string writes nothing unless a format is given (then it is a formatted blank).
  case text(String)
  /// A finite number. NaN and ±infinity throw ``XLSXError/Kind/invalidNumber(_:)``.
  case number(Double)
  /// A calendar date (and optional time), stored as an Excel serial number with a date number
  /// format so Excel shows it as a date.
  case date(CellDate)
  /// `TRUE` or `FALSE`.
  case bool(Bool)
  /// An empty cell; only written when a format is given (a formatted blank).
  case blank
}
