import ReportKernel

/// The review pack: what the Secretariat checks before the report is sent — every finding,
/// where every figure, narrative and activity came from (file:line), the per-economy lists the
/// fora contributed, the data notes in full, and the input files with their checksums. None
/// of it goes into the report itself.
enum ReviewPack {
  /// The parts of the review pack, in order.
  static func parts(
    _ scope: BuildScope, findings: [Diagnostic], findingsTable: ReportTable,
    submissions: ReportTable, inputs: [InputFile]
  ) -> [ReportPart] {
    [
      ReportPart(
        id: "review.findings", title: "Findings to resolve",
        blocks: findingBlocks(findings, table: findingsTable),
        sections: [
          ReportSection(
            id: "review.submissions", title: "Submissions", blocks: [.table(submissions)]),
          ReportSection(
            id: "review.withheld", title: "Values withheld",
            blocks: ReviewLists.withheldBlocks(scope)),
        ]),
      ReportPart(
        id: "review.provenance", title: "Provenance",
        sections: [
          ReportSection(
            id: "review.provenance.indicators", title: "Figures",
            blocks: [.table(indicatorSources(scope))]),
          ReportSection(
            id: "review.provenance.narratives", title: "Narratives and statements",
            blocks: [.table(narrativeSources(scope))]),
          ReportSection(
            id: "review.provenance.activities", title: "Activities",
            blocks: [.table(activitySources(scope))]),
          ReportSection(
            id: "review.provenance.themes", title: "Cross-fora themes",
            blocks: [.table(AgendaThemes.reviewTable(scope))]),
        ]),
      ReportPart(
        id: "review.economies", title: "Per-economy lists",
        blocks: economyBlocks(scope) + (ReviewLists.joiners(scope).map { [.table($0)] } ?? []),
        sections: contributed(scope)),
      ReportPart(
        id: "review.data_notes", title: "Data notes",
        blocks: DataNotes.build(scope, audience: .review), sections: []),
      ReportPart(
        id: "review.inputs", title: "Input files", blocks: [inputList(inputs)],
        sections: []),
    ]
  }

  /// The finding count and the findings table, or a line saying there are none.
  static func findingBlocks(_ findings: [Diagnostic], table: ReportTable) -> [ReportBlock] {
    let summary = ReportBlock.paragraph(
      text: AnnexPart.findingSummary(findings), attribution: nil, source: nil)
    return findings.isEmpty ? [summary] : [summary, .table(table)]
  }

  /// Every indicator's value with the places it was read from.
  static func indicatorSources(_ scope: BuildScope) -> ReportTable {
    QualityMarks.noted(indicatorRows(scope))
  }

  private static func indicatorRows(_ scope: BuildScope) -> ReportTable {
    ReportTable(
      id: "review.indicator_sources", title: "Where each figure comes from",
      columns: [
        ReportColumn("Indicator"), ReportColumn("Title"), ReportColumn("Actual", .number),
        ReportColumn("Status", .status), ReportColumn("Source"),
      ],
      rows: scope.results.map { result in
        [
          .text(result.definition.id), .text(result.definition.title),
          CellFactory.actual(result), .status(result.status),
          .text(places(result.provenance + result.withheld)),
        ]
      })
  }

  /// Every narrative, priority and proposal with its place.
  static func narrativeSources(_ scope: BuildScope) -> ReportTable {
    var rows: [[ReportCell]] = []
    for forum in scope.forums {
      guard let submission = forum.submission else { continue }
      let id = forum.descriptor.id
      for narrative in submission.narratives {
        rows.append([
          .text(id), .text("Narrative: \(scope.componentTitle(narrative.component))"),
          .text(narrative.location.description),
        ])
      }
      for proposal in submission.agenda.crossFora {
        rows.append([
          .text(id), .text("Cross-fora theme: \(proposal.theme)"),
          .text(proposal.location.description),
        ])
      }
      if let location = submission.agenda.location {
        rows.append([.text(id), .text("Forward agenda"), .text(location.description)])
      }
    }
    return ReportTable(
      id: "review.narrative_sources", title: "Where each text comes from",
      columns: [ReportColumn("Forum"), ReportColumn("Text"), ReportColumn("Source")],
      rows: rows)
  }

  /// Every activity with its place.
  static func activitySources(_ scope: BuildScope) -> ReportTable {
    ReportTable(
      id: "review.activity_sources", title: "Where each activity comes from",
      columns: [
        ReportColumn("Forum"), ReportColumn("ID"), ReportColumn("Activity"),
        ReportColumn("Source"),
      ],
      rows: scope.activities.map { forum, activity in
        [
          .text(forum.descriptor.id), .text(activity.id), .text(activity.title),
          .text(activity.location.description),
        ]
      })
  }

  /// The economies no capacity-building initiative reached, by name.
  static func economyBlocks(_ scope: BuildScope) -> [ReportBlock] {
    let reached = Set(
      scope.activities.map(\.activity).filter(\.capacityBuilding)
        .flatMap(\.beneficiaries))
    let missed = scope.economies.names(scope.economies.codes.filter { !reached.contains($0) })
    let text =
      missed.isEmpty
      ? "Every member economy benefited from at least one reported initiative."
      : "Economies no reported capacity-building initiative reached: "
        + missed.joined(separator: ", ") + "."
    return [.paragraph(text: text, attribution: nil, source: nil)]
  }

  /// Each forum's contributed sections in full, with their economy lists and sources.
  static func contributed(_ scope: BuildScope) -> [ReportSection] {
    scope.forums.compactMap { forum in
      let id = forum.descriptor.id
      let sections = forum.sections.enumerated().map { index, section in
        ReportSection(
          id: "review.economies.\(id).\(index + 1)", title: section.title,
          blocks: section.blocks + section.perEconomy)
      }
      guard !sections.isEmpty else { return nil }
      return ReportSection(
        id: "review.economies.\(id)", title: scope.title(forum), blocks: [],
        subsections: sections)
    }
  }

  /// The input files with their full checksums, one line each (a checksum is never wrapped).
  static func inputList(_ inputs: [InputFile]) -> ReportBlock {
    .bullets(
      inputs.map { input in
        "\(input.path): \(input.bytes) bytes, SHA-256 \(input.sha256)"
      })
  }

  private static func places(_ locations: [SourceLocation]) -> String {
    locations.map(\.description).joined(separator: "; ")
  }
}
