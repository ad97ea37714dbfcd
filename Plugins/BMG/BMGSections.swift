import ReportKernel

extension BMGModule {
  /// The ABTC and border-systems table for Border management, and the cash-declaration gaps
  /// for Customs and border security (cash smuggling).
  public func sections(_ input: ForumInput, results: [IndicatorResult]) -> [ContributedSection] {
    [Self.borderSection(input, results: results), Self.cashSection(input)].compactMap { $0 }
  }

  /// The per-economy systems the BMG tracks, with the headline card figures.
  static func borderSection(
    _ input: ForumInput, results: [IndicatorResult]
  ) -> ContributedSection? {
    let systems = [
      BMGIndicators.abtcParticipation, BMGIndicators.virtualABTC, BMGIndicators.apiEconomies,
      BMGIndicators.rmasEconomies,
    ].map { input.submission.flags($0) }
    var detections: [String: Double] = [:]
    for entry in input.submission.numbers(BMGIndicators.rmasDetections) {
      detections[entry.economy] = entry.value
    }
    let rows: [[ReportCell]] = input.economies.codes.compactMap { code in
      let cells = systems.map { flags -> ReportCell in
        flags[code].map { .text($0.0 ? "Yes" : "No") } ?? .text("Not reported")
      }
      guard systems.contains(where: { $0[code] != nil }) || detections[code] != nil else {
        return nil
      }
      let found = detections[code].map { ReportCell.integer(Int($0.rounded())) } ?? .empty
      return [.text(input.economies.name(code))] + cells + [found]
    }
    let figures = keyFigures(input, results: results)
    guard !rows.isEmpty || !figures.isEmpty else { return nil }
    var blocks: [ReportBlock] = []
    if !figures.isEmpty { blocks.append(.keyFigures(figures)) }
    var perEconomy: [ReportBlock] = []
    if !rows.isEmpty {
      perEconomy.append(
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
          )))
    }
    let withoutAPI = input.economies.codes.filter { systems[2][$0]?.0 == false }
    if !withoutAPI.isEmpty {
      perEconomy.append(
        .paragraph(
          text: "Economies reporting no Advance Passenger Information system, for BMG capacity"
            + " building: " + withoutAPI.map(input.economies.name).joined(separator: ", ") + ".",
          attribution: "BMG", source: systems[2][withoutAPI[0]]?.1.location))
    }
    return ContributedSection(
      component: "border_management", title: "Business travel and border systems",
      blocks: blocks, perEconomy: perEconomy)
  }

  /// Active cards and their growth, from the computed results.
  static func keyFigures(_ input: ForumInput, results: [IndicatorResult]) -> [KeyFigure] {
    var figures: [KeyFigure] = []
    if let result = results.result(BMGIndicators.abtcActive),
      let actual = result.actual
    {
      figures.append(
        KeyFigure(
          label: "Active APEC Business Travel Cards",
          value: .number(actual, lowerBound: result.isLowerBound),
          context: result.isLowerBound ? "reported as \"more than\"" : nil))
    }
    if let result = results.result(BMGIndicators.abtcGrowth),
      let actual = result.actual
    {
      figures.append(
        KeyFigure(
          label: "Growth in active cards",
          value: .percent(actual),
          context: (result.isLowerBound ? "at least; " : "")
            + "on \(input.previousPeriod?.id ?? "the previous period")"))
    }
    return figures
  }

  /// Where arriving travellers are not asked about cash, and joint work with the SCCP.
  static func cashSection(_ input: ForumInput) -> ContributedSection? {
    let name = input.economies.name
    let prompt = input.submission.flags(BMGIndicators.cashDeclarationPrompt)
    let joint = input.submission.activities.filter {
      $0.component == "cash_smuggling" && $0.fora.contains("SCCP")
    }
    guard !prompt.isEmpty || !joint.isEmpty else { return nil }
    var blocks: [ReportBlock] = []
    var perEconomy: [ReportBlock] = []
    if !prompt.isEmpty {
      let yes = prompt.values.filter(\.0).count
      var lines = [
        "Arrival declarations that ask about cash: \(yes) of \(input.economies.count) economies."
      ]
      let without = input.economies.codes.filter { prompt[$0]?.0 == false }
      if !without.isEmpty {
        perEconomy.append(
          .bullets([
            "No cash question on arrival: " + without.map(name).joined(separator: ", ") + "."
          ]))
      }
      blocks.append(.bullets(lines))
    }
    if !joint.isEmpty {
      blocks.append(
        .bullets(
          joint.map { activity in
            "\(activity.title) (\(activity.id), with \(activity.fora.joined(separator: ", ")),"
              + " \(activity.status.rawValue))"
          }))
    }
    return ContributedSection(
      component: "cash_smuggling", title: "Cash declarations at the border", blocks: blocks,
      perEconomy: perEconomy)
  }
}
