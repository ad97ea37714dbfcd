import ReportKernel
import ReportXLSX

/// A table row's typed cells made ready to write, without the workbook, so a long table's
/// rows are prepared on the thread that makes them: each cell's value (its text made safe)
/// and style, and what is to be noted about it. ``XLSXCellWriter/write(_:on:row:)`` writes
/// it: numbers as numbers with their number format, dates as date cells, statuses as their
/// label; `.empty` writes nothing. A marked figure stays a number or date: its number format
/// shows the mark's symbol after it, on screen and in print.
struct XLSXPreparedRow: Sendable {
  /// Something to note about a cell once written, at its grid column.
  enum Note: Sendable {
    /// Its text was cut or had characters replaced.
    case changed(col: Int, WriteOutcome)
    /// A non-finite number, which Excel cannot store, left empty.
    case nonFinite(col: Int, Double)
    /// A date before 1900, which Excel cannot store as a date, written as text.
    case before1900(col: Int, CalendarDate)
  }

  /// The cells, with format numbers: a ``XLSXCellStyle/Base`` by its raw value, any other
  /// style by ``extraFormat`` plus its place in ``extraStyles``.
  private(set) var cells: PreparedRow
  /// The styles of this row's cells that are not a base style (marked figures, changes).
  private(set) var extraStyles: [XLSXCellStyle] = []
  /// What to note, in the order of the cells.
  private(set) var notes: [Note] = []

  /// The format number of the first of ``extraStyles``.
  static let extraFormat = XLSXCellStyle.Base.allCases.count

  /// The row of `cells`, cell `i` in a column of `kinds[i]` at grid column `columns[i]`
  /// (cells beyond them are not written).
  init(_ cells: [ReportCell], kinds: [ReportColumn.Kind], columns: [Int]) {
    self.cells = PreparedRow(cells: cells.count)
    for (index, cell) in cells.enumerated() where index < kinds.count && index < columns.count {
      add(cell, kind: kinds[index], col: columns[index])
    }
  }

  /// Adds `cell`, in a column of `kind`, at grid column `col`, showing `mark` after it.
  private mutating func add(
    _ cell: ReportCell, kind: ReportColumn.Kind, col: Int, mark: CellMark? = nil
  ) {
    let suffix = mark.map { " " + $0.symbol } ?? ""
    switch cell {
    case .text(let value):
      text(mark == nil ? value : value + suffix, .base(kind == .status ? .status : .text), col)
    case .integer(let value): number(Double(value), .base(.integer), mark, col)
    case .year(let year): number(Double(year), .base(.year), mark, col)
    case .number(let value, let lowerBound):
      number(value, .base(.number(value, lowerBound: lowerBound)), mark, col)
    case .percent(let value, let lowerBound):
      number(value, .base(.percent(lowerBound: lowerBound)), mark, col)
    case .usd(let value): number(value, .base(.usd), mark, col)
    case .points(let value): number(value, .base(.points), mark, col)
    case .date(let date):
      self.date(date, .base(kind == .text ? .textDate : .date), mark, suffix, col)
    case .status(let status): text(status.label + suffix, .base(.status), col)
    case .empty: return
    case .marked(let inner, let mark): add(inner, kind: kind, col: col, mark: mark)
    case .signed(let inner):
      guard let value = inner.figure, let base = XLSXCellStyle.of(inner, kind: kind) else {
        return add(inner, kind: kind, col: col, mark: mark)
      }
      number(value, .signed(base), mark, col)
    }
  }

  /// Adds text (never a formula); empty text writes nothing.
  private mutating func text(_ text: String, _ style: XLSXCellStyle, _ col: Int) {
    if text.isEmpty { return }
    let outcome = cells.append(col: col, .text(text), format: format(style))
    if !outcome.isUnchanged { notes.append(.changed(col: col, outcome)) }
  }

  /// Adds a number; a non-finite one (which Excel cannot store) leaves the cell empty and is
  /// noted, rather than becoming text. Its format is created either way.
  private mutating func number(
    _ value: Double, _ style: XLSXCellStyle, _ mark: CellMark?, _ col: Int
  ) {
    let format = format(style.marked(mark))
    guard value.isFinite else {
      notes.append(.nonFinite(col: col, value))
      return
    }
    cells.append(col: col, .number(value), format: format)
  }

  /// Adds a date cell; a date before 1900, which Excel cannot hold, is added as ISO text and
  /// noted. Its date format is created either way.
  private mutating func date(
    _ date: CalendarDate, _ style: XLSXCellStyle, _ mark: CellMark?, _ suffix: String,
    _ col: Int
  ) {
    let format = format(style.marked(mark))
    guard date.year >= 1900 else {
      notes.append(.before1900(col: col, date))
      text(date.description + suffix, .base(.status), col)
      return
    }
    let value = CellDate(year: date.year, month: date.month, day: date.day)
    cells.append(col: col, .date(value), format: format)
  }

  /// The format number of `style`.
  private mutating func format(_ style: XLSXCellStyle) -> Int {
    if case .base(let base) = style { return base.rawValue }
    extraStyles.append(style)
    return Self.extraFormat + extraStyles.count - 1
  }
}
