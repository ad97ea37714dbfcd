import ReportKernel
import ReportXLSX

/// The cell formats of the workbook, created once per workbook.
///
/// Number formats: integers `#,##0`; decimals `#,##0` when whole, `#,##0.##` otherwise;
/// lower bounds the same with a literal `≥ ` prefix (the cell stays a number); percentages
/// `0.0%`; US dollars `"USD "#,##0` (as the text writes them); dates `yyyy-mm-dd`.
final class XLSXStyles {
  /// The colours of the four statuses: a light fill for cells, a strong one for the chart.
  enum Palette {
    /// Light fills for status cells (Excel's "Good", "Neutral", "Bad" and a grey).
    static let fill: [IndicatorStatus: UInt32] = [
      .onTrack: 0xC6EFCE, .atRisk: 0xFFEB9C, .offTrack: 0xFFC7CE, .notAssessed: 0xDDEBF7,
      .noData: 0xE7E6E6,
    ]
    /// Font colours matching ``fill``.
    static let font: [IndicatorStatus: UInt32] = [
      .onTrack: 0x006100, .atRisk: 0x9C5700, .offTrack: 0x9C0006, .notAssessed: 0x1F4E79,
      .noData: 0x595959,
    ]
    /// Chart series colours.
    static let chart: [IndicatorStatus: UInt32] = [
      .onTrack: 0x70AD47, .atRisk: 0xFFC000, .offTrack: 0xC00000, .notAssessed: 0x5B9BD5,
      .noData: 0xA5A5A5,
    ]
    /// The header fill.
    static let header: UInt32 = 0xDDEBF7
  }

  /// The sheet title.
  let title: Format
  /// The subtitle and period lines.
  let subtitle: Format
  /// A table's title row.
  let tableTitle: Format
  /// A table's header row, over a text column.
  let header: Format
  /// A table's header row, over a column of numbers or dates (right-aligned like them).
  let numericHeader: Format
  /// A label in a label/value list.
  let label: Format
  /// Footnotes below a table.
  let note: Format
  /// Text in a text column (wrapped, top aligned).
  let text: Format
  /// Status text (conditional formats add the colour).
  let status: Format
  /// Whole numbers.
  let integer: Format
  /// Years, without thousands separators.
  let year: Format
  /// Decimals with a fraction.
  let decimal: Format
  /// Lower-bound whole numbers (`≥ 1,200`).
  let lowerBoundInteger: Format
  /// Lower-bound decimals.
  let lowerBoundDecimal: Format
  /// Shares.
  let percent: Format
  /// Lower-bound shares (`≥ 5.2%`).
  let lowerBoundPercent: Format
  /// US dollars.
  let usd: Format
  /// Changes of percentages, in percentage points (`+19.0 pp`).
  let points: Format
  /// Dates.
  let date: Format
  /// Dates in a column of text (a label/value list), aligned left like the text.
  let textDate: Format
  /// The conditional formats of the statuses.
  let statusHighlights: [(status: IndicatorStatus, format: Format)]

  /// Creates the formats in `workbook`.
  init(_ workbook: Workbook) throws {
    func make(_ spec: CellFormat) throws -> Format { try workbook.addFormat(spec) }
    // Numbers keep a character's room on their right, so a number never runs into the
    // right-aligned number or header beside it.
    func number(_ pattern: String) throws -> Format {
      try make(
        CellFormat(
          numberFormat: pattern, horizontalAlignment: .right, verticalAlignment: .top,
          indent: 1))
    }
    title = try make(CellFormat(bold: true, fontSize: 14))
    subtitle = try make(CellFormat(italic: true))
    tableTitle = try make(CellFormat(bold: true, fontSize: 12))
    header = try make(
      CellFormat(
        bold: true, backgroundColor: Palette.header, textWrap: true, verticalAlignment: .top,
        borders: CellFormat.Borders(bottom: .thin), indent: 1))
    numericHeader = try make(
      CellFormat(
        bold: true, backgroundColor: Palette.header, textWrap: true, horizontalAlignment: .right,
        verticalAlignment: .top, borders: CellFormat.Borders(bottom: .thin), indent: 1))
    // Text is indented one step so it never runs into a right-aligned number beside it.
    label = try make(CellFormat(bold: true, verticalAlignment: .top, indent: 1))
    note = try make(
      CellFormat(italic: true, fontColor: 0x595959, textWrap: true, verticalAlignment: .top))
    text = try make(CellFormat(textWrap: true, verticalAlignment: .top, indent: 1))
    status = try make(CellFormat(verticalAlignment: .top, indent: 1))
    integer = try number("#,##0")
    year = try number("0")
    decimal = try number("#,##0.##")
    lowerBoundInteger = try number("\"≥ \"#,##0")
    lowerBoundDecimal = try number("\"≥ \"#,##0.##")
    percent = try number("0.0%")
    lowerBoundPercent = try number("\"≥ \"0.0%")
    usd = try number("\"USD \"#,##0")
    points = try number("+0.0\" pp\";-0.0\" pp\";0.0\" pp\"")
    date = try number("yyyy-mm-dd")
    textDate = try make(
      CellFormat(
        numberFormat: "yyyy-mm-dd", horizontalAlignment: .left, verticalAlignment: .top,
        indent: 1))
    statusHighlights = try IndicatorStatus.allCases.map { status in
      let spec = CellFormat(
        fontColor: Palette.font[status], backgroundColor: Palette.fill[status])
      return (status, try make(spec))
    }
  }

