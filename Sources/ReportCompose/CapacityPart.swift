import ReportKernel

/// Capacity building: the initiatives (activities marked `capacity_building`) and how many of
/// them each member economy benefited from.
enum CapacityPart {
  /// The capacity-building part.
  static func build(_ scope: BuildScope) -> ReportPart {
    let initiatives = scope.countedActivities.filter { $0.activity.capacityBuilding }
    let delivered = initiatives.filter { $0.activity.isDelivered }
    let summary = CapacitySentences.delivered(initiatives.map(\.activity), scope: scope)
    var initiativeBlocks: [ReportBlock] = []
    if initiatives.isEmpty {
      initiativeBlocks.append(.note("No capacity-building initiative was reported."))
    } else {
      initiativeBlocks.append(.table(table(initiatives, scope: scope)))
    }
    let economyBlocks: [ReportBlock] = [.table(beneficiaryTable(delivered, scope: scope))]
    return ReportPart(
      id: "capacity_building", title: "Capacity building",
      blocks: [.paragraph(text: summary, attribution: nil, source: nil)],
      sections: [
        ReportSection(id: "capacity.initiatives", title: "Initiatives", blocks: initiativeBlocks),
        ReportSection(
          id: "capacity.beneficiaries", title: "Beneficiary economies", blocks: economyBlocks),
      ])
  }

  /// The initiatives: title, forum, APEC project number (where any has one), component,
  /// status, beneficiaries (by APEC name, in APEC's order), APEC funding (marked when
  /// illustrative or estimated). Internal activity ids are the review pack's.
  static func table(
    _ initiatives: [(forum: ForumAnalysis, activity: Activity)], scope: BuildScope
  ) -> ReportTable {
    let projects = initiatives.contains { $0.activity.apecProject != nil }
    let table = ReportTable(
      id: "capacity.initiatives", title: "Capacity-building initiatives",
      columns: [ReportColumn("Initiative"), ReportColumn("Forum")]
        + (projects ? [ReportColumn("APEC project")] : []) + [
          ReportColumn("Component"), ReportColumn("Status"), ReportColumn("Beneficiaries"),
          ReportColumn("APEC funding", .usd),
        ],
      rows: initiatives.map { forum, activity in
        [.text(activity.title), .text(scope.forumLabel(forum.descriptor.id))]
          + (projects ? [CellFactory.text(activity.apecProject)] : []) + [
            .text(scope.componentTitle(activity.component)), .text(activity.status.rawValue),
            CellFactory.text(
              scope.economies.names(activity.beneficiaries).joined(separator: "; ")),
            CellFactory.usd(activity.apecFundingUSD).marked(activity.quality),
          ]
      })
    return QualityMarks.noted(table)
  }

  /// Economy × number of initiatives it benefited from, with the fora that delivered them.
  static func beneficiaryTable(
    _ initiatives: [(forum: ForumAnalysis, activity: Activity)], scope: BuildScope
  ) -> ReportTable {
    let economies = scope.economies.all
    // Per beneficiary code, in one pass: how many initiatives name it, and the fora that
    // delivered them in the order they first appear.
    var counts: [String: Int] = [:]
    var foraByCode: [String: [String]] = [:]
    for (forum, activity) in initiatives {
      for code in Set(activity.beneficiaries) {
        counts[code, default: 0] += 1
        let acronym = scope.acronym(forum.descriptor.id)
        if foraByCode[code]?.contains(acronym) != true {
          foraByCode[code, default: []].append(acronym)
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
      rows: rows,
      notes: [
        "Counts delivered initiatives (completed or ongoing), a joint initiative once."
          + (scope.coverageNote.map { " " + $0 } ?? "")
      ])
  }
}

/// The sentences of the capacity-building part: delivered against planned.
enum CapacitySentences {
  /// How the capacity-building initiatives stand, in the one wording the executive summary
  /// and the capacity-building part share. Delivered means completed or ongoing (issue 11):
  /// "Of the 21 capacity-building initiatives, 18 were delivered or under way (1 still under
  /// way), 1 is planned and 2 were delayed."
  static func status(_ initiatives: [Activity]) -> String {
    let count = { (status: Activity.Status) in initiatives.filter { $0.status == status }.count }
    let completed = count(.completed)
    let ongoing = count(.ongoing)
    let delivered: (Int, String, String) =
      ongoing == 0
      ? (completed, "was delivered", "were delivered")
      : completed == 0
        ? (ongoing, "is under way", "are under way")
        : (
          completed + ongoing, "was delivered",
          "were delivered or under way (\(ongoing) still under way)"
        )
    return Prose.breakdown(
      of: initiatives.count, "capacity-building initiative", "capacity-building initiatives",
      [
        delivered,
        (count(.planned), "is planned", "are planned"),
        (count(.delayed), "was delayed", "were delayed"),
        (count(.cancelled), "was cancelled", "were cancelled"),
      ])
  }

  /// The status sentence, then whom the delivered initiatives reached and, with
  /// `withFunding`, their APEC funding.
  static func delivered(
    _ initiatives: [Activity], scope: BuildScope, withFunding: Bool = true
  ) -> String {
    guard !initiatives.isEmpty else {
      return "No capacity-building initiative was reported for \(scope.period.id)."
    }
    var text = status(initiatives)
    // Beneficiaries count delivered initiatives (completed or ongoing) only.
    let reached = Set(initiatives.filter(\.isDelivered).flatMap(\.beneficiaries)).count
    let deliveredInitiatives = initiatives.filter(\.isDelivered)
    let funding = deliveredInitiatives.compactMap(\.apecFundingUSD).reduce(0, +)
    let delivered = deliveredInitiatives.count
    guard delivered > 0 else { return text }
    text +=
      initiatives.count == 1
      ? " It" : " \(Prose.agree(delivered, "The one delivered", "Those delivered"))"
    text +=
      reached > 0
      ? " reached \(reached) of the \(scope.economies.count) member economies as"
        + " \(Prose.agree(reached, "a beneficiary", "beneficiaries"))"
      : " named no member economy as a beneficiary"
    text +=
      withFunding && funding > 0
      ? ", with USD \(Prose.integer(Int(funding))) in APEC funding"
        + QualityMarks.amountsQualifier(deliveredInitiatives) + "." : "."
    return text
  }
}
