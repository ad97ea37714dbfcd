/// Baselines and targets of indicators, from `config/targets/<FORUM>.yaml`.
public struct TargetTable: Sendable, Hashable {
  /// One indicator's plan.
  public struct Plan: Sendable, Hashable {
    /// The starting value (a share 0–1 for percentages).
    public var baseline: Double?
    /// The period the baseline describes.
    public var baselinePeriod: String?
    /// Targets per period id (shares 0–1 for percentages).
    public var targets: [String: Double]
    /// Where the plan is written.
    public var location: SourceLocation?
    /// Where the targets come from ("forum work plan", "strategy", "illustrative").
    public var source: String?
    /// How far the targets can be trusted (`quality:`).
    public var quality: Quality = .reported
    /// How far the baseline can be trusted (`baseline_quality:`).
    public var baselineQuality: Quality = .reported
  }

  /// Plans by indicator id.
  public private(set) var plans: [String: Plan] = [:]

  /// Creates an empty table.
  public init() {}

  /// Records the plan for `indicator`.
  public mutating func set(_ plan: Plan, for indicator: String) {
    plans[indicator] = plan
  }

  /// Records every plan of `other`, in place of any plan of the same indicator.
  public mutating func add(_ other: TargetTable) {
    plans.merge(other.plans) { _, new in new }
  }

  /// The baseline of `indicator`.
  public func baseline(_ indicator: String) -> Double? { plans[indicator]?.baseline }

  /// The plan of `indicator`, if any.
  public func plan(_ indicator: String) -> Plan? { plans[indicator] }

  /// The target of `indicator` for `period`.
  public func target(_ indicator: String, period: String) -> Double? {
    plans[indicator]?.targets[period]
  }
}

/// Decodes one `config/targets/<FORUM>.yaml` file.
public enum TargetsDecoder {
  /// Decodes the file of `forum` against its catalogue, adding its plans to `table`.
  public static func decode(
    _ reader: ValueReader, forum: ForumDescriptor, periods: [Period], into table: inout TargetTable
  ) {
    guard let top = reader.mapping(allowedKeys: ["version", "forum", "indicators"]) else { return }
    defer { top.finish() }
    VersionCheck.check(top)
    if let forumReader = top.optional("forum"), let named = forumReader.writtenText(),
      named != forum.id
    {
      forumReader.fail(
        "this file holds targets of \(forum.id), but names forum '\(named)'",
        code: "targets.forum")
    }
    let periodIDs = periods.map(\.id)
    for (id, keyLocation, value) in top.optional("indicators")?.entries() ?? [] {
      guard let definition = forum.indicator(id) else {
        reader.context.add(
          .error(
            "unknown indicator '\(id)' for \(forum.id)"
              + Suggestion.didYouMean(id, in: forum.indicators.map(\.id)),
            at: keyLocation, code: "targets.unknown_indicator"))
        continue
      }
      guard
        let map = value.mapping(allowedKeys: [
          "baseline", "baseline_period", "baseline_quality", "targets", "source", "quality",
        ])
      else { continue }
      defer { map.finish() }
      let unit = definition.unit.semantics
      var plan = TargetTable.Plan(targets: [:], location: map.location)
      let baseline = map.optional("baseline")?.number()
      plan.baseline = baseline.map(unit.storedFigure)
      plan.baselinePeriod = map.optional("baseline_period")?.nonEmptyString()
      plan.source = map.optional("source")?.nonEmptyString()
      plan.quality = map.optional("quality")?.oneOf(Quality.self) ?? .reported
      plan.baselineQuality = map.optional("baseline_quality")?.oneOf(Quality.self) ?? .reported
      for (period, location, target) in map.optional("targets")?.entries() ?? [] {
        guard periodIDs.contains(period) else {
          reader.context.add(
            .error(
              "unknown period '\(period)'" + Suggestion.didYouMean(period, in: periodIDs),
              at: location, code: "targets.unknown_period"))
          continue
        }
        if let number = target.number() {
          plan.targets[period] = unit.storedFigure(written: number)
          let direction = definition.direction
          if let baseline, direction.isBehind(number, baseline: baseline) {
            let (side, better) = direction == .higher ? ("below", "more") : ("above", "less")
            reader.context.add(
              .warning(
                "the \(period) target of '\(id)' (\(NumberText.plain(number))) is \(side) its"
                  + " baseline (\(NumberText.plain(baseline))), but \(better) is better: the"
                  + " baseline already meets it; check the target",
                at: location, code: "targets.behind_baseline"))
          }
        }
      }
      table.set(plan, for: id)
    }
  }
}
