import ArgumentParser
import Foundation
import ReportForums
import ReportKernel

/// Options every workspace command shares.
struct WorkspaceOptions: ParsableArguments {
  @Option(
    help: ArgumentHelp(
      "The workspace holding config/ and reports/ (default: $CTST_ROOT, else the current directory).",
      valueName: "dir"), completion: .directory)
  var root: String?

  @Option(
    help: ArgumentHelp(
      "The reporting period id from config/ctst.yaml (default: the latest period).",
      valueName: "id"), completion: Completions.periods)
  var period: String?

  /// The resolved workspace root.
  var resolvedRoot: String {
    root ?? ProcessInfo.processInfo.environment["CTST_ROOT"]
      ?? FileManager.default
      .currentDirectoryPath
  }

  /// A console for this workspace.
  var console: Console { Console(root: resolvedRoot) }

  /// Loads the workspace, printing its findings; throws the exit status when it cannot be used.
  func loadWorkspace() throws -> (Workspace, [Diagnostic]) {
    let root = resolvedRoot
    var isDirectory: ObjCBool = false
    guard FileManager.default.fileExists(atPath: root, isDirectory: &isDirectory),
      isDirectory.boolValue
    else {
      throw CommandFailure(status: .noInput, message: "error: workspace '\(root)' does not exist")
    }
    let loaded = WorkspaceLoader(root: root, registry: ForumRegistry.all).load()
    guard let workspace = loaded.value, !loaded.diagnostics.hasErrors else {
      console.print(loaded.diagnostics)
      throw ExitStatus.forDiagnostics(loaded.diagnostics).exitCode
    }
    return (workspace, loaded.diagnostics)
  }

  /// The period named by `--period`, or the latest; an unknown id is a usage error.
  func resolvePeriod(in workspace: Workspace) throws -> Period {
    if let id = period {
      guard let found = workspace.config.period(id) else {
        let known = workspace.config.periods.map(\.id)
        let shown = id.unicodeScalars.map {
          $0.properties.isWhitespace || $0.value < 32 ? "?" : String($0)
        }.joined()
        throw CommandFailure(
          status: .usage,
          message: "error: unknown period '\(shown)'" + Suggestion.didYouMean(id, in: known)
            + "; periods in config/ctst.yaml: \(known.joined(separator: ", "))")
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
