import ReportKernel

/// The forward agenda: each forum's near-term priorities and the proposed cross-fora themes,
/// under the strategy's forward-agenda headings.
enum AgendaPart {
  static let prioritiesID = "near_term_priorities"
  static let crossForaID = "cross_fora_themes"

  /// The forward-agenda part.
  static func build(_ scope: BuildScope) -> ReportPart {
    var headings = scope.strategy.forwardAgenda
    let ids = headings.map(\.id)
    if !ids.contains(prioritiesID) {
      headings.append(.init(id: prioritiesID, title: "Near-term priorities"))
    }
    if !ids.contains(crossForaID) {
      headings.append(.init(id: crossForaID, title: "Themes for cross-fora cooperation"))
    }
    let sections = headings.map { heading -> ReportSection in
      let blocks: [ReportBlock]
      switch heading.id {
      case prioritiesID: blocks = statements(scope, what: "priorities") { $0.priorities }
      case crossForaID: blocks = proposals(scope)
      default:
        blocks = statements(scope, what: "statements") { $0.statements[heading.id] ?? [] }
      }
      return ReportSection(id: "agenda.\(heading.id)", title: heading.title, blocks: blocks)
    }
    return ReportPart(id: "forward_agenda", title: "Forward agenda", sections: sections)
  }

  /// Each forum's items under one heading as a list, and who gave none.
  static func statements(
    _ scope: BuildScope, what: String, _ items: (ForwardAgenda) -> [String]
  ) -> [ReportBlock] {
    var blocks: [ReportBlock] = []
    var silent: [String] = []
    for forum in scope.forums {
      let items = forum.submission.map { items($0.agenda) } ?? []
      guard !items.isEmpty else {
        silent.append(scope.acronym(forum.descriptor.id))
        continue
      }
      blocks.append(
        .paragraph(
          text: "\(scope.title(forum)):",
          attribution: nil, source: forum.submission?.agenda.location))
      blocks.append(.bullets(items))
    }
    if !silent.isEmpty {
      blocks.append(
        .note(
          blocks.isEmpty && scope.forums.count > 1
            ? "No forum gave \(what) under this heading."
            : "\(Prose.list(silent)) gave no \(what) under this heading."))
    }
    return blocks
  }

  /// The proposed cross-fora themes, synthesised (``AgendaThemes``): the same proposal from
  /// several fora appears once with all their names.
  static func proposals(_ scope: BuildScope) -> [ReportBlock] {
    let themes = AgendaThemes(scope).themes
    guard !themes.isEmpty else { return [.note("No cross-fora theme was proposed.")] }
    return [.bullets(themes.map { $0.text(scope.acronym) })]
  }

  /// The Agenda sheet: forum, kind (priority / cross-fora / coordination / long term vision),
  /// with, text.
  static func sheet(_ scope: BuildScope) -> ReportTable {
    let rows = scope.forums.flatMap { forum -> [[ReportCell]] in
      let agenda = forum.submission?.agenda ?? ForwardAgenda()
      let id = ReportCell.text(scope.acronym(forum.descriptor.id))
      return agenda.priorities.map { [id, .text("priority"), .empty, .text($0)] }
        + agenda.crossFora.map { proposal in
          [
            id, .text("cross-fora"), .text(proposal.with.joined(separator: ", ")),
            .text(proposal.theme),
          ]
        }
        + agenda.statements.sorted { $0.key < $1.key }.flatMap { heading, items in
          items.map {
            [id, .text(heading.replacing("_", with: " ")), .empty, .text($0)]
          }
        }
    }
    return ReportTable(
      id: "agenda", title: "Forward agenda",
      columns: [
        ReportColumn("Forum"), ReportColumn("Kind"), ReportColumn("With"), ReportColumn("Text"),
      ],
      rows: rows)
  }
}
