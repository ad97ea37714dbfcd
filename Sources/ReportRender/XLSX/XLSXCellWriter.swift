import ReportKernel
import ReportXLSX

/// Writes typed cells through the wrapper and remembers what the wrapper had to change (text
/// cut at Excel's 32,767-character limit, control characters replaced, dates Excel cannot
/// hold), so the About sheet can say so.
///
/// Every piece of text goes through ``Worksheet/write(row:col:_:format:)`` with
/// ``CellValue/text(_:)``: the wrapper has no formula path, so text starting with `=`, `+`,
/// `-` or `@` stays text.
final class XLSXCellWriter {
  /// The workbook's formats.
  let styles: XLSXStyles
  /// What was changed on the way into the workbook, in writing order.
  private(set) var notes: [String] = []
  /// Notes beyond ``maxNotes`` are counted, not listed.
  private(set) var omittedNotes = 0
  /// The most notes listed.
  static let maxNotes = 100

  /// Creates a writer using `styles`.
  init(styles: XLSXStyles) {
    self.styles = styles
  }

  /// Writes text (never a formula) and records a truncation or replaced characters.
  func text(_ sheet: Worksheet, _ row: Int, _ col: Int, _ text: String, _ format: Format? = nil)
    throws
  {
    if text.isEmpty { return }
    let outcome = try sheet.write(row: row, col: col, .text(text), format: format)
    guard !outcome.isUnchanged else { return }
    let place = "\(sheet.name)!\(XLSXError.a1(row: row, col: col))"
    if outcome.wasTruncated {
      note(
        "\(place): text of \(outcome.originalLength) characters cut to"
          + " \(outcome.writtenLength), Excel's limit per cell.")
    }
    if outcome.replacedCharacters > 0 {
      note(
        "\(place): \(outcome.replacedCharacters) control character(s) not allowed in XLSX"
          + " replaced by spaces.")
    }
  }

  /// Writes one typed cell: numbers as numbers with their number format, dates as date
  /// cells, statuses as their label; `.empty` writes nothing. A marked figure stays a number
  /// or date: its number format shows the mark's symbol after it, on screen and in print.
  func cell(
    _ sheet: Worksheet, _ row: Int, _ col: Int, _ cell: ReportCell, kind: ReportColumn.Kind,
    mark: CellMark? = nil
  ) throws {
    let format = { (base: Format) throws -> Format in
      guard let mark else { return base }
      return try self.styles.marked(base, mark)
    }
    let suffix = mark.map { " " + $0.symbol } ?? ""
    switch cell {
    case .text(let value):
      let shown = mark == nil ? value : value + suffix
      try text(sheet, row, col, shown, kind == .status ? styles.status : styles.text)
    case .integer(let value): try number(sheet, row, col, Double(value), format(styles.integer))
    case .year(let year): try number(sheet, row, col, Double(year), format(styles.year))
    case .number(let value, let lowerBound):
      try number(sheet, row, col, value, format(styles.number(value, lowerBound: lowerBound)))
    case .percent(let value, let lowerBound):
      try number(sheet, row, col, value, format(styles.percent(lowerBound: lowerBound)))
    case .usd(let value): try number(sheet, row, col, value, format(styles.usd))
    case .points(let value): try number(sheet, row, col, value, format(styles.points))
    case .date(let date):
      try self.date(
        sheet, row, col, date, format(kind == .text ? styles.textDate : styles.date), suffix)
    case .status(let status): try text(sheet, row, col, status.label + suffix, styles.status)
    case .empty: return
    case .marked(let inner, let mark):
      try self.cell(sheet, row, col, inner, kind: kind, mark: mark)
    case .signed(let inner):
      guard let value = inner.figure, let base = self.format(of: inner, kind: kind) else {
        return try self.cell(sheet, row, col, inner, kind: kind, mark: mark)
      }
      try number(sheet, row, col, value, format(try styles.signed(base)))
    }
  }

  /// The format ``cell(_:_:_:_:kind:)`` gives `cell` in a column of `kind` (nil for an empty
  /// cell), for the merged cells around it.
  func format(of cell: ReportCell, kind: ReportColumn.Kind) -> Format? {
    switch cell {
    case .text: kind == .status ? styles.status : styles.text
    case .integer: styles.integer
    case .year: styles.year
    case .number(let value, let lowerBound): styles.number(value, lowerBound: lowerBound)
    case .percent(_, let lowerBound): styles.percent(lowerBound: lowerBound)
    case .usd: styles.usd
    case .points: styles.points
    case .date: kind == .text ? styles.textDate : styles.date
    case .status: styles.status
    case .empty: nil
    // A marked figure's number format shows its mark; marked text is written with the mark.
    case .marked(.text, _), .marked(.status, _), .marked(.empty, _):
      format(of: cell.unmarked, kind: kind)
    case .marked(let inner, let mark):
      format(of: inner, kind: kind).flatMap { try? styles.marked($0, mark) }
    case .signed(let inner): format(of: inner, kind: kind).flatMap { try? styles.signed($0) }
    }
  }

