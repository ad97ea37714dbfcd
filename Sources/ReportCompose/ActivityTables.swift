import ReportKernel

/// The activity tables: per forum and component in the narrative, per forum on its sheet, the
/// annex list and the Activities sheet.
enum ActivityTables {
  /// The activities of `forum` for `component`; nil when there are none.
  static func component(
    _ forum: ForumAnalysis, _ component: Strategy.Component, scope: BuildScope
  ) -> ReportTable? {
    // A joint activity is listed once per component: under the forum the others' `same_as:`
    // names, with those fora named; theirs is left out (it is counted under that forum too).
    let all = scope.activities
    let ids = Set(all.map(\.activity.id))
    let activities = (forum.submission?.activities ?? []).filter { activity in
      activity.component == component.id && !(activity.sameAs.map(ids.contains) ?? false)
    }
    guard !activities.isEmpty else { return nil }
    var alsoBy: [String: [String]] = [:]
    for (other, activity) in all {
      guard let same = activity.sameAs else { continue }
      alsoBy[same, default: []].append(scope.acronym(other.descriptor.id))
    }
    return QualityMarks.noted(
      ReportTable(
        id: "activities.\(forum.descriptor.id).\(component.id)",
        title: "\(scope.forumLabel(forum.descriptor.id)) activities: \(component.title)",
        columns: [
          ReportColumn("Activity"), ReportColumn("Status"),
          ReportColumn("Economies taking part", .integer),
        ],
        rows: activities.map { activity in
          [
            .text(jointTitle(activity.title, alsoBy: alsoBy[activity.id] ?? [])),
            .text(activity.status.rawValue),
            ReportCell.integer(activity.economies.count).marked(activity.quality),
          ]
        }))
  }

  /// The title of `activity`, naming the other fora that report it as the same joint activity
  /// ("… (also reported by BMG)").
  static func jointTitle(_ title: String, alsoBy fora: [String]) -> String {
    fora.isEmpty ? title : "\(title) (also reported by \(Prose.list(fora)))"
  }

  /// Every activity of `forum`, for its sheet.
  static func forum(_ forum: ForumAnalysis, scope: BuildScope) -> ReportTable {
    brief(
      id: "activities.\(forum.descriptor.id)",
      title: "\(scope.forumLabel(forum.descriptor.id)) activities",
      activities: (forum.submission?.activities ?? []).map { (forum, $0) }, withForum: false,
      withComponent: true, scope: scope)
  }

  /// Every activity of the covered fora, for the annex.
  static func annex(scope: BuildScope) -> ReportTable {
    brief(
      id: "annex.activities", title: "All activities", activities: scope.activities,
      withForum: true, withComponent: true, scope: scope)
  }

  /// A short activity table: title, forum, APEC project number (where any has one), status,
  /// economies, partners, other fora, APEC USD. Internal activity ids are the review pack's
  /// and the Activities sheet's.
  static func brief(
    id: String, title: String, activities: [(forum: ForumAnalysis, activity: Activity)],
    withForum: Bool, withComponent: Bool, scope: BuildScope
  ) -> ReportTable {
    let projects = activities.contains { $0.activity.apecProject != nil }
    var columns = [ReportColumn("Activity")]
    if withForum { columns.append(ReportColumn("Forum")) }
    if projects { columns.append(ReportColumn("APEC project")) }
    if withComponent { columns.append(ReportColumn("Component")) }
    columns += [
      ReportColumn("Status"), ReportColumn("Economies", .integer), ReportColumn("Partners"),
      ReportColumn("Other fora"), ReportColumn("APEC funding", .usd),
    ]
    let rows = activities.map { forum, activity -> [ReportCell] in
      var row: [ReportCell] = [.text(activity.title)]
      if withForum { row.append(.text(scope.forumLabel(forum.descriptor.id))) }
      if projects { row.append(CellFactory.text(activity.apecProject)) }
      if withComponent { row.append(.text(scope.componentTitle(activity.component))) }
      row += [
        .text(activity.status.rawValue),
        ReportCell.integer(activity.economies.count).marked(activity.quality),
        CellFactory.text(activity.partners.joined(separator: ", ")),
        CellFactory.text(activity.fora.map(scope.acronym).joined(separator: ", ")),
        CellFactory.usd(activity.apecFundingUSD).marked(activity.quality),
      ]
      return row
    }
    let notes = ["Economies: the number of member economies taking part."]
    return QualityMarks.noted(
      ReportTable(id: id, title: title, columns: columns, rows: rows, notes: notes))
  }

  /// The Activities sheet: every field of every activity.
  static func sheet(scope: BuildScope) -> ReportTable {
    let columns = [
      ReportColumn("ID"), ReportColumn("Forum"), ReportColumn("Title"),
      ReportColumn("Component"), ReportColumn("Pillars"), ReportColumn("Status"),
      ReportColumn("Economies"), ReportColumn("Beneficiaries"), ReportColumn("Partners"),
      ReportColumn("Other fora"), ReportColumn("Capacity building"),
      ReportColumn("Start date", .date), ReportColumn("End date", .date),
      ReportColumn("APEC funding", .usd), ReportColumn("Co-funding", .usd),
      ReportColumn("Quality"), ReportColumn("Same as"), ReportColumn("Source"),
    ]
    let rows = scope.activities.map { forum, activity -> [ReportCell] in
      [
        .text(activity.id), .text(scope.forumLabel(forum.descriptor.id)), .text(activity.title),
        .text(scope.componentTitle(activity.component)),
        CellFactory.text(activity.pillars.joined(separator: ", ")),
        .text(activity.status.rawValue),
        CellFactory.text(scope.economies.names(activity.economies).joined(separator: "; ")),
        CellFactory.text(scope.economies.names(activity.beneficiaries).joined(separator: "; ")),
        CellFactory.text(activity.partners.joined(separator: ", ")),
        CellFactory.text(activity.fora.map(scope.acronym).joined(separator: ", ")),
        .yesNo(activity.capacityBuilding),
        CellFactory.date(activity.start).marked(activity.quality),
        CellFactory.date(activity.end).marked(activity.quality),
        CellFactory.usd(activity.apecFundingUSD).marked(activity.quality),
        CellFactory.usd(activity.coFundingUSD).marked(activity.quality),
        .text(activity.quality.rawValue),
        CellFactory.text(activity.sameAs),
        .text("\(activity.location.file):\(activity.location.line)"),
      ]
    }
    return QualityMarks.noted(
      ReportTable(
        id: "activities", title: "Activities", columns: columns, rows: rows,
        notes: [
          "Economies and beneficiaries by APEC name, in APEC's order, separated by"
            + " semicolons."
        ]))
  }
}
