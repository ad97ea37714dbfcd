/// Verifies the forum modules' definitions before any report runs: ids well-formed and
/// unique, components and pillars present in the strategy. Reports every problem at once.
public struct ForumDefinitionCheck: Sendable {
  /// The strategy the modules must fit.
  public let strategy: Strategy

  /// Creates a check.
  public init(strategy: Strategy) {
    self.strategy = strategy
  }

  /// Every problem in the modules' definitions.
  public func verify(_ modules: [any ForumModule]) -> [Diagnostic] {
    var problems: [String] = []
    var forums: Set<String> = []
    var indicators: [String: String] = [:]
    let components = Set(strategy.components.map(\.id))
    let pillars = Set(strategy.pillars.map(\.id))
    for module in modules {
      let forum = module.descriptor
      if !forums.insert(forum.id).inserted {
        problems.append("forum id '\(forum.id)' is registered twice")
      }
      if !SafeIdentifier.isValid(forum.id) {
        problems.append("forum id '\(forum.id)' is not a safe identifier")
      }
      for component in forum.components where !components.contains(component) {
        problems.append("\(forum.id) contributes to unknown component '\(component)'")
      }
      for indicator in forum.indicators {
        if let owner = indicators[indicator.id] {
          problems.append("indicator '\(indicator.id)' is defined by both \(owner) and \(forum.id)")
        }
        indicators[indicator.id] = forum.id
        if indicator.forumPrefix != forum.id.lowercased() || !isSnakeCaseID(indicator.id) {
          problems.append(
            "indicator '\(indicator.id)' of \(forum.id) must be named"
              + " '\(forum.id.lowercased()).<snake_case>'")
        }
        if !components.contains(indicator.component) {
          problems.append(
            "indicator '\(indicator.id)' names unknown component '\(indicator.component)'")
        }
        for pillar in indicator.pillars where !pillars.contains(pillar) {
          problems.append("indicator '\(indicator.id)' names unknown pillar '\(pillar)'")
        }
      }
    }
    return problems.map {
      .error(
        "forum module definition: \($0)", at: SourceLocation(file: "config/strategy.yaml"),
        code: "registry.definition")
    }
  }

  private func isSnakeCaseID(_ id: String) -> Bool {
    let parts = id.split(separator: ".", omittingEmptySubsequences: false)
    return parts.count == 2
      && parts.allSatisfy { part in
        !part.isEmpty
          && part.unicodeScalars.allSatisfy {
            ("a"..."z").contains($0) || ("0"..."9").contains($0) || $0 == "_"
          }
      }
  }
}
