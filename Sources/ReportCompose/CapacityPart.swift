import ReportKernel

/// Capacity building: the initiatives (activities marked `capacity_building`) and how many of
/// them each member economy benefited from.
enum CapacityPart {
  /// The capacity-building part.
  static func build(_ scope: BuildScope) -> ReportPart {
    let initiatives = scope.activities.filter { $0.activity.capacityBuilding }
    let beneficiaries = Set(initiatives.flatMap(\.activity.beneficiaries))
    let fora = Set(initiatives.map(\.forum.descriptor.id))
    let by = scope.isSection ? scope.forums.idList : "\(fora.count) of \(scope.forums.count) fora"
    let summary =
      "\(initiatives.count) capacity-building initiative\(initiatives.count == 1 ? "" : "s")"
      + " by \(by) benefited \(beneficiaries.count) of \(scope.economies.count) member"
      + " economies (\(scope.coverage))."
    var initiativeBlocks: [ReportBlock] = []
    if initiatives.isEmpty {
      initiativeBlocks.append(.note("No capacity-building initiative was reported."))
    } else {
      initiativeBlocks.append(.table(table(initiatives, scope: scope)))
    }
    let none = scope.economies.all.filter { !beneficiaries.contains($0.code) }
      .sorted { ($0.name, $0.code) < ($1.name, $1.code) }
    var economyBlocks: [ReportBlock] = [.table(beneficiaryTable(initiatives, scope: scope))]
    if !none.isEmpty, !initiatives.isEmpty {
      economyBlocks.append(
        .note(
          "Economies that benefited from no reported initiative: "
            + none.map(\.name).joined(separator: ", ") + "."))
    }
    return ReportPart(
      id: "capacity_building", title: "Capacity building",
      blocks: [.paragraph(text: summary, attribution: nil, source: nil)],
      sections: [
        ReportSection(id: "capacity.initiatives", title: "Initiatives", blocks: initiativeBlocks),
        ReportSection(
          id: "capacity.beneficiaries", title: "Beneficiary economies", blocks: economyBlocks),
      ])
  }

  /// The initiatives: forum, id, title, component, status, beneficiaries, APEC funding.
  static func table(
    _ initiatives: [(forum: ForumAnalysis, activity: Activity)], scope: BuildScope
  ) -> ReportTable {
    ReportTable(
      id: "capacity.initiatives", title: "Capacity-building initiatives",
      columns: [
        ReportColumn("ID"), ReportColumn("Initiative"), ReportColumn("Component"),
        ReportColumn("Status"), ReportColumn("Beneficiaries"), ReportColumn("APEC USD", .usd),
      ],
      rows: initiatives.map { _, activity in
        [
          .text(activity.id), .text(activity.title),
          .text(scope.componentTitle(activity.component)), .text(activity.status.rawValue),
          CellFactory.text(
            activity.beneficiaries.map(scope.economies.name).sorted()
              .joined(separator: ", ")),
          CellFactory.usd(activity.apecFundingUSD),
        ]
      })
  }

  /// Economy × number of initiatives it benefited from, with the fora that delivered them.
  static func beneficiaryTable(
    _ initiatives: [(forum: ForumAnalysis, activity: Activity)], scope: BuildScope
  ) -> ReportTable {
    let economies = scope.economies.all.sorted { ($0.name, $0.code) < ($1.name, $1.code) }
    // Per beneficiary code, in one pass: how many initiatives name it, and the fora that
    // delivered them in the order they first appear.
    var counts: [String: Int] = [:]
    var foraByCode: [String: [String]] = [:]
    for (forum, activity) in initiatives {
      for code in Set(activity.beneficiaries) {
        counts[code, default: 0] += 1
        if foraByCode[code]?.contains(forum.descriptor.id) != true {
          foraByCode[code, default: []].append(forum.descriptor.id)
        }
      }
    }
    let rows = economies.map { economy -> [ReportCell] in
      [
        .text(economy.name), .integer(counts[economy.code] ?? 0),
        CellFactory.text((foraByCode[economy.code] ?? []).joined(separator: ", ")),
      ]
    }
    return ReportTable(
      id: "capacity.beneficiaries", title: "Initiatives per beneficiary economy",
      columns: [
        ReportColumn("Economy"), ReportColumn("Initiatives", .integer), ReportColumn("Fora"),
      ],
      rows: rows, notes: ["Covers \(scope.coverage)."])
  }
}
