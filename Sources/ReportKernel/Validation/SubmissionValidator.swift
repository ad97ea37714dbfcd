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
    let at = { (key: String) in submission.keyLocations[key] ?? header }
    if !submission.forum.isEmpty, submission.forum != forum.id {
      findings.append(
        .error(
          "this file is \(forum.id)'s submission, but its header names forum"
            + " '\(submission.forum)'; write 'forum: \(forum.id)'", at: at("forum"),
          code: "submission.forum_mismatch"))
    }
    if !submission.period.isEmpty, submission.period != period.id {
      findings.append(
        .error(
          "this file is filed under period '\(period.id)', but its header names period"
            + " '\(submission.period)'; write 'period: \"\(period.id)\"'", at: at("period"),
          code: "submission.period_mismatch"))
    }
    // A date written but malformed is reported where it is written, not as missing.
    if submission.status != .draft, submission.keyLocations["submitted_on"] == nil {
      findings.append(
        .warning(
          "status is '\(submission.status.rawValue)' but 'submitted_on' is missing; add"
            + " 'submitted_on: YYYY-MM-DD', the date you send it", at: at("status"),
          code: "submission.date_missing"))
    }
    let components = strategy.components.map(\.id)
    for narrative in submission.narratives where !components.contains(narrative.component) {
      findings.append(
        .error(
          "unknown component '\(narrative.component)' under 'narrative'"
            + Self.listing(narrative.component, forum.components, "\(forum.id)'s components"),
          at: narrative.location, code: "submission.unknown_component"))
    }
    let values = IndicatorChecks(forum: forum, economies: economies)
    findings += values.check(submission.indicators)
    findings += missingIndicators(submission, file: file, header: header)
    findings += ActivityChecks(validator: self).check(submission.activities)
    for proposal in submission.agenda.crossFora {
      findings += unknownIDs(
        proposal.with, among: knownForums, what: "forum",
        at: {
          proposal.withLocations.indices.contains($0)
            ? proposal.withLocations[$0] : proposal.location
        })
      if let link = proposal.sameAs {
        findings += unknownIDs(
          [link.forum], among: knownForums, what: "forum", at: { _ in link.forumLocation },
          in: " in 'same_as'")
      }
    }
    return findings
  }

  private func missingIndicators(
    _ submission: Submission, file: String, header: SourceLocation
  ) -> [Diagnostic] {
    forum.indicators.filter { !$0.isDerived }.flatMap { definition -> [Diagnostic] in
      if let report = submission.indicator(definition.id), !report.isEmpty {
        return report.blankEconomies.map { code, location in
          let message =
            "no value yet for \(economies.economy(code)?.name ?? code) ('\(code)') in"
            + " '\(definition.id)'"
          return submission.status == .draft
            ? .warning(message, at: location, code: "submission.missing_value")
            : .error(
              message + "; fill it in, or delete the line if there is no figure",
              at: location, code: "submission.missing_value")
        }
      }
      return missing(definition, submission, header: header).map { [$0] } ?? []
    }
  }

  private func missing(
    _ definition: IndicatorDefinition, _ submission: Submission, header: SourceLocation
  ) -> Diagnostic? {
    if let report = submission.indicator(definition.id) {
      guard report.isEmpty else { return nil }
      // Blanks are expected in a draft; a submitted file must be complete.
      let message = "no value yet for '\(definition.id)' (\(definition.title))"
      return submission.status == .draft
        ? .warning(message, at: report.location, code: "submission.missing_value")
        : .error(
          message + "; fill it in, or delete the entry if there is no figure (it then shows"
            + " as 'no data')", at: report.location, code: "submission.missing_value")
    }
    return .warning(
      "no value for '\(definition.id)' (\(definition.title)); it will show as 'no data'",
      at: submission.keyLocations["indicators"] ?? header,
      code: "submission.missing_indicator")
  }

  /// Errors for each id in `ids` not in `known`, with a suggestion or the valid ids, each at
  /// the place `location` gives for its index.
  func unknownIDs(
    _ ids: [String], among known: [String], what: String,
    at location: (Int) -> SourceLocation, in owner: String = ""
  ) -> [Diagnostic] {
    ids.enumerated().filter { !known.contains($0.element) }.map { index, id in
      .error(
        "unknown \(what) '\(id)'\(owner)"
          + Self.listing(id, known, "\(what == "forum" ? "fora" : what + "s")"),
        at: location(index), code: "submission.unknown_\(what.replacingSpaces())")
    }
  }

  /// ` (did you mean 'x'?)`, or `; the <what> are a, b, c` when nothing is close.
  static func listing(_ word: String, _ known: [String], _ what: String) -> String {
    if let close = Suggestion.closest(to: word, in: known) { return " (did you mean '\(close)'?)" }
    return known.isEmpty ? "" : "; \(what): \(known.joined(separator: ", "))"
  }
}

extension String {
  fileprivate func replacingSpaces() -> String {
    String(map { $0 == " " ? "_" : $0 })
  }
}
