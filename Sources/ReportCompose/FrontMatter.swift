import ReportKernel

/// The front of the report: the cover block of an APEC meeting document (from the period's
/// `cover:` in `config/ctst.yaml`), DRAFT while any submission is a draft, and the
/// introduction (from `introduction:` in `config/strategy.yaml`).
enum FrontMatter {
  /// The cover lines, in the order APEC documents show them.
  static func cover(_ scope: BuildScope) -> [ReportDocument.CoverLine] {
    let cover = scope.period.cover ?? Period.Cover()
    let submittedBy = cover.submittedBy ?? scope.analysis.workspace.config.author
    let lines: [(String, String?)] = [
      ("Document", cover.symbol), ("Meeting", cover.meeting),
      ("Agenda item", cover.agendaItem), ("Purpose", cover.purpose),
      ("Submitted by", submittedBy),
    ]
    return lines.compactMap { label, value in value.map { .init(label, $0) } }
  }

  /// True while any covered forum's submission is a draft.
  static func isDraft(_ scope: BuildScope) -> Bool {
    scope.forums.contains { $0.timeliness == .draft }
  }

  /// The introduction part: the configured text, paragraph by paragraph, or a sentence built
  /// from the strategy's pillars and areas when none is configured.
  static func introduction(_ scope: BuildScope) -> ReportPart {
    let strategy = scope.strategy
    var text = strategy.introduction.trimmingWhitespace
    if text.isEmpty {
      text =
        "The \(strategy.title) rests on"
        + " \(Prose.count(strategy.pillars.count, "pillar", "pillars")) — "
        + Prose.list(strategy.pillars.map(\.title)) + " — and organises the work of the APEC"
        + " fora in \(Prose.count(strategy.areas.count, "activity area", "activity areas")): "
        + Prose.list(strategy.areas.map(\.title)) + "."
    }
    return ReportPart(
      id: "introduction", title: "Introduction",
      blocks: [.paragraph(text: text, attribution: nil, source: nil)], sections: [])
  }
}

extension String {
  /// The text without leading and trailing spaces and line breaks.
  var trimmingWhitespace: String {
    var text = Substring(self)
    while let first = text.first, first.isWhitespace { text.removeFirst() }
    while let last = text.last, last.isWhitespace { text.removeLast() }
    return String(text)
  }
}
