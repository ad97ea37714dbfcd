import ArgumentParser
import ReportForums
import ReportKernel

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

/// Forum ids as typed on the command line: any case (`sccp`), ``OptionValue``'s rule.
enum ForumName {
  /// The enabled forum's id for `typed` (given as `option`: `--forum`, `<forum>`), or a usage
  /// error listing them.
  static func resolve(_ typed: String, option: String, in workspace: Workspace) throws -> String {
    try resolve(typed, option: option, among: workspace.modules.map(\.descriptor.id))
  }

  /// The enabled forum's module for `typed` (given as `option`), or a usage error.
  static func module(
    _ typed: String, option: String, in workspace: Workspace
  ) throws -> any ForumModule {
    let id = try resolve(typed, option: option, in: workspace)
    guard let module = workspace.module(id) else {
      throw CommandFailure(status: .internalError, message: "error: forum \(id) has no module")
    }
    return module
  }

  /// The id among `enabled` that `typed` names, or a usage error listing them.
  static func resolve(_ typed: String, option: String, among enabled: [String]) throws -> String {
    let name = TypedName.trimmed(typed)
    if let id = enabled.first(where: { $0 == name.uppercased() }) { return id }
    throw OptionValue.unknown(
      "forum", name, option: option, known: enabled,
      write: "write one of the enabled forums: \(enabled.joined(separator: ", "))",
      unknown: "unknown or disabled")
  }
}
