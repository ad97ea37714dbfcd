extension ReportDocument {
  /// The document as published for machines: the report without its findings, input paths
  /// and checksums, or the places of its narratives (publication text only; the CLI still
  /// reports the findings); the review pack whole. What the JSON carries.
  public var published: ReportDocument {
    guard kind != .review else { return self }
    return ReportDocument(
      kind: kind, forum: forum, title: title, subtitle: subtitle, period: period.unlocated,
      previousPeriod: previousPeriod?.unlocated, author: author, toolVersion: toolVersion,
      parts: parts.map(\.withoutSources), sheets: sheets, inputs: [], findings: [],
      cover: cover, isDraft: isDraft)
  }
}

extension Period {
  /// This period without the place in config that defines it.
  var unlocated: Period {
    Period(id: id, title: title, start: start, end: end, due: due, cover: cover)
  }
}

extension ReportPart {
  /// This part with no paragraph's source location.
  var withoutSources: ReportPart {
    ReportPart(
      id: id, title: title, blocks: blocks.map(\.withoutSource),
      sections: sections.map(\.withoutSources))
  }
}

extension ReportSection {
  /// This section and its subsections with no paragraph's source location.
  var withoutSources: ReportSection {
    ReportSection(
      id: id, title: title, blocks: blocks.map(\.withoutSource),
      subsections: subsections.map(\.withoutSources))
  }
}

extension ReportBlock {
  /// This block, a paragraph without its source location.
  var withoutSource: ReportBlock {
    if case .paragraph(let text, let attribution, _) = self {
      return .paragraph(text: text, attribution: attribution, source: nil)
    }
    return self
  }
}
