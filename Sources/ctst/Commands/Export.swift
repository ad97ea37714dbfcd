import ArgumentParser
import FoundationEssentials
import Glibc
import ReportKernel
import ReportRender

/// `ctst export`: unattended publication for cron.
struct Export: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "export",
    abstract: "Run the export jobs of config/ctst.yaml unattended (for cron).",
    usage: """
      ctst export [--job <name>] [--root <dir>] [--out <dir>] [<options>]
             ctst export --diff <run-a> <run-b> [--job <name>] [--root <dir>]
      """,
    discussion: """
      Each run writes into a new folder named by its UTC start time under the job's export \
      folder, with a manifest.json (inputs and outputs with checksums, findings, and what \
      changed since the job's previous complete run), then moves the 'latest' link to it \
      and prunes the oldest runs. The consolidated workbook gets a Changes sheet and the \
      text a "Changes since the export of <date>" annex. Quiet on success unless --verbose.

      SIGTERM, SIGINT or SIGHUP stops a run before it publishes: its folder is removed, \
      'latest' stays on the last complete run, and ctst exits 143, 130 or 129.

      Exit codes: 0 published; 64 unknown job or bad option; 65 a submission has errors \
      (published with the problems in the data notes, or nothing published with --strict); \
      66 missing input; 73 cannot create output; 75 another run holds the lock.

      Examples:
        ctst export --root /srv/ctst-workspace --job nightly
        ctst export --diff 20261128T023000Z latest
      """)

  /// The log line format.
  enum LogFormat: String, CaseIterable {
    case text, json
  }

  @OptionGroup var workspace: WorkspaceOptions

  @Option(help: ArgumentHelp("Run only this job.", valueName: "name"), completion: Completions.jobs)
  var job: String?

  @Option(
    help: ArgumentHelp("Export into this folder instead of the job's.", valueName: "dir"),
    completion: .directory)
  var out: String?

  @Option(help: ArgumentHelp("Keep this many runs instead of the job's setting.", valueName: "n"))
  var keep: Int?

  @Flag(help: "Publish nothing when a submission has errors.")
  var strict = false

  @Flag(help: "Print the published run directories.")
  var verbose = false

  @Option(
    help: ArgumentHelp("Log lines as text or json.", valueName: "format"),
    completion: .list(LogFormat.allCases.map(\.rawValue)))
  var logFormat = LogFormat.text.rawValue

  @Option(
    parsing: .upToNextOption,
    help: ArgumentHelp(
      "Print what changed from run A to run B of a job (folder names, 'latest' or paths),"
        + " and export nothing.", valueName: "run"),
    completion: .directory)
  var diff: [String] = []

  func validate() throws {
    try FolderOption.validate(out)
    if let keep, keep < 1 { throw ValidationError("--keep must be at least 1") }
    if !diff.isEmpty, diff.count != 2 {
      throw ValidationError("--diff needs two runs, found \(diff.count)")
    }
  }

  func run() throws {
    var format = LogFormat.text
    try CTST.run {
      format = try OptionValue.choice(logFormat, option: "--log-format", noun: "log format")
    }
    let log = ExportLog(format: format, console: workspace.console)
    let loadedWorkspace: Workspace
    let general: [Diagnostic]
    do {
      (loadedWorkspace, general) = try workspace.loadWorkspace()
    } catch let failure as CommandFailure {
      log.error(failure.message.replacing("error: ", with: ""), job: nil)
      throw failure.status.exitCode
    }
    let jobs: [ExportJob]
    do {
      jobs = try selectedJobs(loadedWorkspace)
    } catch let failure as CommandFailure {
      log.error(failure.message.replacing("error: ", with: ""), job: job)
      throw failure.status.exitCode
    }
    if !diff.isEmpty {
      try CTST.run { try RunDiff(runs: diff, directory: exportDirectory(jobs[0])).print() }
      return
    }
    let interruption = Interruption()
    interruption.install()
    var worst = ExitStatus.ok
    for job in jobs {
      let status = runJob(
        job, workspace: loadedWorkspace, general: general, log: log, interruption: interruption)
      if let signal = interruption.receivedSignal { throw ExitCode(Interruption.exitCode(signal)) }
      if status.rawValue > worst.rawValue { worst = status }
    }
    if worst != .ok { throw worst.exitCode }
  }

  /// The job's export folder (or --out), absolute.
  private func exportDirectory(_ job: ExportJob) -> URL {
    let root = URL(fileURLWithPath: workspace.resolvedRoot, isDirectory: true)
    let folder = out ?? job.directory
    return folder.hasPrefix("/")
      ? URL(fileURLWithPath: folder, isDirectory: true)
      : root.appendingPathComponent(folder, isDirectory: true)
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
    let name = TypedName.trimmed(job)
    guard let found = jobs.first(where: { $0.name == name }) else {
      let names = jobs.map(\.name)
      throw OptionValue.unknown(
        "job", name, option: "--job", known: names,
        write: "write one of the jobs in config/ctst.yaml: \(names.joined(separator: ", "))")
    }
    return [found]
  }

  private func runJob(
    _ job: ExportJob, workspace loaded: Workspace, general: [Diagnostic], log: ExportLog,
    interruption: Interruption
  ) -> ExitStatus {
    guard let period = loaded.period(job.period) else {
      log.error("job '\(job.name)': unknown period '\(job.period ?? "latest")'", job: job.name)
      return .dataError
    }
    let directory = exportDirectory(job)
    let analysis = Analyzer(workspace: loaded).analyze(period, generalDiagnostics: general)
    let outcome = ExportRunner(
      analysis: analysis, job: job, directory: directory, keep: keep ?? job.keep, strict: strict,
      toolVersion: CTST.version
    ).run(checkpoint: interruption.checkpoint)
    interruption.published()
    let status = Self.exitStatus(outcome.status)
    for diagnostic in outcome.diagnostics where diagnostic.severity == .error {
      log.diagnostic(diagnostic, job: job.name)
    }
    switch outcome.status {
    case .published, .publishedWithErrors:
      if verbose {
        log.info("published \(outcome.runDirectory?.path ?? "")", job: job.name)
        if let summary = outcome.changes?.summary { log.info(summary, job: job.name) }
      }
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
    case .interrupted(let signal):
      log.error(
        "job '\(job.name)': stopped by \(Interruption.name(signal)); nothing published,"
          + " 'latest' unchanged",
        job: job.name)
      return status
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
    case .interrupted(let signal): signal == SIGINT ? .interrupted : .terminated
    }
  }
}