  /// The formats of marked figures, by their base format's number format and the mark.
  private var markedFormats: [String: Format] = [:]

  /// `base` with the symbol of `mark` after the figure in every section of its number format
  /// (`#,##0" †"`), so the cell stays a number and the mark shows on screen and in print.
  func marked(_ base: Format, _ mark: CellMark) throws -> Format {
    let pattern = base.spec.numberFormat ?? "General"
    let key = pattern + "\u{0}" + mark.rawValue
    if let format = markedFormats[key] { return format }
    var spec = base.spec
    spec.numberFormat = Self.suffixed(pattern, " " + mark.symbol)
    let format = try base.workbook.addFormat(spec)
    markedFormats[key] = format
    return format
  }

  /// The formats of changes between periods, by their base format's number format.
  private var signedFormats: [String: Format] = [:]

  /// `base` showing the sign of a change: `+#,##0;-#,##0;#,##0`, with a lower bound's "≥ "
  /// before the sign (`≥ +20,000`), so the cell stays a number.
  func signed(_ base: Format) throws -> Format {
    let pattern = base.spec.numberFormat ?? "General"
    if let format = signedFormats[pattern] { return format }
    var spec = base.spec
    spec.numberFormat = Self.signedPattern(pattern)
    let format = try base.workbook.addFormat(spec)
    signedFormats[pattern] = format
    return format
  }

  /// A one-section `pattern` as a signed one: `"+"P;"-"P;P`, or for a lower bound's
  /// `"≥ "P`, `"≥ +"P;"≥ -"P;"≥ "P`.
  static func signedPattern(_ pattern: String) -> String {
    let lowerBound = "\"≥ \""
    if pattern.hasPrefix(lowerBound) {
      let rest = pattern.dropFirst(lowerBound.count)
      return "\"≥ +\"\(rest);\"≥ -\"\(rest);\"≥ \"\(rest)"
    }
    return "\"+\"\(pattern);\"-\"\(pattern);\(pattern)"
  }

  /// `pattern` with the literal `suffix` after each of its sections (split at `;` outside
  /// quotes).
  static func suffixed(_ pattern: String, _ suffix: String) -> String {
    var sections: [String] = []
    var current = ""
    var quoted = false
    for character in pattern {
      if character == "\"" { quoted.toggle() }
      if character == ";", !quoted {
        sections.append(current)
        current = ""
      } else {
        current.append(character)
      }
    }
    sections.append(current)
    return sections.map { $0 + "\"\(suffix)\"" }.joined(separator: ";")
  }

  /// The header format over a column of `kind`.
  func header(for kind: ReportColumn.Kind) -> Format {
    switch kind {
    case .text, .status: header
    case .integer, .number, .percent, .usd, .date: numericHeader
    }
  }

  /// The format named `base`.
  func format(_ base: XLSXCellStyle.Base) -> Format {
    switch base {
    case .text: text
    case .status: status
    case .integer: integer
    case .year: year
    case .decimal: decimal
    case .lowerBoundInteger: lowerBoundInteger
    case .lowerBoundDecimal: lowerBoundDecimal
    case .percent: percent
    case .lowerBoundPercent: lowerBoundPercent
    case .usd: usd
    case .points: points
    case .date: date
    case .textDate: textDate
    }
  }
}
