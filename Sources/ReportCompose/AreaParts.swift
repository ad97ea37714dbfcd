import ReportKernel

/// One part per activity area; in it, one section per component with its lead fora and one
/// subsection per contributing forum (narrative, indicators, activities, contributed content).
enum AreaParts {
  /// The area parts, in strategy order.
  static func build(_ scope: BuildScope) -> [ReportPart] {
    scope.areas.map { area, components in
      ReportPart(
        id: "area.\(area.id)", title: area.title,
        blocks: [.paragraph(text: area.description, attribution: nil, source: nil)],
        sections: components.map { component(scope, $0) })
    }
  }

  /// The section of one component.
  static func component(_ scope: BuildScope, _ component: Strategy.Component) -> ReportSection {
    var blocks: [ReportBlock] = []
    if component.isUnassigned {
      blocks.append(
        .paragraph(
          text: "Lead: unassigned in the strategy.", attribution: nil, source: nil))
    } else {
      let leads = component.leads.map { id in
        scope.analysis.forum(id).map(scope.title) ?? scope.acronym(id)
      }
      blocks.append(
        .paragraph(
          text: "\(Prose.agree(leads.count, "Lead", "Leads")): \(leads.joined(separator: "; ")).",
          attribution: nil, source: nil))
    }
    let role = component.role.trimmingWhitespace
    if !role.isEmpty { blocks.append(.paragraph(text: role, attribution: nil, source: nil)) }
    let contributors = scope.contributors(to: component)
    blocks += gaps(scope, component, contributors: contributors)
    return ReportSection(
      id: "component.\(component.id)", title: component.title, blocks: blocks,
      subsections: contributors.map { forum(scope, $0, component) })
  }

  /// Notes on leads that did not report and on a component nobody reported on.
  static func gaps(
    _ scope: BuildScope, _ component: Strategy.Component, contributors: [ForumAnalysis]
  ) -> [ReportBlock] {
    var blocks: [ReportBlock] = []
    let reporting = Set(contributors.map(\.descriptor.id))
    for lead in component.leads where !reporting.contains(lead) {
      guard let forum = scope.forums.first(where: { $0.descriptor.id == lead }) else {
        continue
      }
      let why =
        forum.timeliness.isReceived
        ? "its submission does not cover this component"
        : forum.timeliness == .unreadable
          ? "its submission was received but cannot be read until its errors are fixed"
          : "no submission received (\(forum.timeliness.label))"
      blocks.append(.note("\(lead), a lead forum, did not report on this component: \(why)."))
    }
    if contributors.isEmpty {
      let text =
        component.isUnassigned
        ? "No forum leads \(component.title) and none reported on it for \(scope.period.id):"
          + " a gap in the strategy's coverage."
        : "No contribution to \(component.title) for \(scope.period.id)."
      blocks.append(.note(text))
    }
    return blocks
  }

  /// One forum's contribution to one component. Its heading names the forum, so nothing in it
  /// is attributed to that forum again (texts merged from several fora keep theirs).
  static func forum(
    _ scope: BuildScope, _ forum: ForumAnalysis, _ component: Strategy.Component
  ) -> ReportSection {
    let id = forum.descriptor.id
    var blocks: [ReportBlock] = []
    let role = component.leads.contains(id) ? "lead forum" : "contributing forum"
    let isDraft = forum.timeliness == .draft
    if isDraft { blocks.append(.note(BuildScope.draftNote(scope.acronym(id)))) }
    if let narrative = forum.submission?.narrative(for: component.id) {
      blocks.append(.paragraph(text: narrative.text, attribution: nil, source: nil))
    } else {
      blocks.append(.note("\(scope.acronym(id)) gave no narrative for this component."))
    }
    let tabled = IndicatorTables.component(forum, component, scope: scope)
    if let tabled { blocks.append(.table(tabled)) }
    if let table = ActivityTables.component(forum, component, scope: scope) {
      blocks.append(.table(table))
    }
    let contributed = forum.sections.enumerated()
      .filter { $0.element.component == component.id }
      .map { index, section in
        ReportSection(
          id: "contributed.\(id).\(component.id).\(index + 1)", title: section.title,
          blocks: QualityMarks.noted(
            Publication.blocks(
              untabled(
                section.blocks + (scope.nameEconomies ? section.perEconomy : []),
                shown: tabled == nil ? [] : forum.results(in: component)),
              within: id
            )
            .map { block in
              let block = scope.displayingAcronym(block)
              guard case .table(let table) = block else { return block }
              return .table(
                QualityMarks.contributed(
                  table, forum: forum, component: component.id, label: scope.acronym(id)))
            }))
      }
    // A contributed section left with notes only (its per-economy table is the review pack's)
    // gets no heading of its own: its notes join the forum's.
    let notesOnly = contributed.filter { $0.blocks.allSatisfy(\.isNote) }
    blocks += notesOnly.flatMap(\.blocks)
    return ReportSection(
      id: "component.\(component.id).\(id)",
      title: "\(scope.name(forum)) (\(scope.acronym(id)), \(role)\(isDraft ? ", draft" : ""))",
      blocks: blocks,
      subsections: contributed.filter { !$0.blocks.allSatisfy(\.isNote) })
  }

  /// `blocks` without the key figures of indicators in `shown`, the results the subsection's
  /// indicator table already shows: each indicator is said once in the body. A headline block
  /// left with no figure is dropped.
  static func untabled(_ blocks: [ReportBlock], shown: [IndicatorResult]) -> [ReportBlock] {
    let ids = Set(shown.map(\.definition.id))
    guard !ids.isEmpty else { return blocks }
    return blocks.compactMap { block in
      guard case .keyFigures(let figures) = block else { return block }
      let kept = figures.filter { figure in figure.indicator.map { !ids.contains($0) } ?? true }
      return kept.isEmpty ? nil : .keyFigures(kept)
    }
  }
}

extension ForumAnalysis {
  /// The forum's results for the indicators serving `component`, in catalogue order.
  func results(in component: Strategy.Component) -> [IndicatorResult] {
    results.filter { $0.definition.component == component.id }
  }
}

extension ReportBlock {
  /// True for a note.
  var isNote: Bool {
    if case .note = self { return true }
    return false
  }
}
