import ArgumentParser
import FoundationEssentials
import Glibc
import ReportForums
import ReportKernel
import ReportRender

/// The `--root` option every command shares, and loading the workspace it names.
struct RootOption: ParsableArguments {
  @Option(
    help: ArgumentHelp(
      "The workspace holding config/ and reports/ (default: $CTST_ROOT, else the nearest"
        + " folder holding config/ctst.yaml, from the current directory up).",
      valueName: "dir"), completion: .directory)
  var root: String?

  /// The root given by `--root` or `$CTST_ROOT`, or nil when neither names one.
  var explicitRoot: String? { Self.explicit(root: root) }

  /// The resolved workspace root: `--root`, `$CTST_ROOT`, or the nearest folder holding
  /// `config/ctst.yaml` from the current directory up (the current directory when none does).
  var resolvedRoot: String { Self.resolve(root: root) }

  /// ``explicitRoot`` for the option's value `root`.
  static func explicit(root: String?) -> String? {
    root ?? getenv("CTST_ROOT").map { String(cString: $0) }.flatMap { $0.isEmpty ? nil : $0 }
  }

  /// The option's value in raw command-line `words` (before `--`): the last `--root DIR` or
  /// `--root=DIR`, as the parser keeps the last of a repeated option; nil when none.
  static func value(in words: [String]) -> String? {
    var value: String?
    var index = 0
    while index < words.count, words[index] != "--" {
      if words[index] == "--root", index + 1 < words.count {
        value = words[index + 1]
        index += 1
      } else if words[index].hasPrefix("--root=") {
        value = String(words[index].dropFirst("--root=".count))
      }
      index += 1
    }
    return value
  }

  /// ``resolvedRoot`` for the option's value `root`.
  static func resolve(root: String?) -> String {
    explicit(root: root) ?? search(from: FileManager.default.currentDirectoryPath)
      ?? FileManager.default.currentDirectoryPath
  }

  /// The nearest folder at or above `start` that holds `config/ctst.yaml`.
  static func search(from start: String) -> String? {
    var folder = URL(fileURLWithPath: start, isDirectory: true).standardizedFileURL
    while true {
      let config = folder.appendingPathComponent("config/ctst.yaml").path
      if FileManager.default.fileExists(atPath: config) { return folder.path }
      let parent = folder.deletingLastPathComponent()
      if parent.path == folder.path { return nil }
      folder = parent
    }
  }

  /// A console for this workspace.
  var console: Console { Console(root: resolvedRoot) }

  /// Loads the workspace, printing its findings to `stream`; throws the exit status when it
  /// cannot be used.
  func loadWorkspace(findingsTo stream: Console.Stream = .standardError) throws -> (
    Workspace, [Diagnostic]
  ) {
    let root = resolvedRoot
    guard FileSystem.isDirectory(root) else {
      throw CommandFailure(status: .noInput, message: "error: workspace '\(root)' does not exist")
    }
    if explicitRoot == nil,
      !FileManager.default.fileExists(
        atPath: URL(fileURLWithPath: root).appendingPathComponent("config/ctst.yaml").path)
    {
      throw CommandFailure(
        status: .noInput,
        message: "error: no ctst workspace found: neither \(root) nor any folder above it holds"
          + " config/ctst.yaml; run ctst inside the workspace, or name it with --root DIR or the"
          + " CTST_ROOT environment variable")
    }
    let loaded =
      WorkspaceReadAhead.take(root: root)
      ?? WorkspaceLoader(root: root, registry: ForumRegistry.all).load()
    guard let workspace = loaded.value, !loaded.diagnostics.hasErrors else {
      var console = console
      console.findings = stream
      console.print(loaded.diagnostics)
      throw ExitStatus.forDiagnostics(loaded.diagnostics).exitCode
    }
    return (workspace, loaded.diagnostics)
  }
}

/// Options every workspace command shares: `--root` and `--period`.
struct WorkspaceOptions: ParsableArguments {
  @OptionGroup var location: RootOption

  @Option(
    help: ArgumentHelp(
      "The reporting period id from config/ctst.yaml (default: the latest period).",
      valueName: "id"), completion: Completions.periods)
  var period: String?

  /// The resolved workspace root.
  var resolvedRoot: String { location.resolvedRoot }

  /// A console for this workspace.
  var console: Console { location.console }

  /// Loads the workspace, printing its findings to `stream`; throws the exit status when it
  /// cannot be used.
  func loadWorkspace(findingsTo stream: Console.Stream = .standardError) throws -> (
    Workspace, [Diagnostic]
  ) {
    try location.loadWorkspace(findingsTo: stream)
  }

  /// The period named by `--period` (``OptionValue``'s rule), or the latest; an unknown id is
  /// a usage error.
  func resolvePeriod(in workspace: Workspace) throws -> Period {
    if let typed = period {
      let id = TypedName.trimmed(typed)
      guard let found = workspace.config.period(id) else {
        let known = workspace.config.periods.map(\.id)
        throw OptionValue.unknown(
          "period", id, option: "--period", known: known,
          write: "write one of the periods in config/ctst.yaml: \(known.joined(separator: ", "))")
      }
      return found
    }
    guard let latest = workspace.config.latestPeriod else {
      throw CommandFailure(
        status: .dataError, message: "error: config/ctst.yaml defines no periods")
    }
    return latest
  }
}
