import ReportKernel

/// What one report covers: every enabled forum (the consolidated report) or one forum (its
/// section), with the lookups the parts share. Every list it returns is in a stable order:
/// strategy order for areas and components, registry order for fora, source order for a
/// forum's activities.
///
/// The lists the parts ask for again and again (the activities, the results, the areas…) are
/// worked out once, when the scope is made.
struct BuildScope {
  /// The analysis of the period.
  let analysis: PeriodAnalysis
  /// The fora the report covers, in registry order.
  let forums: [ForumAnalysis]
  /// The forum id, for a section.
  let sectionForum: String?

  /// The fora whose submission arrived and could be read.
  let received: [ForumAnalysis]
  /// The fora without a readable submission.
  let notReceived: [ForumAnalysis]
  /// The validation findings the report shows: every finding for the consolidated report,
  /// the forum's own for a section; sorted for display.
  let findings: [Diagnostic]
  /// Every indicator result of the covered fora, forum by forum in catalogue order.
  let results: [IndicatorResult]
  /// Every activity of the covered fora, forum by forum in source order.
  let activities: [(forum: ForumAnalysis, activity: Activity)]
  /// Every activity counted once: an activity declared `same_as` another covered forum's
  /// activity is left out (the other forum's entry counts for both).
  let countedActivities: [(forum: ForumAnalysis, activity: Activity)]
  /// The ids of the covered fora whose submission is still a draft.
  let draftForums: Set<String>
  /// The areas and components the report shows: all of them in the consolidated report; for a
  /// section, those the forum leads, declares or reported on. Areas left empty are dropped.
  private(set) var areas: [(area: Strategy.Area, components: [Strategy.Component])] = []

  /// The scope of `forums` (one of them, `sectionForum`, for a section).
  init(analysis: PeriodAnalysis, forums: [ForumAnalysis], sectionForum: String?) {
    self.analysis = analysis
    self.forums = forums
    self.sectionForum = sectionForum
    received = forums.filter { $0.timeliness.isReceived }
    notReceived = forums.filter { !$0.timeliness.isReceived }
    findings =
      sectionForum != nil
      ? forums.flatMap(\.diagnostics).sortedForDisplay() : analysis.diagnostics
    results = forums.flatMap(\.results)
    let activities = forums.flatMap { forum in
      (forum.submission?.activities ?? []).map { (forum: forum, activity: $0) }
    }
    self.activities = activities
    let ids = Set(activities.map(\.activity.id))
    countedActivities = activities.filter { entry in
      guard let same = entry.activity.sameAs else { return true }
      return !ids.contains(same)
    }
    draftForums = Set(forums.filter { $0.timeliness == .draft }.map(\.descriptor.id))
    areas = shownAreas()
  }

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

  /// What figures summed over the fora leave out, as a phrase: "no readable submission from
  /// BMG and TEL"; nil when every covered forum reported.
  var coverageGap: String? {
    guard !notReceived.isEmpty else { return nil }
    return "no readable submission from "
      + Prose.list(notReceived.map { acronym($0.descriptor.id) })
  }

  /// The sentence a table of figures summed over the fora adds when some did not report:
  /// "Covers CTWG, TPTWG and SCCP only: no readable submission from BMG and TEL."; nil when
  /// every covered forum reported, since then there is nothing to qualify.
  var coverageNote: String? {
    guard let gap = coverageGap else { return nil }
    guard !received.isEmpty else { return gap.capitalisedFirst + "." }
    return "Covers \(Prose.list(received.map { acronym($0.descriptor.id) })) only: \(gap)."
  }

  /// How many activities were left out as the same joint activity as another forum's.
  var jointDuplicates: Int { activities.count - countedActivities.count }

  /// ``areas``, worked out from the strategy.
  private func shownAreas() -> [(area: Strategy.Area, components: [Strategy.Component])] {
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

  /// How the report shows partner `id`: the acronym the strategy's `acronyms:` gives its name
  /// (`OAS_CICTE` → `OAS/CICTE`), else the id.
  func partnerAcronym(_ id: String) -> String {
    let name = partnerName(id)
    return strategy.acronyms.first { $0.expansion == name }?.short ?? id
  }

  /// The header for change columns: "Change vs 2025".
  var changeTitle: String? { previousPeriod.map { "Change vs \($0.id)" } }

  /// The display name of `forum`: `fora:` in the strategy, else the module's.
  func name(_ forum: ForumAnalysis) -> String {
    strategy.forumName(forum.descriptor.id, fallback: forum.descriptor.name)
  }

  /// The display acronym of forum `id`: `fora:` in the strategy, else the id.
  func acronym(_ id: String) -> String { strategy.forumAcronym(id) }

  /// `block` with a paragraph's attribution (a forum id from a module) as its display acronym.
  func displayingAcronym(_ block: ReportBlock) -> ReportBlock {
    guard case .paragraph(let text, let attribution?, let source) = block else { return block }
    return .paragraph(text: text, attribution: acronym(attribution), source: source)
  }

  /// "Counter-Terrorism Working Group (CTWG)" for `forum`.
  func title(_ forum: ForumAnalysis) -> String {
    "\(name(forum)) (\(acronym(forum.descriptor.id)))"
  }

  /// The covered fora's acronyms joined with ", ".
  var forumList: String { forums.map { acronym($0.descriptor.id) }.joined(separator: ", ") }

  /// The acronym of `id`, marked "(draft)" when its submission is still a draft.
  func forumLabel(_ id: String) -> String {
    draftForums.contains(id) ? "\(acronym(id)) (draft)" : acronym(id)
  }

  /// The note opening every place a draft's content appears.
  static func draftNote(_ id: String) -> String {
    "DRAFT: \(id)'s submission is still a draft, not yet submitted; its content may change."
  }

  /// The header of the like-for-like change column.
  static let likeForLikeTitle = "Like for like"

  /// The rule of the change columns, stated once per table.
  var comparisonNote: String? {
    previousPeriod.map { previous in
      "Change vs \(previous.id): \(Prose.period(period)) compared with \(Prose.period(previous)), where both"
        + " periods have a value. Economies counted: the difference in counts. Other figures:"
        + " the change in the total; where economies entered or left the reporting,"
        + " the like-for-like change compares only the economies reporting in both periods."
    }
  }
}

extension IndicatorResult {
  /// True when the result has a number or a text value.
  var hasValue: Bool { actual != nil || textValue != nil }
}
