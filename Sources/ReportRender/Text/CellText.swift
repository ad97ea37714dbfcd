import ReportKernel

/// How cells read in text and Markdown: numbers with thousands separators (`405,000`), shares
/// as percentages (`57.1%`), dollars as `USD 98,000`, lower bounds as `≥ 405,000` and `≥ 5.2%`, dates as
/// `31 December 2026` (``CalendarDate/prose``); a change between periods with its sign
/// (`+124`, `-4`, `+19.0 pp`); a marked figure is followed by its mark's
/// symbol (`1,200 †`). Numbers are formatted by the kernel's ``NumberText``.
enum CellText {
  /// The text of `cell`.
  static func format(_ cell: ReportCell) -> String {
    switch cell {
    case .text(let text): return text
    case .integer(let value): return NumberText.grouped(Double(value))
    case .year(let year): return String(year)
    case .number(let value, let lowerBound):
      let text = NumberText.grouped(value, decimals: 2)
      return lowerBound ? "≥ \(text)" : text
    case .percent(let share, let lowerBound):
      let text = NumberText.percent(share)
      return lowerBound ? "≥ \(text)" : text
    case .usd(let amount):
      let whole = amount == amount.rounded()
      return "USD " + NumberText.grouped(amount, decimals: whole ? 0 : 2, trim: false)
    case .points(let points):
      let text = NumberText.grouped(points, decimals: 1, trim: false)
      return (text.hasPrefix("-") || text == "0.0" ? "" : "+") + text + " pp"
    case .date(let date): return date.prose
    case .status(let status): return status.label
    case .empty: return ""
    case .marked(let inner, let mark): return format(inner) + " " + mark.symbol
    case .signed(let inner): return signed(format(inner), rise: inner.isRise)
    }
  }

  /// `text` of a change with a "+" for a rise, after a lower bound's "≥ " (`≥ +20,000`); a
  /// fall already reads "-4".
  private static func signed(_ text: String, rise: Bool) -> String {
    guard rise else { return text }
    return text.hasPrefix("≥ ") ? "≥ +" + text.dropFirst(2) : "+" + text
  }

  /// True for the column kinds that are right-aligned.
  static func isNumeric(_ kind: ReportColumn.Kind) -> Bool {
    switch kind {
    case .integer, .number, .percent, .usd: true
    case .text, .date, .status: false
    }
  }

  /// `text` on one line: every run of whitespace (newlines, tabs) and control characters
  /// becomes one space.
  static func oneLine(_ text: String) -> String {
    if isPlainLine(text) || isSettledLine(text) { return text }
    return NarrativeText.oneLine(text)
  }

  /// True when `text` is already one line as ``oneLine(_:)`` makes it, checked on its scalars:
  /// printable ASCII and scalars of ``isSettled(_:)``, with single spaces between words and
  /// none at either end. Each scalar is then a character of its own and none is a break, so
  /// splitting into words and joining them would give `text` back.
  static func isSettledLine(_ text: String) -> Bool {
    var previous: Unicode.Scalar = " "
    for scalar in text.unicodeScalars {
      if scalar.isASCII {
        guard scalar.value >= 0x20, scalar.value < 0x7F, scalar != " " || previous != " " else {
          return false
        }
      } else if !isSettled(scalar) {
        return false
      }
      previous = scalar
    }
    return previous != " " || text.isEmpty
  }

  /// Non-ASCII scalars that are neither whitespace, control or format characters, nor joined
  /// to a neighbour in one character (no mark, joiner, prepended or Hangul scalar): Latin-1
  /// and Latin Extended letters and signs (not the no-break space or the soft hyphen),
  /// dashes, quotes, daggers, bullets and other punctuation up to U+205E, arrows and
  /// mathematical operators (`≥`).
  static func isSettled(_ scalar: Unicode.Scalar) -> Bool {
    switch scalar.value {
    case 0xA1...0xAC, 0xAE...0x24F, 0x2010...0x2027, 0x2030...0x205E, 0x2190...0x22FF: true
    default: false
    }
  }

  /// True when `text` is already one line as ``oneLine(_:)`` makes it, checked on its bytes:
  /// printable ASCII only, with single spaces between words and none at either end. Most
  /// cells are such text, and splitting them into words would only rebuild them.
  static func isPlainLine(_ text: String) -> Bool {
    text.utf8.withContiguousStorageIfAvailable(isPlainLine(eightAtATime:))
      ?? isPlainLine(bytes: text.utf8)
  }

  /// ``isPlainLine(_:)`` of text's bytes, one at a time.
  static func isPlainLine(bytes: some Sequence<UInt8>) -> Bool {
    var previous = UInt8(ascii: " ")
    var empty = true
    for byte in bytes {
      guard isPlain(byte, after: &previous) else { return false }
      empty = false
    }
    return previous != 0x20 || empty
  }

  /// Whether `byte` may follow `previous` (updated to `byte`) in a plain line: printable
  /// ASCII, and not a second space.
  static func isPlain(_ byte: UInt8, after previous: inout UInt8) -> Bool {
    guard byte >= 0x20, byte < 0x7F, byte != 0x20 || previous != 0x20 else { return false }
    previous = byte
    return true
  }
}
