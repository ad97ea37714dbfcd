/// Computes indicator results: rolls per-economy values up, takes derived values from the
/// module, measures progress from baseline towards target (respecting direction, never
/// clamped), assigns status from the configured thresholds, and compares like for like with
/// the previous period.
public struct IndicatorEngine: Sendable {
  /// Baselines and targets.
  public let targets: TargetTable
  /// Progress at or above which an indicator is on track.
  public let onTrack: Double
  /// Progress at or above which an indicator is at risk.
  public let atRisk: Double

  /// Creates an engine.
  public init(targets: TargetTable, onTrack: Double, atRisk: Double) {
    self.targets = targets
    self.onTrack = onTrack
    self.atRisk = atRisk
  }

  /// The results of every indicator of `forum` for `period`.
  public func results(
    forum: ForumDescriptor, period: Period, current: Submission?, previous: Submission?,
    derived: [DerivedValue], previousDerived: [DerivedValue],
    derivedComparisons: [String: DerivedComparison] = [:]
  ) -> [IndicatorResult] {
    forum.indicators.map { definition in
      let now = measure(definition, submission: current, derived: derived, commonWith: nil)
      let before = measure(
        definition, submission: previous, derived: previousDerived, commonWith: nil)
      let reportedNow = economiesReported(definition, current)
      let reportedBefore = economiesReported(definition, previous)
      var comparison = PeriodComparison(now: now, before: before)
      comparison.withheld = current?.indicator(definition.id)?.withheld ?? []
      if let compared = derivedComparisons[definition.id] {
        comparison.entered = compared.entered
        comparison.left = compared.left
        comparison.commonNow = compared.commonNow.map(Self.measurement)
        comparison.commonBefore = compared.commonBefore.map(Self.measurement)
      } else if let reportedNow, let reportedBefore, !reportedNow.isSame(as: reportedBefore) {
        comparison.entered = reportedNow.subtracting(reportedBefore).sorted()
        comparison.left = reportedBefore.subtracting(reportedNow).sorted()
        comparison.commonBefore = measure(
          definition, submission: previous, derived: previousDerived, commonWith: reportedNow)
        comparison.commonNow = measure(
          definition, submission: current, derived: derived, commonWith: reportedBefore)
      }
      return result(definition, forum: forum.id, period: period, comparison: comparison)
    }
  }

  private func result(
    _ definition: IndicatorDefinition, forum: String, period: Period,
    comparison: PeriodComparison
  ) -> IndicatorResult {
    let now = comparison.now
    var notes = now.notes
    if !comparison.withheld.isEmpty {
      notes.append("figure withheld: the forum's submission has errors in it")
    }
    let plan = targets.plan(definition.id)
    let baseline = targets.baseline(definition.id)
    let target = targets.target(definition.id, period: period.id)
    var progress: Double?
    var status = IndicatorStatus.noData
    if let actual = now.number, definition.direction != .none {
      if let baseline, let target {
        progress = Self.progress(
          actual: actual, baseline: baseline, target: target, direction: definition.direction)
      } else {
        notes.append("no \(baseline == nil ? "baseline" : "target") set for \(period.id)")
      }
    }
    if let progress {
      status = self.status(progress)
    } else if now.number != nil || now.text != nil {
      status = .notAssessed
    }
    let change = comparison.change(kind: definition.changeKind)
    if change.previousIsLowerBound {
      notes.append("the previous figure is a lower bound, so the change is approximate")
    }
    return IndicatorResult(
      definition: definition, forum: forum, actual: now.number, numerator: now.numerator,
      denominator: now.denominator, textValue: now.text, isLowerBound: now.lowerBound,
      baseline: baseline, target: target, progress: progress, status: status,
      previous: change.previous, change: change.total,
      likeForLikeChange: change.likeForLike, isChangeLowerBound: change.isLowerBound,
      joined: change.joined, left: change.left,
      quality: now.number != nil || now.text != nil ? now.quality : .reported,
      previousQuality: change.previous == nil ? .reported : comparison.before.quality,
      baselinePeriod: baseline == nil ? nil : plan?.baselinePeriod,
      baselineQuality: baseline == nil ? .reported : plan?.baselineQuality ?? .reported,
      targetSource: target == nil ? nil : plan?.source,
      targetQuality: target == nil ? .reported : plan?.quality ?? .reported,
      economiesReported: definition.breakdown == .byEconomy ? now.economies : nil,
      provenance: now.provenance, withheld: comparison.withheld, notes: notes,
      details: now.details)
  }

  /// Share of the way from baseline to target, in decimal arithmetic (``ExactFigures``), so a
  /// target met exactly is 1. Equal baseline and target, a target behind the baseline (below it
  /// where higher is better: the share of the way would be negative for a figure beating it),
  /// or a share past any figure: 1 when the actual is at or beyond the target in the better
  /// direction, else 0.
  public static func progress(
    actual: Double, baseline: Double, target: Double, direction: IndicatorDefinition.Direction
  ) -> Double? {
    guard direction != .none else { return nil }
    guard !direction.isBehind(target, baseline: baseline),
      let share = ExactFigures.progress(actual: actual, baseline: baseline, target: target)
    else {
      let reached =
        direction == .higher
        ? ExactFigures.atLeast(actual, target) : ExactFigures.atMost(actual, target)
      return reached ? 1 : 0
    }
    return share
  }

  /// The status of `progress` against the thresholds: a progress exactly on a threshold (within
  /// ``ExactFigures/tolerance``) takes that threshold's status.
  public func status(_ progress: Double) -> IndicatorStatus {
    if ExactFigures.atLeast(progress, onTrack) { return .onTrack }
    if ExactFigures.atLeast(progress, atRisk) { return .atRisk }
    return .offTrack
  }

  /// A derived value as a measurement, with its provenance.
  static func measurement(_ value: DerivedValue) -> Measurement {
    var measurement = Measurement(value: value.value, lowerBound: value.isLowerBound)
    measurement.provenance = value.provenance
    return measurement
  }

  private func economiesReported(
    _ definition: IndicatorDefinition, _ submission: Submission?
  ) -> EconomyCodeSet? {
    guard definition.breakdown == .byEconomy, let report = submission?.indicator(definition.id),
      !report.byEconomy.isEmpty
    else { return nil }
    return report.economyCodes
  }

  private func measure(
    _ definition: IndicatorDefinition, submission: Submission?, derived: [DerivedValue],
    commonWith: EconomyCodeSet?
  ) -> Measurement {
    if definition.isDerived {
      guard let value = derived.first(where: { $0.indicator == definition.id }) else {
        return Measurement()
      }
      var measurement = Self.measurement(value)
      measurement.quality = submission?.quality(of: value.provenance) ?? .reported
      measurement.notes = [value.explanation]
      measurement.details = value.details
      return measurement
    }
    guard let report = submission?.indicator(definition.id), !report.isEmpty else {
      return Measurement()
    }
    return RollUp.measure(definition, report, only: commonWith)
  }
}
