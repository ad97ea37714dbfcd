import ArgumentParser
import ReportForums

/// The help and shell completion of an argument that names a forum, both from the registry, so
/// a new forum module appears in `--help` and completions without a CLI change.
enum ForumArgument {
  /// `abstract`, then the registered forum ids: "The forum id (CTTF, TPTWG, …)."
  static func help(_ abstract: String) -> ArgumentHelp {
    ArgumentHelp(
      "\(abstract) (\(ForumRegistry.ids.joined(separator: ", "))).", valueName: "forum")
  }

  /// Completes the registered forum ids.
  static var completion: CompletionKind { .list(ForumRegistry.ids) }
}
