import ArgumentParser
import FoundationEssentials
import ReportForums
import ReportKernel

/// `ctst forums`: lists the registered forum modules, their indicators, and which of them the
/// workspace enables.
struct Forums: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "forums",
    abstract:
      "List the forum modules, the components they contribute to, their indicators, and which"
      + " of them the workspace enables.",
    discussion: """
      The forum modules are built into ctst; 'forums:' in config/ctst.yaml chooses which of \
      them a workspace reports on (default: all). Outside a workspace (no --root, no \
      $CTST_ROOT and no config/ctst.yaml in the current directory) every registered forum is \
      listed, without 'enabled'.

      Examples:
        ctst forums --root /srv/ctst-workspace
        ctst forums --json
      """)

  @OptionGroup var location: RootOption

  @Flag(help: "Print a JSON array instead of text.")
  var json = false

  func run() throws {
    try CTST.run {
      let enabled = try enabledForums()
      let listings = ForumRegistry.all.map {
        ForumListing($0.descriptor, enabled: enabled.map(Set.init)?.contains($0.descriptor.id))
      }
      let console = location.console
      if json {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        console.out(String(decoding: try encoder.encode(listings), as: UTF8.self))
        return
      }
      for listing in listings {
        console.out(listing.text)
      }
    }
  }

  /// The ids the workspace enables, or nil outside a workspace.
  private func enabledForums() throws -> [String]? {
    if location.explicitRoot == nil,
      !FileManager.default.fileExists(atPath: location.resolvedRoot + "/config/ctst.yaml")
    {
      return nil
    }
    return try location.loadWorkspace().0.modules.map(\.descriptor.id)
  }
}

/// The JSON shape of one forum in `ctst forums --json`.
struct ForumListing: Encodable {
  struct Indicator: Encodable {
    let id: String
    let title: String
    let unit: String
    let direction: String
    let component: String
    let pillars: [String]
    let derived: Bool
  }

  let id: String
  let name: String
  /// Whether the workspace enables the forum; absent outside a workspace.
  let enabled: Bool?
  let components: [String]
  let indicators: [Indicator]

  init(_ forum: ForumDescriptor, enabled: Bool?) {
    id = forum.id
    name = forum.name
    self.enabled = enabled
    components = forum.components
    indicators = forum.indicators.map {
      Indicator(
        id: $0.id, title: $0.title, unit: $0.unit.rawValue, direction: $0.direction.rawValue,
        component: $0.component, pillars: $0.pillars, derived: $0.isDerived)
    }
  }

  /// The forum as text: a heading line (with "enabled" or "disabled" in a workspace), its
  /// components and one line per indicator.
  var text: String {
    let state = enabled.map { $0 ? "  [enabled]" : "  [disabled in config/ctst.yaml]" } ?? ""
    var lines = ["\(id)  \(name)\(state)", "  components: \(components.joined(separator: ", "))"]
    for indicator in indicators {
      let direction =
        indicator.direction == "none" ? "not assessed" : "\(indicator.direction) is better"
      let derived = indicator.derived ? ", derived" : ""
      lines.append(
        "  \(indicator.id)  \(indicator.title) [\(indicator.unit), \(direction)\(derived)]")
    }
    return lines.joined(separator: "\n")
  }
}
