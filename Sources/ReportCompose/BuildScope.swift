import ReportKernel

/// What one report covers: every enabled forum (the consolidated report) or one forum (its
/// section), with the lookups the parts share. Every list it returns is in a stable order:
/// strategy order for areas and components, registry order for fora, source order for a
/// forum's activities.
struct BuildScope {
  /// The analysis of the period.
  let analysis: PeriodAnalysis
  /// The fora the report covers, in registry order.
  let forums: [ForumAnalysis]
  /// The forum id, for a section.
  let sectionForum: String?

  /// The strategy framework.
  var strategy: Strategy { analysis.workspace.strategy }
  /// The member economies.
  var economies: EconomyList { analysis.workspace.economies }
  /// The period reported on.
  var period: Period { analysis.period }
  /// The period compared with.
  var previousPeriod: Period? { analysis.previousPeriod }
  /// Whether the report names economies in the fora's shortfall lists (config).
  var nameEconomies: Bool { analysis.workspace.config.nameEconomies }
  /// True for a forum section.
  var isSection: Bool { sectionForum != nil }

  /// The fora whose submission arrived and could be read.
  var received: [ForumAnalysis] { forums.filter { $0.timeliness.isReceived } }

  /// The fora without a readable submission.
  var notReceived: [ForumAnalysis] { forums.filter { !$0.timeliness.isReceived } }

  /// "4 of 5 fora reported" (or "SCCP reported" / "no submission from SCCP" for a section).
  var coverage: String {
    if let sectionForum {
      return received.isEmpty ? "no submission from \(sectionForum)" : "\(sectionForum) reported"
    }
    return "\(received.count) of \(forums.count) fora reported"
  }

  /// The validation findings the report shows: every finding for the consolidated report,
  /// the forum's own for a section; sorted for display.
  var findings: [Diagnostic] {
    isSection ? forums.flatMap(\.diagnostics).sortedForDisplay() : analysis.diagnostics
  }

  /// Every indicator result of the covered fora, forum by forum in catalogue order.
  var results: [IndicatorResult] { forums.flatMap(\.results) }

  /// Every activity of the covered fora, forum by forum in source order.
  var activities: [(forum: ForumAnalysis, activity: Activity)] {
    forums.flatMap { forum in (forum.submission?.activities ?? []).map { (forum, $0) } }
  }

  /// The areas and components the report shows: all of them in the consolidated report; for a
  /// section, those the forum leads, declares or reported on. Areas left empty are dropped.
  var areas: [(area: Strategy.Area, components: [Strategy.Component])] {
    strategy.areas.compactMap { area in
      let components = area.components.filter(isShown)
      return components.isEmpty ? nil : (area, components)
    }
  }

  private func isShown(_ component: Strategy.Component) -> Bool {
    guard let forum = forums.first, isSection else { return true }
    return component.leads.contains(forum.descriptor.id)
      || forum.descriptor.components.contains(component.id)
      || contributes(forum, to: component.id)
  }

  /// True when `forum` has a narrative, a reported or derived value, an activity or a
  /// contributed section for `component`.
  func contributes(_ forum: ForumAnalysis, to component: String) -> Bool {
    guard let submission = forum.submission else { return false }
    return submission.narrative(for: component) != nil
      || forum.results.contains { $0.definition.component == component && $0.hasValue }
      || submission.activities.contains { $0.component == component }
      || forum.sections.contains { $0.component == component }
  }

  /// The covered fora contributing to `component`: its leads first (in lead order), then the
  /// others in registry order.
  func contributors(to component: Strategy.Component) -> [ForumAnalysis] {
    let contributing = forums.filter { contributes($0, to: component.id) }
    let leads = component.leads.compactMap { id in
      contributing.first { $0.descriptor.id == id }
    }
    return leads + contributing.filter { !component.leads.contains($0.descriptor.id) }
  }

  /// Components of the whole strategy nobody in the covered fora reported on.
  var componentsWithoutContribution: [Strategy.Component] {
    areas.flatMap(\.components).filter { component in
      !forums.contains { contributes($0, to: component.id) }
    }
  }

  /// The title of component `id`, or the id itself.
  func componentTitle(_ id: String) -> String { strategy.component(id)?.title ?? id }

  /// The display name of partner `id` (`WCO` → "World Customs Organization").
  func partnerName(_ id: String) -> String {
    strategy.partners.first { $0.id == id }?.name ?? id
  }

  /// The header for change columns: "Change vs 2025".
  var changeTitle: String? { previousPeriod.map { "Change vs \($0.id)" } }

  /// The sentence naming the compared windows.
  var comparisonNote: String? {
    previousPeriod.map { previous in
      "Change vs \(previous.id): \(Prose.period(period)) compared with \(Prose.period(previous)), like for"
        + " like: per-economy figures are compared over the economies reporting in both"
        + " periods, and only where both periods have a value."
    }
  }
}

extension IndicatorResult {
  /// True when the result has a number or a text value.
  var hasValue: Bool { actual != nil || textValue != nil }
}

extension Array where Element == ForumAnalysis {
  /// The forum ids joined with ", ".
  var idList: String { map(\.descriptor.id).joined(separator: ", ") }
}
