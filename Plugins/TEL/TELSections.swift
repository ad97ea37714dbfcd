import ReportKernel

/// The TEL's report content under cyber-security: where each economy stands on the 2002
/// commitments, and the period's exercises and awareness work.
enum TELSections {
  /// The sections the submission supports.
  static func build(_ input: ForumInput, results: [IndicatorResult]) -> [ContributedSection] {
    [commitmentsSection(input, results: results), activitySection(input, results: results)]
      .compactMap { $0 }
  }

  /// The result of indicator `id`, if the kernel computed one.
  static func result(_ id: String, in results: [IndicatorResult]) -> IndicatorResult? {
    results.first { $0.definition.id == id }
  }

  // MARK: - Commitments

  /// Key figures and the per-economy table of the three commitments.
  static func commitmentsSection(
    _ input: ForumInput, results: [IndicatorResult]
  ) -> ContributedSection? {
    guard let matrix = CommitmentMatrix(input) else { return nil }
    var figures: [KeyFigure] = []
    if let met = result(TELIndicators.commitmentsMet.id, in: results), let actual = met.actual {
      figures.append(
        KeyFigure(
          label: "Economies meeting all three commitments",
          value: .number(actual, lowerBound: met.isLowerBound),
          context: "of \(matrix.rows.count) member economies"))
    }
    if let share = result(TELIndicators.commitmentsMetShare.id, in: results),
      let actual = share.actual
    {
      figures.append(KeyFigure(label: "Share of economies", value: .percent(actual)))
    }
    let rows: [[ReportCell]] = matrix.rows.map { row in
      [.text(row.name)] + row.answers.map(cell)
        + [.text(row.meetsAll ? "Yes" : row.isUndetermined ? "Not known" : "No")]
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

  /// "Yes", "No" or "Not reported".
  static func cell(_ answer: Bool?) -> ReportCell {
    switch answer {
    case true?: .text("Yes")
    case false?: .text("No")
    case nil: .text("Not reported")
    }
  }

  // MARK: - Exercises and awareness

  /// Key figures and the table of exercise, awareness, CSIRT and cybercrime activities.
  static func activitySection(
    _ input: ForumInput, results: [IndicatorResult]
  ) -> ContributedSection? {
    let activities = input.submission.activities.filter { activity in
      activity.status != .cancelled
        && activity.tags.contains { TELChecks.activityTags.contains($0) }
    }
    let counted = [
      TELIndicators.awarenessEvents, TELIndicators.incidentExercises,
      TELIndicators.exerciseEconomies, TELIndicators.cybercrimeTrained,
    ]
    let figures = counted.compactMap { definition -> KeyFigure? in
      guard let found = result(definition.id, in: results), let actual = found.actual else {
        return nil
      }
      return KeyFigure(
        label: definition.title, value: .number(actual, lowerBound: found.isLowerBound))
    }
    guard !activities.isEmpty || !figures.isEmpty else { return nil }
    var blocks: [ReportBlock] = figures.isEmpty ? [] : [.keyFigures(figures)]
    if !activities.isEmpty {
      let rows: [[ReportCell]] = activities.map { activity in
        [
          .text(activity.id), .text(activity.title),
          .text(activity.tags.joined(separator: ", ")), .text(activity.status.rawValue),
          .integer(activity.economies.count), activity.start.map(ReportCell.date) ?? .empty,
        ]
      }
      blocks.append(
        .table(
          ReportTable(
            id: "tel_exercises", title: "Exercises, awareness and training",
            columns: [
              ReportColumn("Activity"), ReportColumn("Title"), ReportColumn("Kind"),
              ReportColumn("Status"), ReportColumn("Economies taking part", .integer),
              ReportColumn("Start", .date),
            ],
            rows: rows)))
    }
    return ContributedSection(
      component: "cyber_security", title: "Exercises and awareness", blocks: blocks)
  }
}
