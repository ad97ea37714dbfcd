import ReportKernel

/// The SCCP's report content: the AEO and MRA coverage table for Customs, and the
/// cash-control gaps for Customs and border security (cash smuggling).
enum SCCPSections {
  /// The sections the submission supports.
  static func build(_ input: ForumInput, results: [IndicatorResult]) -> [ContributedSection] {
    [aeoSection(input), cashSection(input)].compactMap { $0 }
  }

  /// Per economy: AEO programme status, MRA partners and how many partners confirm them. The
  /// counts of programmes and of MRAs are indicators, in the component's indicator table.
  static func aeoSection(_ input: ForumInput) -> ContributedSection? {
    let aeo = input.submission.flags(SCCPIndicators.aeoOperational)
    let lists = input.submission.economyLists(SCCPIndicators.mraPartners)
    guard !aeo.isEmpty || !lists.isEmpty else { return nil }
    let name = input.economies.name
    var partnersOf: [String: [String]] = [:]
    for (economy, partners, _) in lists {
      partnersOf[economy] = Array(Set(partners).subtracting([economy])).sorted()
    }
    let rows: [[ReportCell]] = input.economies.codes.compactMap { code in
      let status = aeo[code].map { $0.value ? "Operational" : "Not operational" }
      let partners = partnersOf[code]
      guard status != nil || partners != nil else { return nil }
      let confirmed = (partners ?? []).filter { partnersOf[$0]?.contains(code) == true }
      return [
        .text(name(code)), .text(status ?? "Not reported"),
        partners.map { .text(input.economies.names($0).joined(separator: "; ")) } ?? .empty,
        partners.map { .integer($0.count) } ?? .empty,
        partners.map { _ in .integer(confirmed.count) } ?? .empty,
      ]
    }
    let table = ReportTable(
      id: "aeo_mra", title: "AEO programmes and mutual recognition arrangements by economy",
      columns: [
        ReportColumn("Economy"), ReportColumn("AEO programme"), ReportColumn("MRA partners"),
        ReportColumn("Partners", .integer), ReportColumn("Confirmed by partner", .integer),
      ],
      rows: rows,
      notes: [
        "An MRA reported by both economies is counted once in the number of MRAs.",
        "'Confirmed by partner' counts the partners that list the economy in return.",
      ])
    var perEconomy: [ReportBlock] = [.table(table)]
    let without = input.economies.codes.filter { aeo[$0]?.value == false }
    if let first = without.first {
      perEconomy.append(
        .paragraph(
          text: "Economies reporting no operational AEO programme, for AEO Working Group"
            + " capacity building: " + without.map(name).joined(separator: ", ") + ".",
          attribution: "SCCP", source: aeo[first]?.datum.location))
    }
    return ContributedSection(
      component: "customs", title: "AEO programmes and mutual recognition", blocks: [],
      perEconomy: perEconomy)
  }

  /// Economies without a customs cash declaration system, or that did not say, by name. How
  /// many have one is an indicator, in the component's indicator table; the joint work with
  /// the BMG is in the component's activity table and under coordination; neither is given
  /// again here.
  static func cashSection(_ input: ForumInput) -> ContributedSection? {
    let name = input.economies.name
    let declaration = input.submission.flags(SCCPIndicators.cashDeclaration)
    guard !declaration.isEmpty else { return nil }
    let without = input.economies.codes.filter { declaration[$0]?.value == false }
    let unreported = input.economies.codes.filter { declaration[$0] == nil }
    var named: [String] = []
    if !without.isEmpty {
      named.append("No system reported: " + without.map(name).joined(separator: ", ") + ".")
    }
    if !unreported.isEmpty {
      named.append("Not reported: " + unreported.map(name).joined(separator: ", ") + ".")
    }
    guard !named.isEmpty else { return nil }
    return ContributedSection(
      component: "cash_smuggling", title: "Customs controls on cross-border cash", blocks: [],
      perEconomy: [.bullets(named)])
  }
}
