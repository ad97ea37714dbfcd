import ReportForums
import ReportKernel
import Synchronization

/// The workspace a command line names, loaded while the command line is parsed.
///
/// Parsing takes about 2 ms (swift-argument-parser reflects over every option); loading the
/// configuration, the strategy and the targets takes 3 to 5 ms and needs only the workspace's
/// folder. ``start(_:)`` reads that folder from the raw arguments the way ``RootOption``
/// resolves it (the last `--root DIR` or `--root=DIR` before `--`, else `$CTST_ROOT`, else the
/// nearest folder above holding config/ctst.yaml) and starts a ``WorkspaceLoad``.
/// ``take(root:)`` hands it over only for exactly the folder the parsed command resolved; for
/// any other it returns nil and the command loads that folder itself, so a wrong guess costs
/// time on another core, never a different result. The files are read once either way, a few
/// milliseconds earlier.
enum WorkspaceReadAhead {
  private static let started = Mutex<WorkspaceLoad?>(nil)

  /// Starts loading the workspace that `arguments` (the process's, program name first) name,
  /// when they name a subcommand and ask for no help or version.
  static func start(_ arguments: [String]) {
    let words = Array(arguments.dropFirst().prefix { $0 != "--" })
    guard let command = words.first, CTST.workspaceCommands.contains(command),
      !words.contains(where: { ["-h", "--help", "--version"].contains($0) })
    else { return }
    let load = WorkspaceLoad(
      root: RootOption.resolve(root: RootOption.value(in: words)), registry: ForumRegistry.all)
    started.withLock { $0 = load }
  }

  /// The workspace loaded ahead when it is the one at `root`, waiting for it; nil when none was
  /// started or another folder was. Hands it over once.
  static func take(root: String) -> Checked<Workspace>? {
    let load = started.withLock { started in
      defer { started = nil }
      return started
    }
    return load?.value(for: root)
  }
}
