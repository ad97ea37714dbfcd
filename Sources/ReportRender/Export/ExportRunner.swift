import Foundation
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
  public func run(now: () -> Date = Date.init) -> ExportOutcome {
    let diagnostics = analysis.diagnostics
    let hasErrors = diagnostics.hasErrors
    func failed(_ status: ExportStatus) -> ExportOutcome {
      ExportOutcome(
        status: status, runDirectory: nil, manifest: nil, diagnostics: diagnostics, pruned: [])
    }
    do {
      try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
    } catch {
      return failed(.cannotCreate(path: directory.path, reason: "cannot create the folder"))
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
    let started = now()
    let name = RunDirectories.uniqueName(for: started, in: directory)
    let staging = directory.appendingPathComponent(".incomplete-\(name)")
    let final = directory.appendingPathComponent(name)
    let status: ExportStatus = hasErrors ? .publishedWithErrors : .published
    do {
      let outputs = try writeReports(into: staging)
      let manifest = ExportManifest(
        toolVersion: toolVersion, job: job.name, period: analysis.period.id,
        started: RunDirectories.iso(started), finished: RunDirectories.iso(now()),
        inputs: analysis.inputs.map { .init(path: $0.path, sha256: $0.sha256) },
        outputs: outputs, diagnostics: diagnostics.map(\.description),
        exitStatus: hasErrors ? 65 : 0)
      try manifest.encoded().write(to: staging.appendingPathComponent("manifest.json"))
      try RunDirectories.publish(staging, as: final)
      try RunDirectories.pointLatest(in: directory, to: name)
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
      pruned: pruned)
  }

  private func writeReports(into staging: URL) throws -> [ExportManifest.Output] {
    let builder = ReportBuilder(analysis: analysis, toolVersion: toolVersion)
    var documents: [ReportDocument] = []
    if job.includeConsolidated { documents.append(builder.consolidated()) }
    for forum in job.sections.forums(among: analysis.forums.map(\.descriptor.id)) {
      if let section = builder.section(forum: forum) { documents.append(section) }
    }
    let writer = OutputWriter(directory: staging)
    var outputs: [ExportManifest.Output] = []
    for document in documents {
      for url in try writer.write(document, formats: job.formats) {
        outputs.append(try ExportManifest.output(url, relative: url.lastPathComponent))
      }
    }
    return outputs
  }
}
