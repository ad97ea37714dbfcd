/// One piece of renderer-neutral report content. Every renderer renders the same blocks, so
/// the workbook, the text and the Markdown never disagree.
public enum ReportBlock: Sendable, Hashable, Codable {
  /// A paragraph of prose; `attribution` names its author forum, `source` its place.
  case paragraph(text: String, attribution: String?, source: SourceLocation?)
  /// A bulleted list.
  case bullets([String])
  /// A table.
  case table(ReportTable)
  /// Headline figures.
  case keyFigures([KeyFigure])
  /// A short note (a caveat, "no forum contributes to this component").
  case note(String)
}

/// A headline figure: a label, its value and what it covers.
public struct KeyFigure: Sendable, Hashable, Codable {
  /// What is counted ("Submissions received").
  public let label: String
  /// The figure.
  public let value: ReportCell
  /// Its coverage or context ("4 of 5 fora reported").
  public let context: String?
  /// The id of the indicator whose computed value it shows, if any: a figure the forum's
  /// indicator table already shows is left out where that table stands.
  public let indicator: String?

  /// Creates a figure.
  public init(
    label: String, value: ReportCell, context: String? = nil, indicator: String? = nil
  ) {
    self.label = label
    self.value = value
    self.context = context
    self.indicator = indicator
  }
}

/// A typed table. Cells keep their type so the workbook writes numbers as numbers and dates
/// as dates.
public struct ReportTable: Sendable, Hashable, Codable {
  /// A stable id (`indicators`, `activities`, `coverage`, `data`), used for sheet and file
  /// names.
  public let id: String
  /// The caption.
  public let title: String
  /// The columns.
  public let columns: [ReportColumn]
  /// The rows; each has one cell per column. Held, or made on demand for a table that grows
  /// with the data (see ``ReportRows``).
  public let rows: ReportRows
  /// Footnotes (coverage, caveats).
  public let notes: [String]

  /// Creates a table.
  public init(
    id: String, title: String, columns: [ReportColumn], rows: [[ReportCell]],
    notes: [String] = []
  ) {
    self.init(id: id, title: title, columns: columns, rows: ReportRows(rows), notes: notes)
  }

  /// Creates a table whose rows may be made on demand.
  public init(
    id: String, title: String, columns: [ReportColumn], rows: ReportRows, notes: [String] = []
  ) {
    self.id = id
    self.title = title
    self.columns = columns
    self.rows = rows
    self.notes = notes
  }
}

/// A column: its header and the kind of its cells.
public struct ReportColumn: Sendable, Hashable, Codable {
  /// What a column's cells hold; decides alignment and number format.
  public enum Kind: String, Sendable, Hashable, Codable {
    /// Text, left aligned.
    case text
    /// Whole numbers.
    case integer
    /// Decimal numbers.
    case number
    /// Shares shown as percentages (stored 0–1).
    case percent
    /// US dollars.
    case usd
    /// Dates.
    case date
    /// Indicator status.
    case status
  }

  /// The header.
  public let title: String
  /// The kind.
  public let kind: Kind

  /// Creates a column.
  public init(_ title: String, _ kind: Kind = .text) {
    self.title = title
    self.kind = kind
  }
}

/// A typed table cell. Only the cases that hold another cell are boxed: a plain cell is a value
/// with no allocation of its own, as a table of a million rows makes sixteen million of them.
public enum ReportCell: Sendable, Hashable, Codable {
  /// Text.
  case text(String)
  /// A whole number.
  case integer(Int)
  /// A year (`2021`), a number shown without thousands separators.
  case year(Int)
  /// A decimal number; `lowerBound` marks "at least".
  case number(Double, lowerBound: Bool)
  /// A share, 0–1 (may exceed 1 for over-achievement); `lowerBound` marks "at least"
  /// (`≥ 5.2%`), as for a share computed from a lower-bound count.
  case percent(Double, lowerBound: Bool = false)
  /// US dollars.
  case usd(Double)
  /// A change of a percentage, in percentage points (`19.0` shows as "+19.0 pp").
  case points(Double)
  /// A date.
  case date(CalendarDate)
  /// An indicator status.
  case status(IndicatorStatus)
  /// Nothing.
  case empty
  /// A change between periods of a count, quantity or amount: the figure shown with its sign,
  /// so a rise reads "+124" and a fall "-4" (a share's change is ``points(_:)``, signed too).
  /// The cell keeps its inner type; build with ``signedChange``.
  indirect case signed(ReportCell)
  /// A figure with a mark (illustrative, estimate, withheld) shown beside it; the cell
  /// keeps its type. Build with ``marked(_:)-(CellMark?)``, which never nests marks.
  indirect case marked(ReportCell, CellMark)
}
