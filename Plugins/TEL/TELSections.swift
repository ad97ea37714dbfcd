import ReportKernel

/// The TEL's report content under cyber-security: where each economy stands on the 2002
/// commitments. The period's exercises and awareness work are indicators and activities, in
/// the component's tables.
enum TELSections {
  /// The sections the submission supports.
  static func build(_ input: ForumInput, results: [IndicatorResult]) -> [ContributedSection] {
    [commitmentsSection(input)].compactMap { $0 }
  }

  // MARK: - Commitments

  /// The per-economy table of the three commitments, and the economies still to meet them.
  /// How many meet all three, and their share, are indicators in the component's indicator
  /// table; so are the exercise, awareness and cybercrime-training figures.
  static func commitmentsSection(_ input: ForumInput) -> ContributedSection? {
    guard let matrix = CommitmentMatrix(input) else { return nil }
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
      blocks: [], perEconomy: perEconomy)
  }
}
