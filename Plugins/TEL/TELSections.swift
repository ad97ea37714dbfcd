import ReportKernel

/// The TEL's report content under cyber-security: where each economy stands on the 2002
/// commitments, and the period's exercises and awareness work.
enum TELSections {
  /// The sections the submission supports.
  static func build(_ input: ForumInput, results: [IndicatorResult]) -> [ContributedSection] {
    [commitmentsSection(input, results: results), activitySection(input, results: results)]
      .compactMap { $0 }
  }

  // MARK: - Commitments

  /// Key figures and the per-economy table of the three commitments.
  static func commitmentsSection(
    _ input: ForumInput, results: [IndicatorResult]
  ) -> ContributedSection? {
    guard let matrix = CommitmentMatrix(input) else { return nil }
    let figures = [
      results.keyFigure(
        TELIndicators.commitmentsMet, label: "Economies meeting all three commitments"
      ) { _ in
        "of \(matrix.rows.count) member economies"
      },
      results.keyFigure(TELIndicators.commitmentsMetShare, label: "Share of economies"),
    ].compactMap { $0 }
    let rows: [[ReportCell]] = matrix.rows.map { row in
      [.text(row.name)] + row.cells
        + [.text(row.allYes ? "Yes" : CommitmentMatrix.isUndetermined(row) ? "Not known" : "No")]
    }
    let table = ReportTable(
      id: "tel_commitments", title: "The 2002 cyber-security commitments, by economy",
      columns: [
        ReportColumn("Economy"), ReportColumn("National CSIRT"),
        ReportColumn("Cybercrime legislation"), ReportColumn("24/7 contact point"),
        ReportColumn("All three"),
      ],
      rows: rows,
      notes: [
        "In 2002 Leaders committed every economy to comprehensive cybercrime laws, a national"
          + " cybercrime unit with a 24/7 contact point, and a CERT/CSIRT."
      ])
    var blocks: [ReportBlock] = figures.isEmpty ? [] : [.keyFigures(figures)]
    var perEconomy: [ReportBlock] = [.table(table)]
    let gaps = matrix.gapDetails
    if !gaps.isEmpty {
      perEconomy.append(
        .paragraph(
          text: "Economies still to meet all three commitments:", attribution: "TEL",
          source: nil))
      perEconomy.append(.bullets(gaps))
    }
    return ContributedSection(
      component: "cyber_security", title: "Cyber-security commitments by economy",
      blocks: blocks, perEconomy: perEconomy)
  }

  // MARK: - Exercises and awareness

  /// Key figures of the exercise, awareness and cybercrime-training work. The activities
  /// themselves are in the component's activity table, so they are not listed again here.
  static func activitySection(
    _ input: ForumInput, results: [IndicatorResult]
  ) -> ContributedSection? {
    let counted = [
      TELIndicators.awarenessEvents, TELIndicators.incidentExercises,
      TELIndicators.exerciseEconomies, TELIndicators.cybercrimeTrained,
    ]
    let figures = counted.compactMap { results.keyFigure($0) }
    guard !figures.isEmpty else { return nil }
    return ContributedSection(
      component: "cyber_security", title: "Exercises and awareness",
      blocks: [.keyFigures(figures)])
  }
}
