import FoundationEssentials
import ReportKernel

/// The published runs of an export folder, read back: to compare a new run with the previous
/// complete run of its job, or any two runs with each other.
public enum RunHistory {
  /// A published run: its folder, manifest and snapshot.
  public struct Run: Sendable {
    /// The run folder.
    public let url: URL
    /// Its manifest.
    public let manifest: ExportManifest
    /// Its snapshot, if it has one.
    public let snapshot: RunSnapshot?

    /// The folder's name.
    public var name: String { url.lastPathComponent }
  }

  /// The newest complete run of `job` in `directory` (one with a readable manifest).
  public static func latest(in directory: URL, job: String) -> Run? {
    let names = (try? FileManager.default.contentsOfDirectory(atPath: directory.path)) ?? []
    for name in names.filter(RunDirectories.isRunName).sorted().reversed() {
      if let run = try? load(directory.appendingPathComponent(name, isDirectory: true)),
        run.manifest.job == job
      {
        return run
      }
    }
    return nil
  }

  /// Reads the run at `url`.
  public static func load(_ url: URL) throws(OutputError) -> Run {
    let manifestURL = url.appendingPathComponent("manifest.json")
    let data = try FileSystem.read(manifestURL)
    guard let manifest = try? JSONDecoder().decode(ExportManifest.self, from: data) else {
      throw OutputError(path: manifestURL.path, reason: "not a ctst export manifest")
    }
    return Run(url: url, manifest: manifest, snapshot: RunSnapshot.load(run: url))
  }

  /// The changes from `old` to the run with `inputs` and `snapshot`.
  public static func changes(
    from old: Run?, job: String, inputs: [ExportManifest.Input], snapshot: RunSnapshot
  ) -> RunChanges {
    guard let old else { return .firstRun(job: job) }
    guard let oldSnapshot = old.snapshot else { return .unreadable(run: old.name) }
    return RunChanges(
      since: old.name, old: (old.manifest.inputs, oldSnapshot), new: (inputs, snapshot))
  }

  /// The changes from run `old` to run `new`.
  public static func changes(from old: Run, to new: Run) -> RunChanges {
    guard let snapshot = new.snapshot else { return .unreadable(run: new.name) }
    return changes(
      from: old, job: new.manifest.job, inputs: new.manifest.inputs, snapshot: snapshot)
  }
}
