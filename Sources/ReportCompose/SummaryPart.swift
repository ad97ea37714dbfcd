import ReportKernel

/// The executive summary: paragraphs generated from the data (``SummarySentences``) and the
/// indicator status counts per forum; the headline figures go to the workbook's Summary sheet.
enum SummaryPart {
  /// The summary part.
  static func build(_ scope: BuildScope, statusByForum: ReportTable) -> ReportPart {
    let paragraphs = [
      SummarySentences.coverage(scope), SummarySentences.status(scope),
      SummarySentences.changes(scope), SummarySentences.activities(scope),
      SummarySentences.gaps(scope),
    ].compactMap { $0 }
    var blocks = paragraphs.map { ReportBlock.paragraph(text: $0, attribution: nil, source: nil) }
    if !scope.isSection {
      let optional = Set([IndicatorStatus.notAssessed, .noData].map(\.label))
      blocks.append(.table(statusByForum.droppingZeroColumns(optional)))
    }
    return ReportPart(id: "summary", title: "Executive summary", blocks: blocks, sections: [])
  }

  /// The headline figures.
  static func keyFigures(_ scope: BuildScope) -> [KeyFigure] {
    let results = scope.results
    let count = { (status: IndicatorStatus) in results.filter { $0.status == status }.count }
    let activities = scope.countedActivities.map(\.activity)
    let building = activities.filter(\.capacityBuilding)
    let delivered = building.filter(\.isDelivered)
    let beneficiaries = Set(delivered.flatMap(\.beneficiaries))
    let notDelivered = building.count - delivered.count
    let joint =
      scope.jointDuplicates > 0 ? "joint activities reported by two fora counted once" : nil
    let funded = activities.filter { $0.apecFundingUSD != nil || $0.coFundingUSD != nil }
    let fundingQuality = funded.map(\.quality).max() ?? .reported
    let fundingMark =
      fundingQuality.mark.map { mark in
        "\(CellMark(fundingQuality)?.symbol ?? "") includes \(mark) amounts"
      }
    let apec = activities.compactMap(\.apecFundingUSD).reduce(0, +)
    let coFunding = activities.compactMap(\.coFundingUSD).reduce(0, +)
    let gap = scope.coverageGap
    // A figure's context: its qualifiers joined, nil when there are none.
    let context = { (parts: [String?]) -> String? in
      let given = parts.compactMap { $0 }
      return given.isEmpty ? nil : given.joined(separator: "; ")
    }
    let drafts = scope.forums.filter { $0.timeliness == .draft }.count
    var received = "\(scope.received.count) of \(scope.forums.count) fora"
    if drafts > 0 { received += "; \(drafts) still a draft" }
    if let forum = scope.forums.first, scope.isSection {
      received = "\(scope.acronym(forum.descriptor.id)): \(forum.timeliness.label)"
    }
    let indicators = context(["of \(results.count) indicators", gap])
    let figures = [
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
      KeyFigure(
        label: "Activities", value: .integer(activities.count), context: context([gap, joint])),
      KeyFigure(
        label: "Capacity-building activities delivered", value: .integer(delivered.count),
        context: context([
          "completed or ongoing", "\(notDelivered) more planned, delayed or cancelled", gap,
        ])),
      KeyFigure(
        label: "Beneficiary economies", value: .integer(beneficiaries.count),
        context: context([
          "of \(scope.economies.count) member economies, from delivered activities", gap,
        ])),
      KeyFigure(
        label: "APEC funding", value: ReportCell.usd(apec).marked(fundingQuality),
        context: context([gap, fundingMark])),
      KeyFigure(
        label: "Co-funding", value: ReportCell.usd(coFunding).marked(fundingQuality),
        context: context([gap, fundingMark])),
      KeyFigure(
        label: "Components with no contribution",
        value: .integer(scope.componentsWithoutContribution.count),
        context: "of \(scope.areas.flatMap(\.components).count) components"),
    ]
    // A count of nothing says nothing ("Indicators with no data: 0").
    let optional: Set = ["Indicators not assessed", "Indicators with no data"]
    return figures.filter { figure in
      !(optional.contains(figure.label) && figure.value == .integer(0))
    }
  }
}
