import ReportKernel

/// What makes content publication text: the report carries no file paths or line numbers, so
/// contributed paragraphs lose their source places (the review pack keeps them); and inside a
/// forum's own subsection, whose heading names the forum, paragraphs are not attributed to it
/// again.
enum Publication {
  /// `blocks` without source places, and without attributions to `forum` (the id of the forum
  /// whose subsection holds them), if given.
  static func blocks(_ blocks: [ReportBlock], within forum: String? = nil) -> [ReportBlock] {
    blocks.map { block in
      if case .paragraph(let text, let attribution, _) = block {
        let own = forum != nil && attribution == forum
        return .paragraph(text: text, attribution: own ? nil : attribution, source: nil)
      }
      return block
    }
  }
}
