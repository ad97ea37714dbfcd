import ArgumentParser
import FoundationEssentials
import ReportKernel
import ReportRender

/// `ctst validate [FILE…]`: checks the configuration and a period's submissions, or the given
/// submission files wherever they are.
struct Validate: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "validate",
    abstract: "Check the configuration and a period's submissions, or the given files.",
    discussion: """
      Prints each problem on stdout as file:line:column: error|warning: message, then a \
      summary line. With FILE arguments, checks those files wherever they are (a submission \
      received by e-mail): the forum and period come from each file's 'forum:' and 'period:'. \
      Without --root, the workspace is the nearest folder holding config/ctst.yaml, from the \
      current directory up. Exits 0 when there are no errors (warnings allowed), 65 when a file \
      has errors, 66 when a required file is missing.

      Examples:
        ctst validate --root /srv/ctst-workspace --period 2026
        ctst validate --forum BMG --strict
        ctst validate ~/Downloads/SCCP.yaml --format json
      """)

  /// How findings are printed.
  enum Format: String, CaseIterable {
    case text, json
  }

  @OptionGroup var workspace: WorkspaceOptions

  @Option(
    help: ForumArgument.help("Check only this forum's submission"),
    completion: ForumArgument.completion)
  var forum: String?

  @Flag(help: "Treat warnings as errors.")
  var strict = false

  @Option(
    help: ArgumentHelp("Print the findings as text or json (for tools).", valueName: "format"),
    completion: .list(Format.allCases.map(\.rawValue)))
  var format = Format.text.rawValue

  @Argument(
    help: ArgumentHelp("Submission files to check (default: the period's).", valueName: "file"))
  var files: [String] = []

  func run() throws {
    try CTST.run {
      let format: Format = try OptionValue.choice(format, option: "--format", noun: "format")
      let (loaded, general) = try workspace.loadWorkspace(findingsTo: .standardOutput)
      var period = try workspace.resolvePeriod(in: loaded)
      let diagnostics: [Diagnostic]
      let summary: String
      // --forum follows the one rule for names (OptionValue), with files or without.
      let forumID = try forum.map { try ForumName.resolve($0, option: "--forum", in: loaded) }
      if files.isEmpty {
        let analysis = Analyzer(workspace: loaded).analyze(period, generalDiagnostics: general)
        var found = analysis.diagnostics
        if let forumID {
          found = analysis.forum(forumID)?.diagnostics.sortedForDisplay() ?? []
        }
        diagnostics = found
        let received = analysis.forums.filter { $0.timeliness.isReceived }.count
        summary = "checked period \(period.id): \(received) of \(analysis.forums.count) submissions"
      } else {
        var found: [Diagnostic] = []
        for file in files {
          let (findings, filePeriod) = try check(file, forum: forumID, in: loaded)
          found += findings
          period = filePeriod ?? period
        }
        diagnostics = (general + found).sortedForDisplay()
        summary = "checked \(files.count) file\(files.count == 1 ? "" : "s")"
      }
      let errors = diagnostics.filter { $0.severity == .error }.count
      let warnings = diagnostics.filter { $0.severity == .warning }.count
      let line =
        "\(summary), \(errors) error\(errors == 1 ? "" : "s"), \(warnings) warning\(warnings == 1 ? "" : "s")"
      var console = workspace.console
      console.findings = .standardOutput
      switch format {
      case .text:
        for diagnostic in diagnostics where diagnostic.severity <= .warning {
          console.out(console.render(diagnostic))
        }
        console.out(line)
      case .json:
        console.out(
          FindingsJSON.render(diagnostics, summary: line, errors: errors, warnings: warnings))
      }
      let status = ExitStatus.forDiagnostics(diagnostics)
      if status != .ok { throw status.exitCode }
      if strict, warnings > 0 { throw ExitStatus.dataError.exitCode }
    }
  }

  /// Checks one file given on the command line, as the submission of the forum and period its
  /// header names (the forum also from its name, `SCCP.yaml`), or as `forum`'s (the id
  /// --forum named).
  private func check(_ file: String, forum: String?, in loaded: Workspace) throws -> (
    [Diagnostic], Period?
  ) {
    let absolute = URL(
      fileURLWithPath: file,
      relativeTo: URL(fileURLWithPath: FileManager.default.currentDirectoryPath, isDirectory: true)
    ).standardizedFileURL.path
    guard FileManager.default.fileExists(atPath: absolute) else {
      throw CommandFailure(status: .noInput, message: "error: cannot find \(file)")
    }
    let loader = SubmissionLoader(workspace: loaded)
    let header = loader.header(of: absolute)
    let named =
      forum ?? header.forum
      ?? URL(fileURLWithPath: file).deletingPathExtension()
      .lastPathComponent
    guard let module = loaded.module(named.uppercased()) else {
      // A file that cannot be read says why, rather than that its forum is unknown.
      let context = DecodingContext(file: file)
      _ = loader.reader.read(absolute, shownAs: file, into: context)
      if context.diagnostics.hasErrors { return (context.diagnostics, nil) }
      let known = loaded.modules.map(\.descriptor.id).joined(separator: ", ")
      // The file's own fault: a finding at its top, in the lead's words (exit 65).
      let cause =
        header.forum.map { "its 'forum:' names '\($0)', which is no forum's id" }
        ?? "it has no 'forum:' line and its name '\(named)' is no forum's id"
      let example = loaded.modules.first.map { " such as 'forum: \($0.descriptor.id)'" } ?? ""
      return (
        [
          .error(
            "cannot tell whose submission this is: \(cause); write your forum's id at the top,"
              + "\(example) (forums: \(known))",
            at: SourceLocation(file: file, line: 1, column: 1), code: "submission.unknown_forum")
        ], nil
      )
    }
    var period = try workspace.resolvePeriod(in: loaded)
    if workspace.period == nil, let named = header.period.flatMap({ loaded.config.period($0) }) {
      period = named
    }
    let analysis = Analyzer(workspace: loaded).analyze(
      file: absolute, shownAs: file, module: module, period: period)
    return (analysis.diagnostics, period)
  }
}
