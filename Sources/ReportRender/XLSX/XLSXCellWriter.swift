import ReportKernel
import ReportXLSX

/// Writes typed cells through the wrapper and remembers what the wrapper had to change (text
/// cut at Excel's 32,767-character limit, control characters replaced, dates Excel cannot
/// hold), so the About sheet can say so.
///
/// Every piece of text goes through ``Worksheet/write(row:col:_:format:)`` or a
/// ``PreparedRow`` with ``CellValue/text(_:)``: the wrapper has no formula path, so text
/// starting with `=`, `+`, `-` or `@` stays text.
final class XLSXCellWriter {
  /// The workbook's formats.
  let styles: XLSXStyles
  /// What was changed on the way into the workbook, in writing order.
  private(set) var notes: [String] = []
  /// Notes beyond ``maxNotes`` are counted, not listed.
  private(set) var omittedNotes = 0
  /// The most notes listed.
  static let maxNotes = 100

  /// The formats of ``XLSXPreparedRow``s by number: the base styles, then a row's others.
  private var formats: CellFormats
  /// The workbook's format of each style used so far, so a style's format is worked out once
  /// (a marked or signed style's takes building its number format and a lookup by it).
  private var styleFormats: [XLSXCellStyle: Format] = [:]

  /// Creates a writer using `styles`.
  init(styles: XLSXStyles) {
    self.styles = styles
    formats = CellFormats(workbook: styles.text.workbook)
    for base in XLSXCellStyle.Base.allCases {
      formats.set(base.rawValue, styles.format(base))
    }
  }

  /// Writes text (never a formula) and records a truncation or replaced characters.
  func text(_ sheet: Worksheet, _ row: Int, _ col: Int, _ text: String, _ format: Format? = nil)
    throws
  {
    if text.isEmpty { return }
    let outcome = try sheet.write(row: row, col: col, .text(text), format: format)
    noteChanges(outcome, sheet, row, col)
  }

  /// Writes the cells of `prepared` on `row` of `sheet`, then notes what was changed on the
  /// way (text cut or with characters replaced, numbers left empty, dates written as text).
  func write(_ prepared: XLSXPreparedRow, on sheet: Worksheet, row: Int) throws {
    for (index, style) in prepared.extraStyles.enumerated() {
      formats.set(XLSXPreparedRow.extraFormat + index, try format(of: style))
    }
    try sheet.write(row: row, prepared.cells, formats: formats)
    for note in prepared.notes {
      switch note {
      case .changed(let col, let outcome): noteChanges(outcome, sheet, row, col)
      case .nonFinite(let col, let value):
        self.note("\(sheet.name)!\(XLSXError.a1(row: row, col: col)): \(value) left empty.")
      case .before1900(let col, let date):
        self.note(
          "\(sheet.name)!\(XLSXError.a1(row: row, col: col)): \(date) is before 1900,"
            + " which Excel cannot store as a date; written as text.")
      }
    }
  }

  /// Notes a truncation or replaced characters in the text written at `row`, `col`.
  private func noteChanges(_ outcome: WriteOutcome, _ sheet: Worksheet, _ row: Int, _ col: Int) {
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

  /// The format a table cell `cell` in a column of `kind` is written with (nil for an empty
  /// cell), for the merged cells around it.
  func format(of cell: ReportCell, kind: ReportColumn.Kind) -> Format? {
    XLSXCellStyle.of(cell, kind: kind).flatMap { try? format(of: $0) }
  }

  /// The workbook's format for `style`: ``XLSXCellStyle/format(in:)``, worked out on first use.
  private func format(of style: XLSXCellStyle) throws -> Format {
    if let format = styleFormats[style] { return format }
    let format = try style.format(in: styles)
    styleFormats[style] = format
    return format
  }

  /// Records a note, listing at most ``maxNotes``.
  func note(_ text: String) {
    if notes.count < Self.maxNotes {
      notes.append(text)
    } else {
      omittedNotes += 1
    }
  }

  /// The units of column width a cell needs to show its value (text as Calibri draws it, see
  /// ``XLSXTextWidth``; a digit is one unit).
  static func displayWidth(_ cell: ReportCell) -> Int {
    switch cell {
    case .text(let value): return XLSXTextWidth.longestLine(value)
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
    case .status(let status): return XLSXTextWidth.longestLine(status.label)
    case .empty: return 0
    case .marked(let inner, _): return displayWidth(inner) + 2
    case .signed(let inner): return displayWidth(inner) + 1
    }
  }

  /// Digits, separators and sign of a number's whole part.
  private static func groupedWidth(_ value: Double) -> Int {
    guard value.isFinite else { return 3 }
    let magnitude = abs(value).rounded(.down)
    let digits =
      magnitude < 10
      ? 1
      : magnitude <= ValueReader.maxMagnitude
        ? NumberText.digitCount(Int64(magnitude))
        : Int(magnitude.description.prefix { $0 != "." }.count)
    let capped = min(digits, 20)
    return capped + (capped - 1) / 3 + (value < 0 ? 1 : 0)
  }
}
