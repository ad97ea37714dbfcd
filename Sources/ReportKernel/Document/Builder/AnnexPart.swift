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
      : [.paragraph(text: findingSummary(findings), attribution: nil, source: nil),
        .table(findingsTable)]
    return ReportPart(
      id: "annexes", title: "Annexes",
      sections: [
        ReportSection(
          id: "annex.submissions", title: "Submission status", blocks: [.table(submissions)]),
        ReportSection(
          id: "annex.indicators", title: "Indicators",
          blocks: [.table(IndicatorTables.annex(scope: scope))]),
        ReportSection(id: "annex.activities", title: "Activities", blocks: activityBlocks),
        ReportSection(id: "annex.data_notes", title: "Data notes", blocks: DataNotes.build(scope)),
        ReportSection(id: "annex.findings", title: "Validation findings", blocks: findingBlocks),
        ReportSection(id: "annex.inputs", title: "Input files", blocks: [.table(inputTable(inputs))]),
      ])
  }

  /// "2 errors and 3 warnings."
  static func findingSummary(_ findings: [Diagnostic]) -> String {
    let errors = findings.filter { $0.severity == .error }.count
    let warnings = findings.filter { $0.severity == .warning }.count
    let plural = { (count: Int, word: String) in "\(count) \(word)\(count == 1 ? "" : "s")" }
    return "\(plural(errors, "error")) and \(plural(warnings, "warning")); errors must be fixed"
      + " before a submission is final."
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
      rows: rows, notes: ["\(scope.received.count) of \(scope.forums.count) fora submitted."])
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

  /// The input files with their checksums.
  static func inputTable(_ inputs: [InputFile]) -> ReportTable {
    ReportTable(
      id: "inputs", title: "Input files",
      columns: [ReportColumn("File"), ReportColumn("Bytes", .integer), ReportColumn("SHA-256")],
      rows: inputs.map { [.text($0.path), .integer($0.bytes), .text($0.sha256)] })
  }
}
