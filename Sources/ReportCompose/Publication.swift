import ReportKernel

/// What makes content publication text: the report carries no file paths or line numbers, so
/// contributed paragraphs lose their source places (the review pack keeps them).
enum Publication {
  /// `blocks` without source places.
  static func blocks(_ blocks: [ReportBlock]) -> [ReportBlock] {
    blocks.map { block in
      if case .paragraph(let text, let attribution, _) = block {
        return .paragraph(text: text, attribution: attribution, source: nil)
      }
      return block
    }
  }
}
