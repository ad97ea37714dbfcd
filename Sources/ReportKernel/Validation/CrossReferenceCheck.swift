/// Checks references between configuration files: enabled, lead and exported fora exist, a
/// calendar has periods.
struct CrossReferenceCheck {
  let registered: [String]

  func check(_ config: WorkspaceConfig, _ strategy: Strategy) -> [Diagnostic] {
    var findings: [Diagnostic] = []
    for component in strategy.components {
      for lead in component.leads where !registered.contains(lead) {
        findings.append(
          .error(
            "component '\(component.id)' names unknown lead forum '\(TypedName.shown(lead))'"
              + Suggestion.didYouMean(lead, in: registered),
            at: component.location, code: "config.unknown_forum"))
      }
    }
    for forum in config.enabledForums ?? [] where !registered.contains(forum) {
      findings.append(
        .error(
          "'forums' enables unknown forum '\(TypedName.shown(forum))'"
            + Suggestion.didYouMean(forum, in: registered),
          at: config.enabledForumLocations[forum] ?? SourceLocation(file: "config/ctst.yaml"),
          code: "config.unknown_forum"))
    }
    for job in config.exportJobs {
      guard case .forums(let ids) = job.sections else { continue }
      for forum in ids where !registered.contains(forum) {
        findings.append(
          .error(
            "export job '\(job.name)': 'sections' names unknown forum '\(TypedName.shown(forum))'"
              + Suggestion.didYouMean(forum, in: registered) + "; registered forums: "
              + registered.joined(separator: ", "), at: job.sectionsLocation ?? job.location,
            code: "config.unknown_forum"))
      }
      let disabled = ids.filter {
        registered.contains($0) && config.enabledForums?.contains($0) == false
      }
      for forum in disabled {
        findings.append(
          .warning(
            "export job '\(job.name)': 'sections' names \(forum), which 'forums' does not"
              + " enable; its section is not written", at: job.sectionsLocation ?? job.location,
            code: "config.disabled_forum"))
      }
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
