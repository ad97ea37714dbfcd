import ReportKernel

/// The cross-fora themes of a report's scope, and for the review pack how they were put
/// together.
extension AgendaThemes {
  /// The themes of the covered fora's proposals.
  init(_ scope: BuildScope) {
    self.init(
      scope.forums.flatMap { forum in
        (forum.submission?.agenda.crossFora ?? []).map { (forum.descriptor.id, $0) }
      })
  }

  /// For the review pack: each proposal under the theme it was put in, and why, with its place.
  static func reviewTable(_ scope: BuildScope) -> ReportTable {
    let themes = AgendaThemes(scope).themes
    let rows = themes.enumerated().flatMap { number, theme in
      theme.members.map { proposal, reason -> [ReportCell] in
        let why: String
        switch reason {
        case .heads: why = theme.members.count > 1 ? "gives the theme's subject" : "on its own"
        case .sameSubject(let forum):
          why = "same subject as the \(scope.acronym(forum)) proposal"
        case .declared(let forum):
          why = "declared the same as the \(scope.acronym(forum)) proposal (same_as)"
        }
        return [
          .integer(number + 1), .text(theme.subject), .text(scope.acronym(proposal.forum)),
          .text(proposal.proposal.theme), .text(why),
          .text(proposal.proposal.location.description),
        ]
      }
    }
    return ReportTable(
      id: "review.agenda_themes", title: "How the cross-fora themes were synthesised",
      columns: [
        ReportColumn("Theme", .integer), ReportColumn("Subject"), ReportColumn("Forum"),
        ReportColumn("Proposal as written"), ReportColumn("Why here"), ReportColumn("Source"),
      ],
      rows: rows,
      notes: [
        "Proposals are one theme when one declares 'same_as' the other, or when they share a"
          + " forum and every content word of one subject (the text before a colon, or the"
          + " whole proposal) is in the other's, the shorter having two or more; case,"
          + " punctuation, a plural 's' and small words (and, of, the, …) are not compared."
      ])
  }
}
