import ReportKernel

/// The annexes: submission status, every indicator, the projects and their funding, data
/// notes (the acronyms are added by ``Editing``; findings and input files are in the review
/// pack).
enum AnnexPart {
  /// The annexes part.
  static func build(_ scope: BuildScope, submissions: ReportTable) -> ReportPart {
    let projects = projectTable(scope)
    let projectBlocks: [ReportBlock] =
      projects.rows.isEmpty
      ? [.note("No activity this period was an APEC-funded project.")] : [.table(projects)]
    return ReportPart(
      id: "annexes", title: "Annexes",
      sections: [
        ReportSection(
          id: "annex.submissions", title: "Submission status",
          blocks: [.table(submissionSummary(submissions, scope: scope))]),
        ReportSection(
          id: "annex.indicators", title: "Indicators",
          blocks: [.table(IndicatorTables.annex(scope: scope))]),
        ReportSection(id: "annex.projects", title: "Projects", blocks: projectBlocks),
        ReportSection(
          id: "annex.data_notes", title: "Data notes",
          blocks: DataNotes.build(scope, audience: .report)),
      ])
  }

  /// The activities with an APEC project number or funding: number, title, forum, status,
  /// APEC funding and co-funding, with the totals.
  static func projectTable(_ scope: BuildScope) -> ReportTable {
    let projects = scope.activities.filter { _, activity in
      activity.apecProject != nil || (activity.apecFundingUSD ?? 0) > 0
        || (activity.coFundingUSD ?? 0) > 0
    }
    var rows = projects.map { forum, activity -> [ReportCell] in
      [
        .text(activity.apecProject ?? "—"), .text(activity.title),
        .text(scope.acronym(forum.descriptor.id)), .text(activity.status.rawValue),
        CellFactory.usd(activity.apecFundingUSD).marked(activity.quality),
        CellFactory.usd(activity.coFundingUSD).marked(activity.quality),
      ]
    }
    if projects.count > 1 {
      // A total is marked by the worst of the amounts it adds up.
      func total(_ amount: (Activity) -> Double?) -> ReportCell {
        let counted = projects.map(\.activity).filter { amount($0) != nil }
        let cell = ReportCell.usd(counted.compactMap(amount).reduce(0, +))
        return cell.marked(QualityMarks.mark(counted.map(\.quality)))
      }
      rows.append([
        .empty, .text("Total"), .empty, .empty, total(\.apecFundingUSD), total(\.coFundingUSD),
      ])
    }
    return QualityMarks.noted(
      ReportTable(
        id: "annex.projects", title: "Projects and funding",
        columns: [
          ReportColumn("Project"), ReportColumn("Activity"), ReportColumn("Forum"),
          ReportColumn("Status"), ReportColumn("APEC funding", .usd),
          ReportColumn("Co-funding", .usd),
        ],
        rows: rows))
  }

  /// "2 errors and 3 warnings."
  static func findingSummary(_ findings: [Diagnostic]) -> String {
    let errors = findings.filter { $0.severity == .error }.count
    let warnings = findings.filter { $0.severity == .warning }.count
    return "\(Prose.count(errors, "error", "errors")) and"
      + " \(Prose.count(warnings, "warning", "warnings"))"
      + (errors > 0 ? "; errors must be fixed before a submission is final." : ".")
  }

  /// The Submissions table: forum, name, status, dates, timeliness, findings, file.
  static func submissions(_ scope: BuildScope) -> ReportTable {
    let rows = scope.forums.map { forum -> [ReportCell] in
      let errors = forum.diagnostics.filter { $0.severity == .error }.count
      let warnings = forum.diagnostics.filter { $0.severity == .warning }.count
      return [
        .text(scope.acronym(forum.descriptor.id)), .text(scope.name(forum)),
        .text(
          forum.submission?.status.rawValue
            ?? (forum.timeliness == .unreadable ? "received, cannot be read" : "not received")),
        CellFactory.date(forum.submission?.submittedOn), .date(scope.period.due),
        .text(forum.timeliness.label), .integer(errors), .integer(warnings),
        .text(forum.loaded.path),
      ]
    }
    return ReportTable(
      id: "submissions", title: "Submission status",
      columns: [
        ReportColumn("Forum"), ReportColumn("Name"), ReportColumn("Status"),
        ReportColumn("Submitted on", .date), ReportColumn("Due", .date),
        ReportColumn("Timeliness"), ReportColumn("Errors", .integer),
        ReportColumn("Warnings", .integer), ReportColumn("File"),
      ],
      rows: rows, notes: [receivedNote(scope)].compactMap { $0 })
  }

  /// The Submissions table as the report's workbook shows it: without the files and finding
  /// counts, which are for the review pack.
  static func published(_ table: ReportTable) -> ReportTable {
    table.dropping(["File", "Errors", "Warnings"])
  }

  /// "All 5 fora sent a submission; 1 is still a draft."; nil for one forum, whose row says
  /// it all.
  static func receivedNote(_ scope: BuildScope) -> String? {
    guard scope.forums.count > 1 else { return nil }
    let drafts = scope.forums.filter { $0.timeliness == .draft }.count
    let draftText =
      drafts == 0
      ? "" : "; \(drafts) \(Prose.agree(drafts, "is still a draft", "are still drafts"))"
    let sent = scope.forums.filter { $0.timeliness != .missing }.count
    let unreadable = scope.forums.filter { $0.timeliness == .unreadable }.count
    let unreadableText =
      unreadable == 0
      ? ""
      : "; \(unreadable) cannot be read until \(Prose.agree(unreadable, "its", "their"))"
        + " errors are fixed"
    let who =
      sent == scope.forums.count
      ? (sent == 2 ? "Both fora" : "All \(sent) fora")
      : "Of the \(scope.forums.count) fora, \(sent)"
    return who + " sent a submission" + unreadableText + draftText + "."
  }

  /// The Submissions table narrowed for publication: forum, status, submitted on,
  /// timeliness; the due date in a note. Findings and files are in the review pack.
  static func submissionSummary(_ table: ReportTable, scope: BuildScope) -> ReportTable {
    let keep = ["Forum", "Status", "Submitted on", "Timeliness"]
    let indices = keep.compactMap { title in table.columns.firstIndex { $0.title == title } }
    return ReportTable(
      id: "annex.submissions", title: table.title, columns: indices.map { table.columns[$0] },
      rows: table.rows.map { row in indices.map { row[$0] } },
      notes: table.notes + ["Submissions were due on \(Prose.date(scope.period.due))."])
  }

  /// The Findings table: location, severity, rule, message.
  static func findings(_ findings: [Diagnostic]) -> ReportTable {
    ReportTable(
      id: "findings", title: "Validation findings",
      columns: [
        ReportColumn("Location"), ReportColumn("Severity"), ReportColumn("Rule"),
        ReportColumn("Message"),
      ],
      rows: findings.map { finding in
        [
          .text(finding.location?.description ?? ""), .text(finding.severity.rawValue),
          .text(finding.code),
          .text(([finding.message] + finding.notes.map(\.message)).joined(separator: "; ")),
        ]
      })
  }
}
