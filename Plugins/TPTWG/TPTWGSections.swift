import ReportKernel

/// TPTWG's report content: port facility security by economy (goods) and the coverage of the
/// transport modes (passengers).
enum TPTWGSections {
  /// Both sections.
  static func build(_ input: ForumInput, results: [IndicatorResult]) -> [ContributedSection] {
    [portFacilities(input), modeCoverage(input)]
  }

  /// Per economy: ISPS port facilities, approved security plans, ISPS support and the risk tool.
  static func portFacilities(_ input: ForumInput) -> ContributedSection {
    let submission = input.submission
    let facilities = submission.indicator(TPTWGIndicators.portFacilities)
    let approved = submission.indicator(TPTWGIndicators.plansApproved)
    let support = submission.indicator(TPTWGIndicators.ispsSupport)
    let riskTool = submission.indicator(TPTWGIndicators.riskTool)
    let earlier = input.previous?.indicator(TPTWGIndicators.plansApproved)
    let reports = [facilities, approved, support, riskTool].compactMap { $0 }
    let codes = input.economies.codes.filter { code in
      reports.contains { $0.value(for: code) != nil }
    }
    let rows: [[ReportCell]] = codes.map { code in
      let total = facilities?.value(for: code)?.value.asNumber
      let plans = approved?.value(for: code)?.value.asNumber
      let before = earlier?.value(for: code)?.value.asNumber
      return [
        .text(input.economies.name(code)),
        cell(total), cell(plans),
        total.flatMap { total in plans.map { total > 0 ? .percent($0 / total) : .empty } }
          ?? .empty,
        .yesNo(support?.value(for: code)?.value.asFlag, missing: .empty),
        .yesNo(riskTool?.value(for: code)?.value.asFlag, missing: .empty),
        plans.flatMap { plans in before.map { cell(plans - $0) } } ?? .empty,
      ]
    }
    let reported = codes.filter { facilities?.value(for: $0) != nil }.count
    let table = ReportTable(
      id: "port_facilities", title: "Port facility security by economy",
      columns: [
        ReportColumn("Economy"), ReportColumn("ISPS port facilities", .integer),
        ReportColumn("Approved security plans", .integer), ReportColumn("Share", .percent),
        ReportColumn("ISPS support received"), ReportColumn("Risk assessment tool"),
        ReportColumn("Change in approved plans", .integer),
      ],
      rows: rows,
      notes: [
        "\(reported) of \(input.economies.count) economies reported their ISPS port facilities.",
        "Share: approved Port Facility Security Plans over ISPS port facilities (self-reported)."
          + " Change: approved plans against "
          + (input.previousPeriod?.title ?? "the previous period") + ".",
      ])
    var blocks: [ReportBlock] = []
    var perEconomy: [ReportBlock] = []
    if rows.isEmpty {
      blocks.append(.note("No economy reported port facility figures."))
    } else {
      perEconomy.append(.table(table))
    }
    return ContributedSection(
      component: TPTWGIndicators.goods, title: "Port facility security (ISPS Code)",
      blocks: blocks, perEconomy: perEconomy)
  }

  /// Per mode: the activities that cover it, by component, and whether it is covered.
  static func modeCoverage(_ input: ForumInput) -> ContributedSection {
    let coverage = TransportMode.coverage(of: input.submission.activities)
    let rows: [[ReportCell]] = TransportMode.allCases.map { mode in
      let activities = coverage[mode, default: []]
      let goods = activities.filter { $0.component == TPTWGIndicators.goods }.count
      let passenger = activities.filter { $0.component == TPTWGIndicators.passenger }.count
      let economies = Set(activities.flatMap { $0.economies + $0.beneficiaries })
      return [
        .text(mode.title), .text(mode.expertGroup), .integer(goods), .integer(passenger),
        .integer(activities.filter { !$0.fora.isEmpty }.count), .integer(economies.count),
        .text(activities.isEmpty ? "No" : "Yes"),
      ]
    }
    let missing = TransportMode.allCases.filter { coverage[$0, default: []].isEmpty }
    let table = ReportTable(
      id: "mode_coverage", title: "Transport-mode coverage, \(input.period.title)",
      columns: [
        ReportColumn("Mode"), ReportColumn("Expert group"),
        ReportColumn("Goods activities", .integer), ReportColumn("Passenger activities", .integer),
        ReportColumn("Joint with other fora", .integer),
        ReportColumn("Economies involved", .integer), ReportColumn("Covered"),
      ],
      rows: rows,
      notes: ["Counts the activities not cancelled, by the transport modes they concern."])
    var blocks: [ReportBlock] = [.table(table)]
    if !missing.isEmpty {
      let names = missing.map { $0.rawValue }.joined(separator: " and ")
      blocks.append(
        .note(
          "Gap: no TPTWG activity covers \(names) transport in \(input.period.title), although"
            + " the Strategy requires air, sea and land to be covered."))
    }
    return ContributedSection(
      component: TPTWGIndicators.passenger, title: "Coverage of the transport modes",
      blocks: blocks)
  }

  /// A count as a whole-number cell, or empty.
  static func cell(_ value: Double?) -> ReportCell {
    guard let value else { return .empty }
    guard value == value.rounded(), abs(value) < 9e15 else {
      return .number(value, lowerBound: false)
    }
    return .integer(Int(value))
  }
}
