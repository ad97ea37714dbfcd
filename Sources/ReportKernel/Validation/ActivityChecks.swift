/// Checks of a submission's activities: unique ids, known components, pillars, economies,
/// partners and fora.
struct ActivityChecks {
  let validator: SubmissionValidator

  func check(_ activities: [Activity]) -> [Diagnostic] {
    var findings: [Diagnostic] = []
    var seen: [String: SourceLocation] = [:]
    let components = validator.strategy.components.map(\.id)
    let pillars = validator.strategy.pillars.map(\.id)
    let codes = validator.economies.codes
    let partners = validator.strategy.partners.map(\.id)
    for activity in activities {
      let at = activity.location
      if let first = seen[activity.id] {
        findings.append(
          .error(
            "activity id '\(activity.id)' is used twice", at: at,
            code: "submission.duplicate_activity", notes: [.init("first used here", at: first)]))
      } else {
        seen[activity.id] = at
      }
      if !components.contains(activity.component) {
        findings.append(
          .error(
            "unknown component '\(activity.component)' in activity '\(activity.id)'"
              + Suggestion.didYouMean(activity.component, in: components),
            at: at, code: "submission.unknown_component"))
      }
      findings += validator.unknownIDs(activity.pillars, among: pillars, what: "pillar", at: at)
      findings += validator.unknownIDs(
        activity.economies + activity.beneficiaries, among: codes, what: "economy code", at: at)
      findings += validator.unknownIDs(
        activity.fora, among: validator.knownForums, what: "forum", at: at)
      if activity.fora.contains(validator.forum.id) {
        findings.append(
          .warning(
            "activity '\(activity.id)' lists its own forum under 'fora'; list the other fora",
            at: at, code: "submission.self_forum"))
      }
      for partner in activity.partners where !partners.contains(partner) {
        findings.append(
          .warning(
            "partner '\(partner)' is not in config/strategy.yaml"
              + Suggestion.didYouMean(partner, in: partners),
            at: at, code: "submission.unknown_partner"))
      }
      let tags = validator.forum.activityTags
      if !tags.isEmpty {
        for tag in activity.tags where !tags.contains(tag) {
          findings.append(
            .warning(
              "tag '\(tag)' means nothing to \(validator.forum.id); known tags:"
                + " \(tags.joined(separator: ", "))" + Suggestion.didYouMean(tag, in: tags),
              at: at, code: "submission.unknown_tag"))
        }
      }
      if let start = activity.start, let end = activity.end, !activity.falls(in: validator.period) {
        findings.append(
          .warning(
            "activity '\(activity.id)' (\(start) to \(end)) lies outside period"
              + " \(validator.period.id)", at: at, code: "submission.outside_period"))
      }
    }
    return findings
  }
}
