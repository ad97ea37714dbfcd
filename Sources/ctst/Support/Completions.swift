import ArgumentParser
import ReportForums
import ReportKernel

/// What the shell completions offer beyond forum ids (``ForumArgument``): format names written
/// into the scripts, period ids and job names read from the workspace when the user presses Tab.
enum Completions {
  /// Format names, for `--format`.
  static var formats: CompletionKind { .list(OutputFormat.allCases.map(\.rawValue)) }

  /// Period ids from the calendar of the workspace on the command line.
  static var periods: CompletionKind {
    .custom { words, _, prefix in
      matching(config(words)?.periods.map(\.id) ?? [], prefix)
    }
  }

  /// Export job names from the workspace on the command line.
  static var jobs: CompletionKind {
    .custom { words, _, prefix in
      matching(config(words)?.exportJobs.map(\.name) ?? [], prefix)
    }
  }

  /// The workspace root a command line names, found as the command itself finds it
  /// (``RootOption/resolve(root:)``): `--root DIR`, `--root=DIR`, `$CTST_ROOT`, or the nearest
  /// folder holding `config/ctst.yaml` from the current directory up.
  static func root(_ words: [String]) -> String {
    RootOption.resolve(root: RootOption.value(in: words))
  }

  private static func config(_ words: [String]) -> WorkspaceConfig? {
    WorkspaceLoader(root: root(words), registry: ForumRegistry.all).load().value?.config
  }

  private static func matching(_ candidates: [String], _ prefix: String) -> [String] {
    candidates.filter { $0.hasPrefix(prefix) }
  }
}
