/// Checks references between configuration files: enabled and lead fora exist, a calendar
/// has periods.
struct CrossReferenceCheck {
  let registered: [String]

  func check(_ config: WorkspaceConfig, _ strategy: Strategy) -> [Diagnostic] {
    var findings: [Diagnostic] = []
    for component in strategy.components {
      for lead in component.leads where !registered.contains(lead) {
        findings.append(
          .error(
            "component '\(component.id)' names unknown lead forum '\(lead)'"
              + Suggestion.didYouMean(lead, in: registered),
            at: component.location, code: "config.unknown_forum"))
      }
    }
    for forum in config.enabledForums ?? [] where !registered.contains(forum) {
      findings.append(
        .error(
          "'forums' enables unknown forum '\(forum)'"
            + Suggestion.didYouMean(forum, in: registered),
          at: SourceLocation(file: "config/ctst.yaml"), code: "config.unknown_forum"))
    }
    if config.periods.isEmpty {
      findings.append(
        .error(
          "the calendar has no periods; add one under 'calendar.periods'",
          at: SourceLocation(file: "config/ctst.yaml"), code: "config.no_periods"))
    }
    return findings
  }
}
