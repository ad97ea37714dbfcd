import ForumBMG
import ForumCTTF
import ForumSCCP
import ForumTEL
import ForumTPTWG
import ReportKernel

/// The registry of forum modules: one line per forum.
///
/// Adding a forum is a new folder under `Plugins/`, its name in `Package.swift`'s `forums`
/// list, and one line here; the kernel does not change.
public enum ForumRegistry {
  /// Every registered forum module, in the order reports present them.
  public static let all: [any ForumModule] = [
    CTTFModule(),
    TPTWGModule(),
    SCCPModule(),
    BMGModule(),
    TELModule(),
  ]

  /// The id of every registered forum, in ``all``'s order: for help texts, completions and
  /// listings that name the forums.
  public static let ids: [String] = all.map(\.descriptor.id)
}