  /// Writes a number; a non-finite one (which Excel cannot store) leaves the cell empty and
  /// is noted, rather than becoming text.
  private func number(
    _ sheet: Worksheet, _ row: Int, _ col: Int, _ value: Double, _ format: Format
  ) throws {
    guard value.isFinite else {
      note("\(sheet.name)!\(XLSXError.a1(row: row, col: col)): \(value) left empty.")
      return
    }
    try sheet.write(row: row, col: col, .number(value), format: format)
  }

  /// Writes a date cell; a date before 1900, which Excel cannot hold, is written as ISO text
  /// and noted.
  private func date(
    _ sheet: Worksheet, _ row: Int, _ col: Int, _ date: CalendarDate, _ format: Format,
    _ suffix: String
  ) throws {
    guard date.year >= 1900 else {
      note(
        "\(sheet.name)!\(XLSXError.a1(row: row, col: col)): \(date) is before 1900,"
          + " which Excel cannot store as a date; written as text.")
      try text(sheet, row, col, date.description + suffix, styles.status)
      return
    }
    let value = CellDate(year: date.year, month: date.month, day: date.day)
    try sheet.write(row: row, col: col, .date(value), format: format)
  }

  /// Records a note, listing at most ``maxNotes``.
  func note(_ text: String) {
    if notes.count < Self.maxNotes {
      notes.append(text)
    } else {
      omittedNotes += 1
    }
  }

  /// The characters a cell needs to show its value, for column widths.
  static func displayWidth(_ cell: ReportCell) -> Int {
    switch cell {
    case .text(let value):
      if let width = asciiDisplayWidth(value) { return width }
      var longest = 0
      var line = 0
      for character in value {
        line = character.isNewline ? 0 : line + 1
        longest = max(longest, line)
      }
      return longest
    case .integer(let value): return groupedWidth(Double(value))
    case .year(let year): return String(year).count
    case .number(let value, let lowerBound):
      let fraction = value == value.rounded() ? 0 : 3
      return groupedWidth(value) + fraction + (lowerBound ? 2 : 0)
    case .percent(let value, let lowerBound):
      return groupedWidth(value * 100) + 3 + (lowerBound ? 2 : 0)
    case .usd(let value): return groupedWidth(value) + 4
    case .points(let value): return groupedWidth(value) + 6
    case .date: return 10
    case .status(let status): return status.label.count
    case .empty: return 0
    case .marked(let inner, _): return displayWidth(inner) + 2
    case .signed(let inner): return displayWidth(inner) + 1
    }
  }

  /// The longest line of ASCII `text` in characters, counted on its bytes (a line ends at
  /// `\n`, `\r`, vertical tab or form feed, as `Character.isNewline` has it); nil for other
  /// text.
  private static func asciiDisplayWidth(_ text: String) -> Int? {
    text.utf8.withContiguousStorageIfAvailable(asciiDisplayWidth)
      ?? asciiDisplayWidth(text.utf8)
  }

  /// ``asciiDisplayWidth(_:)`` of text's bytes.
  private static func asciiDisplayWidth<Bytes: Sequence<UInt8>>(_ bytes: Bytes) -> Int? {
    var longest = 0
    var line = 0
    for byte in bytes {
      guard byte < 0x80 else { return nil }
      line = (0x0A...0x0D).contains(byte) ? 0 : line + 1
      longest = max(longest, line)
    }
    return longest
  }

  /// Digits, separators and sign of a number's whole part.
  private static func groupedWidth(_ value: Double) -> Int {
    guard value.isFinite else { return 3 }
    let magnitude = abs(value).rounded(.down)
    let digits =
      magnitude < 10
      ? 1
      : magnitude < 1e15
        ? decimalDigits(Int(magnitude))
        : Int(magnitude.description.prefix { $0 != "." }.count)
    let capped = min(digits, 20)
    return capped + (capped - 1) / 3 + (value < 0 ? 1 : 0)
  }

  /// The number of decimal digits of `value` (≥ 0), as its description would show them.
  private static func decimalDigits(_ value: Int) -> Int {
    var digits = 1
    var rest = value
    while rest >= 10 {
      rest /= 10
      digits += 1
    }
    return digits
  }
}
