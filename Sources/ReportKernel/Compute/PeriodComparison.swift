/// How an indicator's change on the previous period is computed, by what it counts.
public enum ChangeKind: String, Sendable, Hashable, Codable {
  /// Economies counted through a yes/no per economy or a list: the difference in counts, with
  /// the economies that joined and left named.
  case membership
  /// A quantity (count, dollars) summed over economies or reported overall: the change in the
  /// total, and, where economies entered or left the reporting, the like-for-like change over
  /// the economies reporting in both periods.
  case quantity
  /// A percentage: as a quantity, in percentage points.
  case points
}

extension IndicatorDefinition {
  /// How this indicator's change on the previous period is computed.
  public var changeKind: ChangeKind {
    if unit == .percentage { return .points }
    switch unit {
    case .economies, .economyList: return .membership
    case .yesNo where breakdown == .byEconomy: return .membership
    default: return rollUp == .countYes && breakdown == .byEconomy ? .membership : .quantity
    }
  }
}

/// An indicator measured in two periods: over everything reported, and, where the economies
/// reporting differ, over those reporting in both.
struct PeriodComparison {
  /// This period, everything reported.
  var now: Measurement
  /// The previous period, everything reported.
  var before: Measurement
  /// This period over the economies reporting in both periods.
  var commonNow: Measurement?
  /// The previous period over the economies reporting in both periods.
  var commonBefore: Measurement?
  /// Economies reporting now but not before (codes, sorted).
  var entered: [String] = []
  /// Economies reporting before but not now (codes, sorted).
  var left: [String] = []
  /// Where the current values that failed validation and were withheld were written.
  var withheld: [SourceLocation] = []

  init(now: Measurement, before: Measurement) {
    self.now = now
    self.before = before
  }

  /// The change by `kind`.
  func change(kind: ChangeKind) -> Change {
    var change = Change()
    guard let new = now.number, let old = before.number else { return change }
    change.previous = old
    change.total = ExactFigures.difference(new, old)
    change.isLowerBound = now.lowerBound
    change.previousIsLowerBound = before.lowerBound
    switch kind {
    case .membership:
      if let now = now.members, let before = before.members {
        let members = EconomyCodeSet(now)
        let earlier = EconomyCodeSet(before)
        change.joined = members.subtracting(earlier).sorted()
        change.left = earlier.subtracting(members).sorted()
      }
    case .quantity, .points:
      change.joined = entered
      change.left = left
      if let common = commonNow?.number, let earlier = commonBefore?.number,
        !entered.isEmpty || !left.isEmpty
      {
        change.likeForLike = ExactFigures.difference(common, earlier)
      }
    }
    return change
  }

  /// A computed change.
  struct Change {
    var previous: Double?
    var total: Double?
    var likeForLike: Double?
    var isLowerBound = false
    var previousIsLowerBound = false
    var joined: [String] = []
    var left: [String] = []
  }
}
