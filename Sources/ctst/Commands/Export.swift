import ArgumentParser
import Foundation
import ReportKernel
import ReportRender

/// `ctst export`: unattended publication for cron.
struct Export: ParsableCommand {
  static let configuration = CommandConfiguration(
    abstract: "Run the export jobs of config/ctst.yaml unattended (for cron).",
    discussion: """
      Each run writes into a new directory named by its UTC start time under the job's export
      directory, with a manifest.json, then moves the 'latest' link to it and prunes the oldest
      runs. Quiet on success unless --verbose. Exit codes: 0 published; 65 a submission has
      errors (published with the problems in the data notes, or nothing published with
      --strict); 66 missing input; 73 cannot create output; 75 another run holds the lock.
      """)

  /// The log line format.
  enum LogFormat: String, ExpressibleByArgument, CaseIterable {
    case text, json
  }

  @OptionGroup var workspace: WorkspaceOptions

  @Option(help: ArgumentHelp("Run only this job.", valueName: "name"))
  var job: String?

  @Option(help: ArgumentHelp("Export into this folder instead of the job's.", valueName: "dir"))
  var out: String?

  @Option(help: ArgumentHelp("Keep this many runs instead of the job's setting.", valueName: "n"))
  var keep: Int?

  @Flag(help: "Publish nothing when a submission has errors.")
  var strict = false

  @Flag(help: "Print the published run directories.")
  var verbose = false

  @Option(help: "Log lines as text or json.")
  var logFormat: LogFormat = .text

  func validate() throws {
    if let keep, keep < 1 { throw ValidationError("--keep must be at least 1") }
  }

  func run() throws {
    let log = ExportLog(format: logFormat, console: workspace.console)
    let loadedWorkspace: Workspace
    let general: [Diagnostic]
    do {
      (loadedWorkspace, general) = try workspace.loadWorkspace()
    } catch let failure as CommandFailure {
      log.error(failure.message.replacingOccurrences(of: "error: ", with: ""), job: nil)
      throw failure.status.exitCode
    }
    let jobs = try selectedJobs(loadedWorkspace)
    var worst = ExitStatus.ok
    for job in jobs {
      let status = runJob(job, workspace: loadedWorkspace, general: general, log: log)
      if status.rawValue > worst.rawValue { worst = status }
    }
    if worst != .ok { throw worst.exitCode }
  }

  private func selectedJobs(_ workspace: Workspace) throws -> [ExportJob] {
    let jobs = workspace.config.exportJobs
    guard let job else {
      guard !jobs.isEmpty else {
        throw CommandFailure(
          status: .dataError, message: "error: config/ctst.yaml defines no export jobs ('exports:')"
        )
      }
      return jobs
    }
    guard let found = jobs.first(where: { $0.name == job }) else {
      let names = jobs.map(\.name)
      throw ValidationError(
        "unknown job '\(job)'" + Suggestion.didYouMean(job, in: names)
          + "; jobs: \(names.joined(separator: ", "))")
    }
    return [found]
  }

  private func runJob(
    _ job: ExportJob, workspace loaded: Workspace, general: [Diagnostic], log: ExportLog
  ) -> ExitStatus {
    guard let period = loaded.period(job.period) else {
      log.error("job '\(job.name)': unknown period '\(job.period ?? "latest")'", job: job.name)
      return .dataError
    }
    let root = URL(fileURLWithPath: workspace.resolvedRoot, isDirectory: true)
    let folder = out ?? job.directory
    let directory =
      folder.hasPrefix("/")
      ? URL(fileURLWithPath: folder, isDirectory: true)
      : root.appendingPathComponent(folder, isDirectory: true)
    let analysis = Analyzer(workspace: loaded).analyze(period, generalDiagnostics: general)
    let outcome = ExportRunner(
      analysis: analysis, job: job, directory: directory, keep: keep ?? job.keep, strict: strict,
      toolVersion: CTST.version
    ).run()
    let status = Self.exitStatus(outcome.status)
    for diagnostic in outcome.diagnostics where diagnostic.severity == .error {
      log.diagnostic(diagnostic, job: job.name)
    }
    switch outcome.status {
    case .published, .publishedWithErrors:
      if verbose { log.info("published \(outcome.runDirectory?.path ?? "")", job: job.name) }
      if status != .ok {
        let files = Set(
          outcome.diagnostics.filter { $0.severity == .error }.compactMap(\.location?.file))
        log.error(
          "job '\(job.name)': published with invalid input in \(files.sorted().joined(separator: ", "))",
          job: job.name)
      }
    case .refused:
      log.error("job '\(job.name)': invalid input; nothing published (--strict)", job: job.name)
    case .locked(let path):
      log.error("job '\(job.name)': another ctst export holds the lock \(path)", job: job.name)
    case .cannotCreate(let path, let reason):
      log.error("job '\(job.name)': cannot write \(path): \(reason)", job: job.name)
    }
    if status != .ok, let command = job.onFailure {
      FailureHook.run(command, status: status.rawValue, manifest: outcome.manifest, job: job.name)
    }
    return status
  }

  static func exitStatus(_ status: ExportStatus) -> ExitStatus {
    switch status {
    case .published: .ok
    case .publishedWithErrors, .refused: .dataError
    case .locked: .temporaryFailure
    case .cannotCreate: .cannotCreate
    }
  }
}
