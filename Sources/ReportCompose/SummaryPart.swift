import ReportKernel

/// The executive summary: headline figures with their coverage, status counts, who did not
/// submit and which components nobody reported on.
enum SummaryPart {
  /// The summary part.
  static func build(_ scope: BuildScope, statusByForum: ReportTable) -> ReportPart {
    var blocks: [ReportBlock] = [.paragraph(text: intro(scope), attribution: nil, source: nil)]
    blocks.append(.keyFigures(keyFigures(scope)))
    blocks.append(.table(statusByForum))
    return ReportPart(
      id: "summary", title: "Executive summary", blocks: blocks,
      sections: [submissions(scope), gaps(scope)])
  }

  /// What the report covers and compares.
  static func intro(_ scope: BuildScope) -> String {
    var text =
      scope.isSection
      ? "This section presents the contribution of \(scope.forums.idList) to the strategy for"
        + " \(scope.period.label)."
      : "This report consolidates the progress submissions of the APEC sub-fora on the strategy"
        + " for \(scope.period.label): \(scope.coverage)."
    if let previous = scope.previousPeriod {
      text += " Changes compare it with \(previous.label), like for like."
    } else {
      text += " No earlier period is defined, so no changes are shown."
    }
    return text
  }

  /// The headline figures.
  static func keyFigures(_ scope: BuildScope) -> [KeyFigure] {
    let results = scope.results
    let count = { (status: IndicatorStatus) in results.filter { $0.status == status }.count }
    let activities = scope.activities.map(\.activity)
    let building = activities.filter(\.capacityBuilding)
    let beneficiaries = Set(building.flatMap(\.beneficiaries))
    let apec = activities.compactMap(\.apecFundingUSD).reduce(0, +)
    let coFunding = activities.compactMap(\.coFundingUSD).reduce(0, +)
    let coverage = scope.coverage
    let drafts = scope.forums.filter { $0.timeliness == .draft }.count
    var received = "\(scope.received.count) of \(scope.forums.count) fora"
    if drafts > 0 { received += "; \(drafts) still a draft" }
    if let forum = scope.forums.first, scope.isSection {
      received = "\(forum.descriptor.id): \(forum.timeliness.label)"
    }
    let indicators = "of \(results.count) indicators; \(coverage)"
    return [
      KeyFigure(
        label: "Submissions received", value: .integer(scope.received.count), context: received),
      KeyFigure(
        label: "Indicators on track", value: .integer(count(.onTrack)), context: indicators),
      KeyFigure(label: "Indicators at risk", value: .integer(count(.atRisk)), context: indicators),
      KeyFigure(
        label: "Indicators off track", value: .integer(count(.offTrack)), context: indicators),
      KeyFigure(
        label: "Indicators not assessed", value: .integer(count(.notAssessed)),
        context: indicators),
      KeyFigure(
        label: "Indicators with no data", value: .integer(count(.noData)), context: indicators),
      KeyFigure(label: "Activities", value: .integer(activities.count), context: coverage),
      KeyFigure(
        label: "Capacity-building activities", value: .integer(building.count),
        context: coverage),
      KeyFigure(
        label: "Beneficiary economies", value: .integer(beneficiaries.count),
        context: "of \(scope.economies.count) member economies; \(coverage)"),
      KeyFigure(label: "APEC funding", value: .usd(apec), context: coverage),
      KeyFigure(label: "Co-funding", value: .usd(coFunding), context: coverage),
      KeyFigure(
        label: "Components with no contribution",
        value: .integer(scope.componentsWithoutContribution.count),
        context: "of \(scope.areas.flatMap(\.components).count) components"),
    ]
  }

  /// Who submitted, who did not.
  static func submissions(_ scope: BuildScope) -> ReportSection {
    var blocks: [ReportBlock] = []
    let missing = scope.notReceived
    if missing.isEmpty {
      let text =
        scope.isSection
        ? "\(scope.forums.idList) sent a submission for \(scope.period.id)."
        : "All \(scope.forums.count) fora sent a submission for \(scope.period.id)."
      blocks.append(.paragraph(text: text, attribution: nil, source: nil))
    } else {
      blocks.append(
        .paragraph(
          text: "Fora that did not submit for \(scope.period.id):", attribution: nil,
          source: nil))
      blocks.append(
        .bullets(
          missing.map { "\($0.descriptor.name) (\($0.descriptor.id)): \($0.timeliness.label)" }))
    }
    let late = scope.received.filter { $0.timeliness != .onTime }
    if !late.isEmpty {
      blocks.append(
        .paragraph(
          text: "Received, but late, undated or not final:", attribution: nil, source: nil))
      blocks.append(.bullets(late.map { "\($0.descriptor.id): \($0.timeliness.label)" }))
    }
    blocks.append(
      .note(
        "Validation: " + AnnexPart.findingSummary(scope.findings)
          + " The submission status and the findings are in the annexes."))
    return ReportSection(id: "summary.submissions", title: "Submissions", blocks: blocks)
  }

  /// Components nobody reported on, unassigned ones first named as such.
  static func gaps(_ scope: BuildScope) -> ReportSection {
    let empty = scope.componentsWithoutContribution
    var blocks: [ReportBlock] = []
    if empty.isEmpty {
      blocks.append(
        .paragraph(
          text: "Every component shown has at least one contribution.", attribution: nil,
          source: nil))
    } else {
      blocks.append(
        .bullets(
          empty.map { component in
            let area = scope.strategy.area(component.area)?.title ?? component.area
            let lead =
              component.isUnassigned
              ? "unassigned in the strategy"
              : "lead: \(component.leads.joined(separator: ", "))"
            return "\(component.title) (\(area); \(lead))"
          }))
    }
    let unassigned = scope.areas.flatMap(\.components).filter(\.isUnassigned)
    if !unassigned.isEmpty {
      blocks.append(
        .note(
          "Unassigned in the strategy: "
            + unassigned.map(\.title).joined(separator: "; ") + "."))
    }
    return ReportSection(
      id: "summary.gaps", title: "Components with no contribution", blocks: blocks)
  }
}
