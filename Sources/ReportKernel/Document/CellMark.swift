/// A mark on a figure a reader must not take as measured: illustrative (invented to
/// illustrate), an estimate, or one whose values were partly withheld for errors. A marked
/// cell keeps its type (a number stays a number); the mark shows beside it as a short symbol,
/// and each table that shows one explains it once in a note.
public enum CellMark: String, Sendable, Hashable, Codable, CaseIterable {
  /// Invented to illustrate (`quality: illustrative`).
  case illustrative
  /// The forum's own estimate (`quality: estimate`).
  case estimate
  /// Some of the values behind the figure failed validation and were withheld.
  case withheld

  /// The symbol shown after the figure: "†", "‡", "§".
  public var symbol: String {
    switch self {
    case .illustrative: "†"
    case .estimate: "‡"
    case .withheld: "§"
    }
  }

  /// The mark of a figure of `quality`; nil for reported figures, which carry none.
  public init?(_ quality: Quality) {
    switch quality {
    case .reported: return nil
    case .estimate: self = .estimate
    case .illustrative: self = .illustrative
    }
  }
}

extension ReportCell {
  /// This cell marked with `mark`; unchanged when `mark` is nil or the cell is empty.
  public func marked(_ mark: CellMark?) -> ReportCell {
    guard let mark, self != .empty else { return self }
    if case .marked(let inner, _) = self { return .marked(inner, mark) }
    return .marked(self, mark)
  }

  /// This cell marked for a figure of `quality` (nothing when it is reported).
  public func marked(_ quality: Quality) -> ReportCell { marked(CellMark(quality)) }

  /// The cell without its mark.
  public var unmarked: ReportCell {
    if case .marked(let inner, _) = self { return inner }
    return self
  }

  /// The cell's mark, if it has one.
  public var mark: CellMark? {
    if case .marked(_, let mark) = self { return mark }
    return nil
  }
}
