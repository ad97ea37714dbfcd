import ReportKernel

/// Assembles ``ReportDocument``s from a ``PeriodAnalysis``: the consolidated progress report and
/// each forum's section, in the structure of APEC's own progress reports on the strategy —
/// executive summary, one part per activity area, capacity building, coordination, forward
/// agenda and annexes — plus every tabular view the workbook, JSON and CSV carry.
///
/// The builder is a pure function of the analysis and the tool version: it reads no clock, no
/// environment and no working directory, and orders everything by the strategy, the forum
/// registry and the submissions' source order, so the same inputs give the same document.
public struct ReportBuilder: Sendable {
  /// The analysis reported on.
  public let analysis: PeriodAnalysis
  /// The ctst version recorded in the document.
  public let toolVersion: String

  /// Creates a builder.
  public init(analysis: PeriodAnalysis, toolVersion: String) {
    self.analysis = analysis
    self.toolVersion = toolVersion
  }

  /// The consolidated progress report over every enabled forum.
  public func consolidated() -> ReportDocument {
    let scope = BuildScope(analysis: analysis, forums: analysis.forums, sectionForum: nil)
    return document(
      scope, kind: .consolidated, title: analysis.workspace.config.reportTitle,
      inputs: analysis.inputs)
  }

  /// The section of forum `forum`: the same content restricted to that forum, with its
  /// validation findings; nil when the forum is not enabled.
  public func section(forum id: String) -> ReportDocument? {
    guard let forum = analysis.forum(id) else { return nil }
    let scope = BuildScope(analysis: analysis, forums: [forum], sectionForum: id)
    let inputs = analysis.inputs.filter { input in
      !input.path.hasPrefix("reports/") || input.path == forum.loaded.path
    }
    return document(
      scope, kind: .section,
      title: "\(scope.title(forum)): contribution to the progress report",
      inputs: inputs)
  }

  /// The review pack beside the consolidated report, or beside forum `forum`'s section: every
  /// finding, the provenance of every figure to file:line, the per-economy lists, the data
  /// notes and the input checksums. Nil when `forum` is given but not enabled.
  public func review(forum id: String? = nil) -> ReportDocument? {
    let forums: [ForumAnalysis]
    var inputs = analysis.inputs
    if let id {
      guard let forum = analysis.forum(id) else { return nil }
      forums = [forum]
      inputs = inputs.filter { !$0.path.hasPrefix("reports/") || $0.path == forum.loaded.path }
    } else {
      forums = analysis.forums
    }
    let scope = BuildScope(analysis: analysis, forums: forums, sectionForum: id)
    let findings = scope.findings
    let findingsTable = AnnexPart.findings(findings)
    let submissions = AnnexPart.submissions(scope)
    let listed = inputs
    // As in the report: the parts on another core, the tables here.
    let parts = Ahead {
      ReviewPack.parts(
        scope, findings: findings, findingsTable: findingsTable, submissions: submissions,
        inputs: listed)
    }
    let sheets = ReportSheets(
      keyFigures: SummaryPart.keyFigures(scope), statusByForum: SheetTables.statusByForum(scope),
      submissions: submissions, forums: SheetTables.forums(scope),
      indicators: IndicatorTables.sheet(scope: scope, provenance: true),
      activities: ActivityTables.sheet(scope: scope), coverage: SheetTables.coverage(scope),
      economies: SheetTables.economies(scope), agenda: AgendaPart.sheet(scope),
      data: DataTable.build(scope), findings: findingsTable, joiners: ReviewLists.joiners(scope),
      withheld: ReviewLists.withheld(scope))
    let subject = forums.first.map { id == nil ? "the report" : scope.title($0) } ?? "the report"
    return ReportDocument(
      kind: .review, forum: id, title: "Review pack for \(subject)",
      subtitle: Prose.period(analysis.period), period: analysis.period,
      previousPeriod: analysis.previousPeriod, author: analysis.workspace.config.author,
      toolVersion: toolVersion, composedParts: ComposedParts(parts), sheets: sheets,
      inputs: inputs, findings: findings)
  }

  private func document(
    _ scope: BuildScope, kind: ReportDocument.Kind, title: String, inputs: [InputFile]
  ) -> ReportDocument {
    let findings = scope.findings
    let statusByForum = SheetTables.statusByForum(scope)
    let submissions = AnnexPart.submissions(scope)
    // The tables are made in two halves on two cores; the second core then composes the parts
    // (the narrative) while the document is returned with its tables, so the workbook, which
    // shows only tables, is written while the parts are still being composed. All are pure
    // functions of the scope.
    let later = Ahead {
      (
        activities: ActivityTables.sheet(scope: scope).dropping(["Source"]),
        coverage: SheetTables.coverage(scope), economies: SheetTables.economies(scope),
        agenda: AgendaPart.sheet(scope), data: DataTable.build(scope, provenance: false)
      )
    }
    let parts = Ahead {
      _ = later.value
      var parts = [
        FrontMatter.introduction(scope), SummaryPart.build(scope, statusByForum: statusByForum),
      ]
      parts += AreaParts.build(scope)
      parts += [PillarPart.build(scope)].compactMap { $0 }
      parts += [CapacityPart.build(scope), CoordinationPart.build(scope), AgendaPart.build(scope)]
      parts += [RecommendationsPart.build(scope)].compactMap { $0 }
      parts.append(AnnexPart.build(scope, submissions: submissions))
      return Editing.finish(parts, scope: scope)
    }
    let keyFigures = SummaryPart.keyFigures(scope)
    let forums = SheetTables.forums(scope)
    let indicators = IndicatorTables.sheet(scope: scope)
    let tables = later.value
    let sheets = ReportSheets(
      keyFigures: keyFigures, statusByForum: statusByForum,
      submissions: AnnexPart.published(submissions), forums: forums, indicators: indicators,
      activities: tables.activities, coverage: tables.coverage, economies: tables.economies,
      agenda: tables.agenda, data: tables.data, findings: nil)
    return ReportDocument(
      kind: kind, forum: scope.sectionForum, title: title, subtitle: Prose.period(analysis.period),
      period: analysis.period, previousPeriod: analysis.previousPeriod,
      author: analysis.workspace.config.author, toolVersion: toolVersion,
      composedParts: ComposedParts(parts), sheets: sheets, inputs: inputs, findings: findings,
      cover: FrontMatter.cover(scope),
      isDraft: FrontMatter.isDraft(scope))
  }
}
