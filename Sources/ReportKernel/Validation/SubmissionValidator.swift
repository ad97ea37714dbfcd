/// The kernel's checks of a decoded submission against the forum's catalogue and the
/// configuration: header matches its file, ids and codes exist, values fit their units.
/// Forum modules add their own checks on top.
public struct SubmissionValidator: Sendable {
  /// The forum's descriptor.
  public let forum: ForumDescriptor
  /// The period the file is filed under.
  public let period: Period
  /// The strategy framework.
  public let strategy: Strategy
  /// The member economies.
  public let economies: EconomyList
  /// Every registered forum id (for `fora:` references).
  public let knownForums: [String]

  /// Creates a validator.
  public init(
    forum: ForumDescriptor, period: Period, strategy: Strategy, economies: EconomyList,
    knownForums: [String]
  ) {
    self.forum = forum
    self.period = period
    self.strategy = strategy
    self.economies = economies
    self.knownForums = knownForums
  }

  /// Every finding about `submission`, errors and warnings.
  public func validate(_ submission: Submission, header: SourceLocation) -> [Diagnostic] {
    var findings: [Diagnostic] = []
    let file = submission.file
    // An empty forum or period is a missing or malformed key, already reported by the decoder.
    if !submission.forum.isEmpty, submission.forum != forum.id {
      findings.append(
        .error(
          "this file is \(forum.id)'s submission, but its header names forum"
            + " '\(submission.forum)'", at: header, code: "submission.forum_mismatch"))
    }
    if !submission.period.isEmpty, submission.period != period.id {
      findings.append(
        .error(
          "this file is filed under period '\(period.id)', but its header names period"
            + " '\(submission.period)'", at: header, code: "submission.period_mismatch"))
    }
    if submission.status != .draft, submission.submittedOn == nil {
      findings.append(
        .warning(
          "status is '\(submission.status.rawValue)' but 'submitted_on' is missing", at: header,
          code: "submission.date_missing"))
    }
    let components = strategy.components.map(\.id)
    for narrative in submission.narratives where !components.contains(narrative.component) {
      findings.append(
        .error(
          "unknown component '\(narrative.component)'"
            + Suggestion.didYouMean(narrative.component, in: forum.components + components),
          at: narrative.location, code: "submission.unknown_component"))
    }
    let values = IndicatorChecks(forum: forum, economies: economies)
    findings += values.check(submission.indicators)
    findings += missingIndicators(submission, file: file, header: header)
    findings += ActivityChecks(validator: self).check(submission.activities)
    for proposal in submission.agenda.crossFora {
      findings += unknownIDs(
        proposal.with, among: knownForums, what: "forum", at: proposal.location)
    }
    return findings
  }

  private func missingIndicators(
    _ submission: Submission, file: String, header: SourceLocation
  ) -> [Diagnostic] {
    forum.indicators.filter { !$0.isDerived }.compactMap { definition in
      if let report = submission.indicator(definition.id) {
        return report.isEmpty
          ? .warning(
            "no value yet for '\(definition.id)' (\(definition.title))", at: report.location,
            code: "submission.missing_value") : nil
      }
      return .warning(
        "no value for '\(definition.id)' (\(definition.title)); it will show as 'no data'",
        at: header, code: "submission.missing_indicator")
    }
  }

  /// Errors for each id in `ids` not in `known`, with a suggestion.
  func unknownIDs(
    _ ids: [String], among known: [String], what: String, at location: SourceLocation
  ) -> [Diagnostic] {
    ids.filter { !known.contains($0) }.map { id in
      .error(
        "unknown \(what) '\(id)'" + Suggestion.didYouMean(id, in: known), at: location,
        code: "submission.unknown_\(what.replacingSpaces())")
    }
  }
}

extension String {
  fileprivate func replacingSpaces() -> String {
    String(map { $0 == " " ? "_" : $0 })
  }
}
