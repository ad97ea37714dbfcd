import ArgumentParser
import ReportKernel

/// `ctst section FORUM`: one forum's section, for the forum lead to review.
struct Section: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "section",
    abstract: "Write one forum's section of a period's report, with its validation notes.",
    discussion: """
      Writes ctst-<period>-<FORUM>.<ext> for each format into reports/<period>/output/ (or \
      --out) and prints the paths.

      \(Interruption.writingHelp)

      Examples:
        ctst section BMG
        ctst section TEL --period 2025 --format txt --out /tmp/tel
      """)

  @Argument(help: ForumArgument.help("The forum id"), completion: ForumArgument.completion)
  var forum: String

  @OptionGroup var workspace: WorkspaceOptions
  @OptionGroup var report: ReportOptions

  func run() throws {
    try ReportCommand.run(workspace: workspace, report: report) { builder, analysis in
      let id = try ForumName.resolve(
        forum, option: "<forum>", among: analysis.forums.map(\.descriptor.id))
      guard let document = builder.section(forum: id) else {
        throw CommandFailure(status: .internalError, message: "error: no section for \(id)")
      }
      return document
    }
  }
}
