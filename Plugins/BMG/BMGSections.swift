import ReportKernel

/// The BMG's report content: the ABTC and border-systems table for Border management, and the
/// cash-declaration gaps for Customs and border security (cash smuggling).
enum BMGSections {
  /// The per-economy border systems the BMG tracks, one column each.
  static let systems = [
    BMGIndicators.abtcParticipation, BMGIndicators.virtualABTC, BMGIndicators.apiEconomies,
    BMGIndicators.rmasEconomies,
  ]

  /// The sections the submission supports.
  static func build(_ input: ForumInput, results: [IndicatorResult]) -> [ContributedSection] {
    [borderSection(input), cashSection(input)].compactMap { $0 }
  }

  /// The per-economy systems the BMG tracks. The active cards and their growth are
  /// indicators, in the component's indicator table.
  static func borderSection(_ input: ForumInput) -> ContributedSection? {
    let flags = EconomyFlags(systems, in: input.submission, economies: input.economies)
    var detections: [String: Double] = [:]
    for entry in input.submission.numbers(BMGIndicators.rmasDetections) {
      detections[entry.economy] = entry.value
    }
    let rows: [[ReportCell]] = flags.rows.compactMap { row in
      guard row.isReported || detections[row.code] != nil else { return nil }
      let found = detections[row.code].map { ReportCell.integer(Int($0.rounded())) } ?? .empty
      return [.text(row.name)] + row.cells + [found]
    }
    guard !rows.isEmpty else { return nil }
    var perEconomy: [ReportBlock] = [
      .table(
        ReportTable(
          id: "border_systems", title: "ABTC, API and RMAS by economy",
          columns: [
            ReportColumn("Economy"), ReportColumn("ABTC scheme"), ReportColumn("Virtual ABTC"),
            ReportColumn("API"), ReportColumn("RMAS"),
            ReportColumn("RMAS detections", .integer),
          ],
          rows: rows,
          notes: ["RMAS detections are lost, stolen or invalid passports found in the period."]
        ))
    ]
    let withoutAPI = flags.rows(answering: false, to: BMGIndicators.apiEconomies)
    if let first = withoutAPI.first {
      perEconomy.append(
        .paragraph(
          text: "Economies reporting no Advance Passenger Information system, for BMG capacity"
            + " building: " + withoutAPI.map(\.name).joined(separator: ", ") + ".",
          attribution: "BMG", source: flags.datum(first.code, BMGIndicators.apiEconomies)?.location)
      )
    }
    return ContributedSection(
      component: "border_management", title: "Business travel and border systems",
      blocks: [], perEconomy: perEconomy)
  }

  /// Where arriving travellers are not asked about cash, by name. How many declarations ask is
  /// an indicator, in the component's indicator table; the joint work with the SCCP is in the
  /// component's activity table and under coordination; neither is given again here.
  static func cashSection(_ input: ForumInput) -> ContributedSection? {
    let prompt = input.submission.flags(BMGIndicators.cashDeclarationPrompt)
    let without = input.economies.codes.filter { prompt[$0]?.value == false }
    guard !without.isEmpty else { return nil }
    return ContributedSection(
      component: "cash_smuggling", title: "Cash declarations at the border", blocks: [],
      perEconomy: [
        .bullets([
          "No cash question on arrival: "
            + input.economies.names(without).joined(separator: ", ") + "."
        ])
      ])
  }
}
