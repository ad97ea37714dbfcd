import ArgumentParser
import Foundation
import ReportForums
import ReportKernel

/// `ctst forums`: lists the registered forum modules and their indicators.
struct Forums: ParsableCommand {
  static let configuration = CommandConfiguration(
    abstract: "List the forum modules, the components they contribute to and their indicators.",
    discussion: """
      Lists every registered forum module with its components and indicators (unit, which \
      direction is better, derived or reported).

      Examples:
        ctst forums
        ctst forums --json
      """)

  @Flag(help: "Print a JSON array instead of text.")
  var json = false

  func run() throws {
    let modules = ForumRegistry.all.map(\.descriptor)
    let console = Console(root: ".")
    if json {
      let encoder = JSONEncoder()
      encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
      let data = try encoder.encode(modules.map(ForumListing.init))
      console.out(String(decoding: data, as: UTF8.self))
      return
    }
    for forum in modules {
      console.out("\(forum.id)  \(forum.name)")
      console.out("  components: \(forum.components.joined(separator: ", "))")
      for indicator in forum.indicators {
        let derived = indicator.isDerived ? ", derived" : ""
        console.out(
          "  \(indicator.id)  \(indicator.title) [\(indicator.unit.rawValue),"
            + " \(indicator.direction == .none ? "not assessed" : "\(indicator.direction.rawValue) is better")\(derived)]"
        )
      }
    }
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
  let components: [String]
  let indicators: [Indicator]

  init(_ forum: ForumDescriptor) {
    id = forum.id
    name = forum.name
    components = forum.components
    indicators = forum.indicators.map {
      Indicator(
        id: $0.id, title: $0.title, unit: $0.unit.rawValue, direction: $0.direction.rawValue,
        component: $0.component, pillars: $0.pillars, derived: $0.isDerived)
    }
  }
}
