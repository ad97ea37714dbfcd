/// The checks an analyst makes on one forum's submission before a report goes out: a count
/// that does not match the activities listed, implausible values, an economy silent this
/// period that answered the last, unfinished text, and last period's activities carried over
/// unchanged. Every finding is a warning at the place to fix, except unfinished text in a
/// submitted file (an error).
public struct AnalystChecks: Sendable {
  /// The forum's catalogue.
  public let forum: ForumDescriptor
  /// The member economies.
  public let economies: EconomyList
  /// The period reported on.
  public let period: Period
  /// The previous period, if any.
  public let previousPeriod: Period?

  /// Creates the checks.
  public init(
    forum: ForumDescriptor, economies: EconomyList, period: Period, previousPeriod: Period?
  ) {
    self.forum = forum
    self.economies = economies
    self.period = period
    self.previousPeriod = previousPeriod
  }

  /// Every finding on `submission` (with last period's `previous`) and its computed `results`.
  public func check(
    _ submission: Submission, previous: Submission?, results: [IndicatorResult]
  ) -> [Diagnostic] {
    activityCounts(submission) + results.flatMap(plausibility)
      + silentEconomies(submission, previous: previous)
      + UnfinishedText.check(submission)
      + carriedOver(submission, previous: previous)
  }

  /// A count declaring which activities it counts, against the activities listed.
  func activityCounts(_ submission: Submission) -> [Diagnostic] {
    forum.indicators.compactMap { definition -> Diagnostic? in
      guard let rule = definition.countsActivities,
        let datum = submission.indicator(definition.id)?.overall,
        case .number(let reported) = datum.value
      else { return nil }
      let listed = submission.activities.filter(rule.counts)
      guard !ExactFigures.equal(reported, Double(listed.count)) else { return nil }
      let ids = listed.isEmpty ? "" : " (\(listed.map(\.id).joined(separator: ", ")))"
      return .warning(
        "'\(definition.id)' reports \(NumberText.plain(reported)) \(definition.title.lowercasedFirst),"
          + " but the submission lists \(listed.count) such completed or ongoing"
          + " \(Wording.agree(listed.count, "activity", "activities"))\(ids); list each one under"
          + " 'activities:' or correct the count", at: datum.location,
        code: "analyst.activity_count")
    }
  }

  /// A value far beyond its target and baseline, more economies than exist, or a share above
  /// 100% of what was reported (a growth rate above 100% is no share). (A submitted value counting more economies than exist, or a
  /// submitted share over 100%, is already an error; here it is the computed figure.)
  public func plausibility(_ result: IndicatorResult) -> [Diagnostic] {
    guard let actual = result.actual, let at = result.provenance.first else { return [] }
    let id = result.definition.id
    let computed = result.definition.isDerived || result.definition.breakdown == .byEconomy
    var findings: [Diagnostic] = []
    if computed, result.definition.unit == .economies, actual > Double(economies.count) {
      findings.append(
        .warning(
          "'\(id)' counts \(NumberText.plain(actual)) economies, but APEC has \(economies.count);"
            + " check the list", at: at, code: "analyst.implausible"))
    }
    // A growth rate is no share: 305% growth is a figure, not a numerator over its whole.
    if computed, result.definition.unit == .percentage, !result.definition.isGrowth,
      !ExactFigures.atMost(actual, 1)
    {
      let of =
        result.numerator.flatMap { top in
          result.denominator.map { " (\(NumberText.plain(top)) of \(NumberText.plain($0)))" }
        } ?? ""
      findings.append(
        .warning(
          "'\(id)' is a share above 100% of what was reported\(of); the numerator cannot"
            + " exceed the denominator", at: at, code: "analyst.implausible"))
    }
    let references = [result.baseline, result.target].compactMap { $0 }
    if [.count, .usd].contains(result.definition.unit), references.count == 2,
      let largest = references.max(), largest > 0,
      actual > Self.implausibleFactor * largest
    {
      findings.append(
        .warning(
          "'\(id)' is \(NumberText.plain(actual)), more than \(NumberText.plain(Self.implausibleFactor)) times"
            + " both its target (\(NumberText.plain(result.target ?? 0))) and its baseline"
            + " (\(NumberText.plain(result.baseline ?? 0))); check the figure and its unit", at: at,
          code: "analyst.implausible"))
    }
    return findings
  }

  /// A value more than this many times both target and baseline is implausible.
  static let implausibleFactor = 10.0

  /// Economies that answered a per-economy indicator last period and are silent now.
  func silentEconomies(_ submission: Submission, previous: Submission?) -> [Diagnostic] {
    guard let previous, let previousPeriod else { return [] }
    return forum.indicators.filter { $0.breakdown == .byEconomy && !$0.isDerived }
      .compactMap { definition -> Diagnostic? in
        // An economy left out and one written blank are both silent (a blank in a submitted
        // file is already an error of its own, so it is not named twice).
        guard let now = submission.indicator(definition.id),
          let before = previous.indicator(definition.id)
        else { return nil }
        let answered =
          now.blankEconomies.isEmpty
          ? now.economyCodes
          : EconomyCodeSet(now.byEconomy.map(\.economy) + now.blankEconomies.map(\.0))
        let silent = before.economyCodes.subtracting(answered)
          .filter { economies.isMember($0) }
        guard !silent.isEmpty else { return nil }
        let names = economies.nameList(silent)
        return .warning(
          "\(names) answered '\(definition.id)' for \(previousPeriod.id) but not for"
            + " \(period.id); give \(silent.count == 1 ? "its value" : "their values")"
            + " under 'by_economy', or say why in 'comment'", at: now.location,
          code: "analyst.silent_economy")
      }
  }
}
