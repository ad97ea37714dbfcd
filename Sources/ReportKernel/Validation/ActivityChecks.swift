/// Checks of a submission's activities: unique ids, known components, pillars, economies,
/// partners and fora.
struct ActivityChecks {
  let validator: SubmissionValidator

  func check(_ activities: [Activity]) -> [Diagnostic] {
    var findings: [Diagnostic] = []
    var seen: [String: SourceLocation] = [:]
    let components = validator.strategy.components.map(\.id)
    let pillars = validator.strategy.pillars.map(\.id)
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
      let owner = " in activity '\(activity.id)'"
      if !components.contains(activity.component) {
        findings.append(
          .error(
            "unknown component '\(activity.component)'\(owner)"
              + SubmissionValidator.listing(activity.component, components, "components"),
            at: activity.itemLocations["component"]?.first ?? at,
            code: "submission.unknown_component"))
      }
      findings += validator.unknownIDs(
        activity.pillars, among: pillars, what: "pillar",
        at: { activity.location(of: "pillars", item: $0) }, in: owner)
      for key in ["economies", "beneficiaries"] {
        let written = key == "economies" ? activity.economies : activity.beneficiaries
        for (index, code) in written.enumerated() where !validator.economies.isMember(code) {
          findings.append(
            .error(
              "unknown economy code '\(code)' in '\(key)' of activity '\(activity.id)'"
                + validator.economies.advice(for: code),
              at: activity.location(of: key, item: index), code: "submission.unknown_economy_code"))
        }
      }
      findings += validator.unknownIDs(
        activity.fora, among: validator.knownForums, what: "forum",
        at: { activity.location(of: "fora", item: $0) }, in: owner)
      if activity.fora.contains(validator.forum.id) {
        findings.append(
          .warning(
            "activity '\(activity.id)' lists its own forum under 'fora'; list the other fora",
            at: at, code: "submission.self_forum"))
      }
      for (index, partner) in activity.partners.enumerated() where !partners.contains(partner) {
        let named = validator.strategy.partners.first {
          $0.name.lowercased() == partner.trimmingSpaces.lowercased()
            || $0.id.lowercased() == partner.trimmingSpaces.lowercased()
        }
        findings.append(
          .warning(
            "partner '\(partner)'\(owner) is not in config/strategy.yaml"
              + (named.map { "; write its id '\($0.id)' (\($0.name))" }
                ?? SubmissionValidator.listing(partner, partners, "partner ids")),
            at: activity.location(of: "partners", item: index), code: "submission.unknown_partner"))
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
