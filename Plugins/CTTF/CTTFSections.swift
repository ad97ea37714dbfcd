import ReportKernel

/// The CTTF's report content: the CTAP status table under Secure Finance and the Food Defense
/// reach table under sector-specific vulnerabilities.
enum CTTFSections {
  /// The sections the submission supports.
  static func build(_ input: ForumInput, results: [IndicatorResult]) -> [ContributedSection] {
    [ctapSection(input), foodDefenseSection(input)].compactMap { $0 }
  }

  // MARK: - CTAP

  /// The two-year cycle and the table of economies behind it. The share of current plans and
  /// the economies behind are indicators, in the component's indicator table.
  static func ctapSection(_ input: ForumInput) -> ContributedSection? {
    let title = "Counter-Terrorism Action Plans against the two-year cycle"
    guard let cycle = CTAPCycle(input) else {
      return ContributedSection(
        component: CTTFIndicators.ctapLastUpdated.component, title: title,
        blocks: [.note("The CTTF reported no CTAP last-updated dates for this period.")])
    }
    var blocks: [ReportBlock] = []
    let behind = cycle.behind
    var perEconomy: [ReportBlock] = []
    if behind.isEmpty {
      blocks.append(.note("Every economy updated its CTAP on or after \(cycle.cutoff.prose)."))
    } else {
      perEconomy.append(.table(overdueTable(cycle, behind: behind)))
    }
    blocks.append(
      .note(
        "Economies have updated their CTAPs every two years since the 5th CTWG meeting"
          + " (SOM2 2015); a plan counts as current when updated within two years of the"
          + " period's end (\(cycle.periodEnd.prose))."))
    return ContributedSection(
      component: CTTFIndicators.ctapLastUpdated.component, title: title, blocks: blocks,
      perEconomy: perEconomy)
  }

  /// One row per economy whose plan is overdue or undated.
  static func overdueTable(_ cycle: CTAPCycle, behind: [CTAPCycle.Entry]) -> ReportTable {
    let rows: [[ReportCell]] = behind.map { entry in
      switch entry.standing {
      case .overdue(let last, let due):
        [
          .text(entry.name), .text("Overdue"), .date(last), .date(due),
          .integer(due.days(until: cycle.periodEnd)),
        ]
      case .notReported, .current:
        [.text(entry.name), .text("No date reported"), .empty, .empty, .empty]
      }
    }
    return ReportTable(
      id: "cttf_ctap_overdue", title: "Economies whose CTAP is overdue",
      columns: [
        ReportColumn("Economy"), ReportColumn("Standing"), ReportColumn("Last updated", .date),
        ReportColumn("Update due by", .date),
        ReportColumn("Days overdue at period end", .integer),
      ],
      rows: rows,
      notes: ["Cut-off for a current plan: \(cycle.cutoff.prose)."])
  }

  // MARK: - Food Defense

  /// Participating economies in Food Defense work, by name. Their number is an indicator and
  /// the period's Food Defense activities are in the component's activity table already, so
  /// neither is given again here.
  static func foodDefenseSection(_ input: ForumInput) -> ContributedSection? {
    let report = input.submission.indicator(CTTFIndicators.foodDefenseEconomies)
    let taking = (report?.byEconomy ?? []).compactMap { entry -> String? in
      guard case .flag(true) = entry.datum.value else { return nil }
      return input.economies.name(entry.economy)
    }
    var blocks: [ReportBlock] = []
    if !taking.isEmpty {
      blocks.append(
        .paragraph(
          text: "Economies taking part: \(taking.joined(separator: "; ")).",
          attribution: "CTTF", source: report?.location))
    }
    guard !blocks.isEmpty else { return nil }
    return ContributedSection(
      component: "sector_vulnerabilities", title: "Food Defense reach", blocks: blocks)
  }
}
