import ArgumentParser
import ReportKernel

/// `ctst review`: the review pack the Secretariat checks before sending the report.
struct Review: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "review",
    abstract: "Write the review pack beside a period's report: findings, provenance, checksums.",
    discussion: """
      Writes ctst-<period>-review.<ext> (with --forum, ctst-<period>-<FORUM>-review.<ext>) \
      for xlsx, txt and md (or --format) into reports/<period>/output/ (or --out) and prints \
      the paths. The review pack holds every validation finding, where every figure, \
      narrative and activity was read (file:line), the per-economy lists, the data notes in \
      full and the input files with their SHA-256 checksums; the report itself holds none of \
      these.

      \(Interruption.writingHelp)

      Examples:
        ctst review
        ctst review --forum TEL --period 2025 --format txt
      """)

  @Option(
    help: ArgumentHelp(
      "Only this forum's findings and sources (CTTF, TPTWG, SCCP, BMG, TEL).",
      valueName: "forum"))
  var forum: String?

  @OptionGroup var workspace: WorkspaceOptions
  @OptionGroup var report: ReportOptions

  func run() throws {
    try ReportCommand.run(workspace: workspace, report: report) { builder, analysis in
      let id = try forum.map {
        try ForumName.resolve(
          $0, option: "--forum", among: analysis.forums.map(\.descriptor.id))
      }
      guard let document = builder.review(forum: id) else {
        throw CommandFailure(
          status: .internalError, message: "error: no review pack for \(id ?? "")")
      }
      return document
    }
  }
}
