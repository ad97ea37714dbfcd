import FoundationEssentials
import ReportCompose
import ReportKernel

/// How an export run ended.
public enum ExportStatus: Sendable, Equatable {
  /// Published, no errors.
  case published
  /// Published, but a submission has errors (listed in the report's data notes).
  case publishedWithErrors
  /// Nothing published: the inputs have errors and `--strict` was given.
  case refused
  /// Another run holds the lock.
  case locked(path: String)
  /// A folder or file could not be created or written.
  case cannotCreate(path: String, reason: String)
  /// Stopped by `signal` (SIGTERM, SIGINT) before publishing; nothing was left behind.
  case interrupted(signal: Int32)
}

/// A named point of a run where it may stop: `lock` (the lock is taken), `render` (before
/// each report), `manifest` (before the manifest is written), `publish` (before the run
/// folder gets its final name). After `publish` the run completes.
public struct ExportStep: Sendable {
  /// The step's name.
  public let name: String
  /// The hidden folder the run is being written into.
  public let staging: URL
}

/// Thrown by a checkpoint to stop a run before it publishes.
public struct ExportInterrupted: Error, Sendable {
  /// The signal that asked for it.
  public let signal: Int32

  /// Creates the error.
  public init(signal: Int32) {
    self.signal = signal
  }
}

/// The outcome of one job's run.
public struct ExportOutcome: Sendable {
  /// How it ended.
  public let status: ExportStatus
  /// The published run directory, if any.
  public let runDirectory: URL?
  /// Its manifest, if written.
  public let manifest: URL?
  /// Every finding about the inputs.
  public let diagnostics: [Diagnostic]
  /// Run directories removed by retention.
  public let pruned: [URL]
  /// What changed since the job's previous complete run, when published.
  public var changes: RunChanges?
}

/// Runs one export job: takes the lock, writes every report into a fresh run directory named
/// by its UTC start time, writes the manifest, publishes the directory with one rename, moves
/// the `latest` link to it, and prunes the oldest runs beyond the retention count.
///
/// A run is built under a hidden temporary name and renamed only when complete, so a kill at
/// any moment leaves `latest` pointing at the last complete run and no run directory without
/// its manifest. A run never touches an earlier run's files.
public struct ExportRunner: Sendable {
  /// The analysed period.
  public let analysis: PeriodAnalysis
  /// The job.
  public let job: ExportJob
  /// The export folder (absolute).
  public let directory: URL
  /// How many runs to keep.
  public let keep: Int
  /// With `strict`, inputs with errors publish nothing.
  public let strict: Bool
  /// The ctst version.
  public let toolVersion: String

  /// Creates a runner.
  public init(
    analysis: PeriodAnalysis, job: ExportJob, directory: URL, keep: Int, strict: Bool,
    toolVersion: String
  ) {
    self.analysis = analysis
    self.job = job
    self.directory = directory
    self.keep = keep
    self.strict = strict
    self.toolVersion = toolVersion
  }

