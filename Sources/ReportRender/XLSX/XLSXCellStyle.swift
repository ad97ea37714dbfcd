import ReportKernel
import ReportXLSX

/// The format a cell is written with, named without the workbook (so rows can be prepared on
/// another thread): one of the workbook's formats, maybe showing a change's sign or a mark's
/// symbol after the figure. ``format(in:)`` gives the workbook's format. Only the cases that
/// hold another style are boxed: a base style, as most cells have, is a plain value.
enum XLSXCellStyle: Hashable, Sendable {
  /// The formats ``XLSXStyles`` creates for cells.
  enum Base: Int, CaseIterable, Sendable {
    case text, status, integer, year, decimal, lowerBoundInteger, lowerBoundDecimal, percent
    case lowerBoundPercent, usd, points, date, textDate

    /// The format of a decimal cell: whole numbers without a trailing decimal point.
    static func number(_ value: Double, lowerBound: Bool) -> Base {
      let whole = value == value.rounded()
      switch (lowerBound, whole) {
      case (false, true): return .integer
      case (false, false): return .decimal
      case (true, true): return .lowerBoundInteger
      case (true, false): return .lowerBoundDecimal
      }
    }

    /// The format of a share: `≥ ` before a lower bound.
    static func percent(lowerBound: Bool) -> Base { lowerBound ? .lowerBoundPercent : .percent }
  }

  /// One of the workbook's formats.
  case base(Base)
  /// The format's number format showing the sign of a change (``XLSXStyles/signed(_:)``).
  indirect case signed(XLSXCellStyle)
  /// The format's number format showing the mark after the figure (``XLSXStyles/marked(_:_:)``).
  indirect case marked(XLSXCellStyle, CellMark)

  /// This style, marked with `mark` when there is one.
  func marked(_ mark: CellMark?) -> XLSXCellStyle {
    mark.map { .marked(self, $0) } ?? self
  }

  /// The workbook's format for this style, created on first use.
  func format(in styles: XLSXStyles) throws -> Format {
    switch self {
    case .base(let base): styles.format(base)
    case .signed(let style): try styles.signed(try style.format(in: styles))
    case .marked(let style, let mark): try styles.marked(try style.format(in: styles), mark)
    }
  }

  /// The style a table cell `cell` in a column of `kind` is written with (nil for an empty
  /// cell), for the merged cells around it.
  static func of(_ cell: ReportCell, kind: ReportColumn.Kind) -> XLSXCellStyle? {
    switch cell {
    case .text: .base(kind == .status ? .status : .text)
    case .integer: .base(.integer)
    case .year: .base(.year)
    case .number(let value, let lowerBound): .base(.number(value, lowerBound: lowerBound))
    case .percent(_, let lowerBound): .base(.percent(lowerBound: lowerBound))
    case .usd: .base(.usd)
    case .points: .base(.points)
    case .date: .base(kind == .text ? .textDate : .date)
    case .status: .base(.status)
    case .empty: nil
    // A marked figure's number format shows its mark; marked text is written with the mark.
    case .marked(.text, _), .marked(.status, _), .marked(.empty, _):
      of(cell.unmarked, kind: kind)
    case .marked(let inner, let mark): of(inner, kind: kind).map { .marked($0, mark) }
    case .signed(let inner): of(inner, kind: kind).map { .signed($0) }
    }
  }
}
