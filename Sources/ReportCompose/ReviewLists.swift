import ReportKernel

/// The review pack's lists per indicator: the economies that joined or left since the previous
/// period, and the values withheld for their errors, each with its place.
enum ReviewLists {
  /// "Economies that joined or left": per indicator, for membership the economies that
  /// entered or left the yes-list, for quantities and percentages those that entered or left
  /// the reporting; APEC names in APEC order. Nil without a previous period.
  static func joiners(_ scope: BuildScope) -> ReportTable? {
    guard let previous = scope.previousPeriod else { return nil }
    let rows = scope.results.compactMap { result -> [ReportCell]? in
      guard !result.joined.isEmpty || !result.left.isEmpty else { return nil }
      let membership = result.definition.changeKind == .membership
      return [
        .text(scope.acronym(result.forum)), .text(result.definition.id),
        .text(result.definition.title),
        .text(membership ? "yes-list (membership)" : "economies reporting"),
        CellFactory.text(scope.economies.names(result.joined).joined(separator: "; ")),
        CellFactory.text(scope.economies.names(result.left).joined(separator: "; ")),
      ]
    }
    return ReportTable(
      id: "review.joiners", title: "Economies that joined or left since \(previous.id)",
      columns: [
        ReportColumn("Forum"), ReportColumn("Indicator id"), ReportColumn("Indicator"),
        ReportColumn("Compared"), ReportColumn("Joined"), ReportColumn("Left"),
      ],
      rows: rows,
      notes: [
        rows.isEmpty
          ? "No economy joined or left any indicator's yes-list or reporting since"
            + " \(Prose.period(previous))."
          : "Yes-list: economies counted in \(scope.period.id) and not in \(previous.id)"
            + " (joined) or the reverse (left). Economies reporting: economies that reported a"
            + " value in one period only; the like-for-like change leaves them out."
      ])
  }

  /// The withheld values' table, or a line saying none was withheld.
  static func withheldBlocks(_ scope: BuildScope) -> [ReportBlock] {
    let table = withheld(scope)
    return table.rows.isEmpty
      ? [.paragraph(text: "No value was withheld.", attribution: nil, source: nil)]
      : [.table(table)]
  }

  /// "Values withheld": every value that failed validation and was kept out of the figures,
  /// with its place and the error, for the forum to correct.
  static func withheld(_ scope: BuildScope) -> ReportTable {
    let errors = scope.findings.filter { $0.severity == .error }
    let rows = scope.results.flatMap { result in
      result.withheld.map { place -> [ReportCell] in
        let message = errors.first { $0.location == place }?.message
        return [
          .text(scope.acronym(result.forum)), .text(result.definition.id),
          .text(result.definition.title), .text(place.description), CellFactory.text(message),
        ]
      }
    }
    return ReportTable(
      id: "review.withheld", title: "Values withheld",
      columns: [
        ReportColumn("Forum"), ReportColumn("Indicator id"), ReportColumn("Indicator"),
        ReportColumn("Source"), ReportColumn("Error"),
      ],
      rows: rows,
      notes: [
        rows.isEmpty
          ? "No value was withheld."
          : "These values failed validation: the report shows their figures as Withheld (§),"
            + " pending correction by the forum."
      ])
  }
}
