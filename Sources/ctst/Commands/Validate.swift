import ArgumentParser
import ReportKernel

/// `ctst validate`: checks the configuration and a period's submissions.
struct Validate: ParsableCommand {
  static let configuration = CommandConfiguration(
    abstract: "Check the configuration and a period's submissions; print every problem.",
    discussion: """
      Prints each problem as file:line:column: error|warning: message, then a summary line. \
      Exits 0 when there are no errors (warnings allowed), 65 when a file has errors, 66 when \
      a required file is missing.

      Examples:
        ctst validate --root /srv/ctst-workspace --period 2026
        ctst validate --forum BMG --strict
      """)

  @OptionGroup var workspace: WorkspaceOptions

  @Option(
    help: ForumArgument.help("Check only this forum's submission"),
    completion: ForumArgument.completion)
  var forum: String?

  @Flag(help: "Treat warnings as errors.")
  var strict = false

  func run() throws {
    try CTST.run {
      let (loaded, general) = try workspace.loadWorkspace()
      let period = try workspace.resolvePeriod(in: loaded)
      let analysis = Analyzer(workspace: loaded).analyze(period, generalDiagnostics: general)
      var diagnostics = analysis.diagnostics
      if let forum {
        guard analysis.forum(forum) != nil else {
          throw CommandFailure(
            status: .usage,
            message: "error: unknown forum '\(forum)'"
              + Suggestion.didYouMean(forum, in: loaded.modules.map(\.descriptor.id)))
        }
        diagnostics = analysis.forum(forum)?.diagnostics.sortedForDisplay() ?? []
      }
      workspace.console.print(diagnostics)
      let received = analysis.forums.filter { $0.timeliness.isReceived }.count
      let errors = diagnostics.filter { $0.severity == .error }.count
      let warnings = diagnostics.filter { $0.severity == .warning }.count
      workspace.console.err(
        "checked period \(period.id): \(received) of \(analysis.forums.count) submissions,"
          + " \(errors) error\(errors == 1 ? "" : "s"), \(warnings) warning\(warnings == 1 ? "" : "s")"
      )
      let status = ExitStatus.forDiagnostics(diagnostics)
      if status != .ok { throw status.exitCode }
      if strict, warnings > 0 { throw ExitStatus.dataError.exitCode }
    }
  }
}
