import ArgumentParser
import FoundationEssentials
import ReportCompose
import ReportKernel
import ReportRender

/// Options of the commands that write reports.
struct ReportOptions: ParsableArguments {
  @Option(
    help: ArgumentHelp(
      "Comma-separated formats: xlsx, txt, md, json, csv (default: output.formats in"
        + " config/ctst.yaml, else xlsx,txt,md).", valueName: "list"),
    completion: Completions.formats)
  var format: String?

  @Option(
    help: ArgumentHelp(
      "Write into this folder (default: reports/<period>/output/ in the workspace).",
      valueName: "dir"), completion: .directory)
  var out: String?

  func validate() throws {
    try FolderOption.validate(out)
  }

  /// The formats asked for, or the configured ones (``OptionValue``'s rule for each item).
  func formats(default configured: [OutputFormat]) throws -> [OutputFormat] {
    guard let format else { return configured }
    let known = OutputFormat.allCases.map(\.rawValue)
    let write = "write one or more of \(known.joined(separator: ", ")), separated by commas"
    var formats: [OutputFormat] = []
    for name in OptionValue.items(format) {
      guard let parsed = OutputFormat(rawValue: name.lowercased()) else {
        throw OptionValue.unknown("format", name, option: "--format", known: known, write: write)
      }
      if !formats.contains(parsed) { formats.append(parsed) }
    }
    guard !formats.isEmpty else {
      throw OptionValue.unknown("format", "", option: "--format", known: known, write: write)
    }
    return formats
  }

  /// The output folder for `period`.
  func directory(root: String, workspace: Workspace, period: Period) -> URL {
    if let out { return URL(fileURLWithPath: out, isDirectory: true) }
    return URL(fileURLWithPath: root, isDirectory: true)
      .appendingPathComponent("reports")
      .appendingPathComponent(period.id)
      .appendingPathComponent(workspace.config.outputDirectory)
  }
}

/// The steps `section` and `consolidate` share: load, analyse, build, write, report.
enum ReportCommand {
  /// Loads the workspace and period, builds a document with `build`, writes it in the chosen
  /// formats and prints the paths. Exits 65 after writing when a submission has errors (the
  /// report then lists them in its data notes), 73 when an output cannot be written.
  static func run(
    workspace options: WorkspaceOptions, report: ReportOptions,
    build: (ReportBuilder, PeriodAnalysis) throws -> ReportDocument
  ) throws {
    try CTST.run {
      let (workspace, general) = try options.loadWorkspace()
      let period = try options.resolvePeriod(in: workspace)
      let formats = try report.formats(default: workspace.config.formats)
      let analysis = Analyzer(workspace: workspace).analyze(period, generalDiagnostics: general)
      let document = try build(
        ReportBuilder(analysis: analysis, toolVersion: CTST.version), analysis)
      // The parts may still be being composed on another thread when no format reads them (a
      // workbook alone): the command ends after them, not under them.
      defer { _ = document.parts }
      let console = options.console
      console.print(document.findings)
      let directory = report.directory(
        root: options.resolvedRoot, workspace: workspace, period: period)
      do {
        let writer = OutputWriter(
          directory: directory, interruption: Interruption.writing(into: directory))
        for url in try writer.write(document, formats: formats) {
          console.out(url.path)
        }
      } catch let error as OutputError {
        throw CommandFailure(status: .cannotCreate, message: "error: \(error)")
      }
      let status = ExitStatus.forDiagnostics(document.findings)
      KeptUntilExit.keep((workspace, analysis, document))
      if status != .ok { throw status.exitCode }
    }
  }
}
