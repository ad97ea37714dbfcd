import ReportKernel

/// Recommendations for Senior Officials' consideration: each forum's `recommendations:` in its
/// words with its name, then the Secretariat's own from `report.recommendations` in
/// `config/ctst.yaml`. Nil when there are none.
enum RecommendationsPart {
  /// The part, or nil.
  static func build(_ scope: BuildScope) -> ReportPart? {
    var items: [String] = []
    for forum in scope.forums {
      for text in forum.submission?.recommendations ?? [] {
        items.append("\(text.trimmingWhitespace) (\(scope.acronym(forum.descriptor.id)))")
      }
    }
    if !scope.isSection {
      items += scope.analysis.workspace.config.recommendations.map {
        "\($0.trimmingWhitespace) (\(scope.analysis.workspace.config.author))"
      }
    }
    guard !items.isEmpty else { return nil }
    return ReportPart(
      id: "recommendations", title: "Recommendations",
      blocks: [
        .paragraph(
          text: "Senior Officials are invited to consider the following recommendations:",
          attribution: nil, source: nil),
        .bullets(items),
      ], sections: [])
  }
}
