import ArgumentParser
import ReportKernel

/// `ctst template FORUM`: a commented submission skeleton for a forum lead.
struct Template: ParsableCommand {
  static let configuration = CommandConfiguration(
    abstract: "Print a commented YAML skeleton of a forum's submission for a period.",
    discussion: """
      Lists every indicator with its unit, direction, baseline and target, every component's \
      narrative, and last period's activities as a starting point. Save it as \
      reports/<period>/submissions/<FORUM>.yaml; it validates as is (blank values are \
      warnings).

      Examples:
        ctst template BMG > reports/2026/submissions/BMG.yaml
        ctst template CTTF --period 2025
      """)

  @Argument(help: ForumArgument.help("The forum id"), completion: ForumArgument.completion)
  var forum: String

  @OptionGroup var workspace: WorkspaceOptions

  func run() throws {
    try CTST.run {
      let (loaded, _) = try workspace.loadWorkspace()
      let period = try workspace.resolvePeriod(in: loaded)
      guard let module = loaded.module(forum.uppercased()) else {
        let known = loaded.modules.map(\.descriptor.id)
        throw CommandFailure(
          status: .usage,
          message: "error: unknown or disabled forum '\(forum)'"
            + Suggestion.didYouMean(forum, in: known) + "; forums: \(known.joined(separator: ", "))"
        )
      }
      let previous = loaded.config.previous(before: period).flatMap {
        SubmissionLoader(workspace: loaded).load(module, period: $0).submission
      }
      let text = TemplateWriter(workspace: loaded).template(
        for: module, period: period, previous: previous)
      workspace.console.out(text.hasSuffix("\n") ? String(text.dropLast()) : text)
    }
  }
}
