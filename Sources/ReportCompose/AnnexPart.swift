import ReportKernel

/// The annexes: submission status, every indicator, every activity, data notes, validation
/// findings and the input files.
enum AnnexPart {
  /// The annexes part.
  static func build(
    _ scope: BuildScope, submissions: ReportTable, findings: [Diagnostic],
    findingsTable: ReportTable, inputs: [InputFile]
  ) -> ReportPart {
    let activities = ActivityTables.annex(scope: scope)
    let activityBlocks: [ReportBlock] =
      activities.rows.isEmpty ? [.note("No activity was reported.")] : [.table(activities)]
    let findingBlocks: [ReportBlock] =
      findings.isEmpty
      ? [.note("No validation findings.")]
      : [
        .paragraph(text: findingSummary(findings), attribution: nil, source: nil),
        .table(findingsTable),
      ]
    return ReportPart(
      id: "annexes", title: "Annexes",
      sections: [
        ReportSection(
          id: "annex.submissions", title: "Submission status",
          blocks: [.table(submissionSummary(submissions, scope: scope))]),
        ReportSection(
          id: "annex.indicators", title: "Indicators",
          blocks: [.table(IndicatorTables.annex(scope: scope))]),
        ReportSection(id: "annex.activities", title: "Activities", blocks: activityBlocks),
        ReportSection(id: "annex.data_notes", title: "Data notes", blocks: DataNotes.build(scope)),
        ReportSection(id: "annex.findings", title: "Validation findings", blocks: findingBlocks),
        ReportSection(
          id: "annex.inputs", title: "Input files", blocks: [.table(inputTable(inputs))]),
      ])
  }

  /// "2 errors and 3 warnings."
  static func findingSummary(_ findings: [Diagnostic]) -> String {
    let errors = findings.filter { $0.severity == .error }.count
    let warnings = findings.filter { $0.severity == .warning }.count
    let plural = { (count: Int, word: String) in "\(count) \(word)\(count == 1 ? "" : "s")" }
    return "\(plural(errors, "error")) and \(plural(warnings, "warning"))"
      + (errors > 0 ? "; errors must be fixed before a submission is final." : ".")
  }

  /// The Submissions table: forum, name, status, dates, timeliness, findings, file.
  static func submissions(_ scope: BuildScope) -> ReportTable {
    let rows = scope.forums.map { forum -> [ReportCell] in
      let errors = forum.diagnostics.filter { $0.severity == .error }.count
      let warnings = forum.diagnostics.filter { $0.severity == .warning }.count
      return [
        .text(forum.descriptor.id), .text(forum.descriptor.name),
        .text(forum.submission?.status.rawValue ?? "not received"),
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
      rows: rows, notes: [receivedNote(scope)])
  }

  /// "5 of 5 fora sent a submission; 1 is still a draft."
  static func receivedNote(_ scope: BuildScope) -> String {
    let drafts = scope.forums.filter { $0.timeliness == .draft }.count
    let draftText = drafts == 0 ? "" : "; \(drafts) \(drafts == 1 ? "is" : "are") still a draft"
    return "\(scope.received.count) of \(scope.forums.count) fora sent a submission\(draftText)."
  }

  /// The Submissions table narrowed for reading: forum, status, submitted on, timeliness,
  /// errors, warnings; the due date in a note.
  static func submissionSummary(_ table: ReportTable, scope: BuildScope) -> ReportTable {
    let keep = ["Forum", "Status", "Submitted on", "Timeliness", "Errors", "Warnings"]
    let indices = keep.compactMap { title in table.columns.firstIndex { $0.title == title } }
    return ReportTable(
      id: "annex.submissions", title: table.title, columns: indices.map { table.columns[$0] },
      rows: table.rows.map { row in indices.map { row[$0] } },
      notes: table.notes + ["Due date: \(scope.period.due)."])
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

  /// The input files with the start of their checksums (the full ones are in the document's
  /// inputs, the JSON and the run manifest).
  static func inputTable(_ inputs: [InputFile]) -> ReportTable {
    ReportTable(
      id: "inputs", title: "Input files",
      columns: [
        ReportColumn("File"), ReportColumn("Bytes", .integer), ReportColumn("SHA-256 (start)"),
      ],
      rows: inputs.map {
        [.text($0.path), .integer($0.bytes), .text(String($0.sha256.prefix(16)))]
      },
      notes: ["Full SHA-256 checksums are in the JSON output and the run manifest."])
  }
}
