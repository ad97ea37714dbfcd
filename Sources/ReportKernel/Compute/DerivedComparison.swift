/// A derived figure compared like for like: the economies whose values it was computed from in
/// each period (read from its provenance), and, where they differ, the figure recomputed in
/// both periods from only the economies behind it in both.
public struct DerivedComparison: Sendable {
  /// Economies behind the figure now and not before (codes, sorted).
  public var entered: [String]
  /// Economies behind the figure before and not now (codes, sorted).
  public var left: [String]
  /// This period's figure over the common economies.
  public var commonNow: DerivedValue?
  /// The previous period's figure over the common economies.
  public var commonBefore: DerivedValue?

  /// The comparisons of the figures `derive` makes from `current` and `previous`, by
  /// indicator id; only for figures present in both periods whose economies differ.
  static func compare(
    derived: [DerivedValue], previousDerived: [DerivedValue], current: Submission,
    previous: Submission, derive: (Submission, Submission) -> ([DerivedValue], [DerivedValue])
  ) -> [String: DerivedComparison] {
    var found: [String: (now: EconomyCodeSet, before: EconomyCodeSet)] = [:]
    for value in derived {
      guard let earlier = previousDerived.first(where: { $0.indicator == value.indicator })
      else { continue }
      let now = economies(behind: value, in: current)
      let before = economies(behind: earlier, in: previous)
      guard !now.isEmpty, !before.isEmpty, !now.isSame(as: before) else { continue }
      found[value.indicator] = (now, before)
    }
    guard !found.isEmpty else { return [:] }
    var comparisons: [String: DerivedComparison] = [:]
    for (indicator, sets) in found {
      let common = sets.now.intersection(sets.before)
      let (now, before) = derive(
        current.restricted(to: common), previous.restricted(to: common))
      comparisons[indicator] = DerivedComparison(
        entered: sets.now.subtracting(sets.before).sorted(),
        left: sets.before.subtracting(sets.now).sorted(),
        commonNow: now.first { $0.indicator == indicator },
        commonBefore: before.first { $0.indicator == indicator })
    }
    return comparisons
  }

  /// The economies whose per-economy values `value` was computed from.
  static func economies(behind value: DerivedValue, in submission: Submission) -> EconomyCodeSet {
    let places = LocationSet(value.provenance)
    var economies: [String] = []
    for report in submission.indicators {
      for entry in report.byEconomy where places.contains(entry.datum.location) {
        economies.append(entry.economy)
      }
    }
    return EconomyCodeSet(economies)
  }
}

extension Submission {
  /// This submission with only the per-economy values of `economies`.
  func restricted(to economies: EconomyCodeSet) -> Submission {
    var restricted = self
    restricted.indicators = indicators.map { report in
      var report = report
      // One look-up per value; the table is replaced only when a value is left out.
      let kept = report.byEconomy.filter { economies.contains($0.economy) }
      if kept.count != report.byEconomy.count { report.byEconomy = kept }
      return report
    }
    return restricted
  }
}