  /// Runs the job, using `now` for the run directory's name and the manifest's times.
  /// `checkpoint` is called at each ``ExportStep`` before publishing; when it throws
  /// ``ExportInterrupted``, the run folder is removed and nothing is published.
  public func run(
    now: () -> Date = Date.init,
    checkpoint: (ExportStep) throws(ExportInterrupted) -> Void = { _ in }
  ) -> ExportOutcome {
    let diagnostics = analysis.diagnostics
    let hasErrors = diagnostics.hasErrors
    func failed(_ status: ExportStatus) -> ExportOutcome {
      ExportOutcome(
        status: status, runDirectory: nil, manifest: nil, diagnostics: diagnostics, pruned: [])
    }
    do {
      try FileSystem.createDirectories(directory)
    } catch {
      return failed(.cannotCreate(path: error.path, reason: error.reason))
    }
    let lockPath = directory.appendingPathComponent(".ctst.lock").path
    let lock: ExportLock
    do {
      lock = try ExportLock(path: lockPath)
    } catch {
      switch error {
      case .held(let path): return failed(.locked(path: path))
      case .cannotOpen(let path, let reason):
        return failed(.cannotCreate(path: path, reason: reason))
      }
    }
    defer { withExtendedLifetime(lock) {} }
    if strict, hasErrors { return failed(.refused) }
    // One reading of the clock names the run folder and is the manifest's `started`; both
    // are written by UTCTimestamp, so they name the same second.
    let started = now()
    let name = RunDirectories.uniqueName(for: started, in: directory)
    let staging = directory.appendingPathComponent(".incomplete-\(name)")
    let final = directory.appendingPathComponent(name)
    let status: ExportStatus = hasErrors ? .publishedWithErrors : .published
    var published: RunChanges?
    do {
      try checkpoint(ExportStep(name: "lock", staging: staging))
      let inputs = analysis.inputs.map { ExportManifest.Input(path: $0.path, sha256: $0.sha256) }
      let snapshot = RunSnapshot(analysis)
      let changes = RunHistory.changes(
        from: RunHistory.latest(in: directory, job: job.name), job: job.name, inputs: inputs,
        snapshot: snapshot)
      var outputs = try writeReports(into: staging, changes: changes, checkpoint: checkpoint)
      let snapshotURL = staging.appendingPathComponent(RunSnapshot.fileName)
      try FileSystem.write(try snapshot.encoded(), to: snapshotURL)
      outputs.append(try ExportManifest.output(snapshotURL, relative: RunSnapshot.fileName))
      try checkpoint(ExportStep(name: "manifest", staging: staging))
      let manifest = ExportManifest(
        toolVersion: toolVersion, job: job.name, period: analysis.period.id,
        started: UTCTimestamp.seconds(started), finished: UTCTimestamp.seconds(now()),
        inputs: inputs, outputs: outputs, diagnostics: diagnostics.map(\.description),
        exitStatus: hasErrors ? 65 : 0, changes: changes)
      try FileSystem.write(
        try manifest.encoded(), to: staging.appendingPathComponent("manifest.json"))
      try checkpoint(ExportStep(name: "publish", staging: staging))
      try RunDirectories.publish(staging, as: final)
      try RunDirectories.pointLatest(in: directory, to: name)
      published = changes
    } catch let error as ExportInterrupted {
      try? FileManager.default.removeItem(at: staging)
      return failed(.interrupted(signal: error.signal))
    } catch let error as OutputError {
      try? FileManager.default.removeItem(at: staging)
      return failed(.cannotCreate(path: error.path, reason: error.reason))
    } catch {
      try? FileManager.default.removeItem(at: staging)
      return failed(.cannotCreate(path: final.path, reason: "\(error)"))
    }
    let pruned = RunDirectories.prune(in: directory, keep: keep, sparing: name)
    return ExportOutcome(
      status: status, runDirectory: final,
      manifest: final.appendingPathComponent("manifest.json"), diagnostics: diagnostics,
      pruned: pruned, changes: published)
  }

  private func writeReports(
    into staging: URL, changes: RunChanges,
    checkpoint: (ExportStep) throws(ExportInterrupted) -> Void
  ) throws -> [ExportManifest.Output] {
    let builder = ReportBuilder(analysis: analysis, toolVersion: toolVersion)
    var documents: [ReportDocument] = []
    if job.includeConsolidated {
      documents.append(
        builder.consolidated().appending(
          ChangesPart.part(changes, names: ChangeNames(analysis: analysis))))
    }
    for forum in job.sections.forums(among: analysis.forums.map(\.descriptor.id)) {
      if let section = builder.section(forum: forum) { documents.append(section) }
    }
    if job.includeReview, let review = builder.review() { documents.append(review) }
    let writer = OutputWriter(directory: staging)
    var outputs: [ExportManifest.Output] = []
    for document in documents {
      try checkpoint(ExportStep(name: "render", staging: staging))
      for url in try writer.write(document, formats: job.formats) {
        outputs.append(try ExportManifest.output(url, relative: url.lastPathComponent))
      }
      // Its parts may still be being composed when no format read them (a workbook alone).
      _ = document.parts
    }
    return outputs
  }
}
