import ReportKernel

/// Coordination within APEC (the joint activities, each once, and the collaboration matrix),
/// with the private sector, and with the international organisations that took part.
enum CoordinationPart {
  /// The coordination part.
  static func build(_ scope: BuildScope) -> ReportPart {
    let joint = jointActivities(scope)
    var matrixBlocks: [ReportBlock] = []
    if joint.isEmpty {
      matrixBlocks.append(.note("No joint activity with another forum was reported."))
    } else {
      matrixBlocks.append(
        .paragraph(
          text: CoordinationSentences.withinAPEC(joint.count), attribution: nil, source: nil))
      matrixBlocks.append(.bullets(joint.map(CoordinationSentences.joint)))
      matrixBlocks.append(.table(matrix(scope)))
    }
    let partnerTable = partners(scope)
    let partnerBlocks: [ReportBlock] =
      partnerTable.rows.isEmpty
      ? [.paragraph(text: CoordinationSentences.noPartners, attribution: nil, source: nil)]
      : [
        .paragraph(
          text: CoordinationSentences.partners(partnerTable.rows.count), attribution: nil,
          source: nil),
        .table(partnerTable),
      ]
    return ReportPart(
      id: "coordination", title: "Coordination", blocks: [],
      sections: [
        ReportSection(
          id: "coordination.fora", title: "Within APEC", blocks: matrixBlocks),
        ReportSection(
          id: "coordination.private_sector", title: "With the private sector",
          blocks: privateSector(scope)),
        ReportSection(
          id: "coordination.partners", title: "With international organisations",
          blocks: partnerBlocks),
      ])
  }

  /// A joint activity once, however many of its fora reported it.
  struct Joint {
    /// The title as first reported.
    let title: String
    /// Every forum involved, reporting fora first.
    let fora: [String]
    /// The fora that reported it.
    let reportedBy: [String]
    /// Its status as first reported.
    let status: Activity.Status
  }

  /// The joint activities, merged when two fora report the same one (same component, same
  /// set of fora).
  static func jointActivities(_ scope: BuildScope) -> [Joint] {
    // A joint activity listed by two fora is declared once with `same_as:` and counted once,
    // under the forum it names; the declaring forum is among those reporting it.
    let declared = scope.activities.filter { $0.activity.sameAs != nil }
    return scope.countedActivities.filter { !$0.activity.fora.isEmpty }.map { forum, activity in
      let id = forum.descriptor.id
      let also = declared.filter { $0.activity.sameAs == activity.id }.map(\.forum.descriptor.id)
      let all = [id] + (activity.fora + also).filter { $0 != id }
      var fora: [String] = []
      for forum in all where !fora.contains(forum) { fora.append(forum) }
      return Joint(
        title: activity.title, fora: fora.map(scope.acronym),
        reportedBy: ([id] + also).map(scope.acronym), status: activity.status)
    }
  }

  /// Activities with private-sector participants, or a sentence saying there were none.
  static func privateSector(_ scope: BuildScope) -> [ReportBlock] {
    let with = scope.activities.filter { !$0.activity.privateSector.isEmpty }
    guard !with.isEmpty else {
      return [
        .paragraph(text: CoordinationSentences.noPrivateSector, attribution: nil, source: nil)
      ]
    }
    return [
      .paragraph(
        text: CoordinationSentences.privateSector(with.count), attribution: nil, source: nil),
      .bullets(
        with.map { forum, activity in
          CoordinationSentences.privateSectorItem(
            activity.title, forum: scope.acronym(forum.descriptor.id), with: activity.privateSector)
        }),
    ]
  }

  /// The fora a matrix shows: the covered fora, then any other forum named in `fora:`.
  static func matrixFora(_ scope: BuildScope) -> [String] {
    let covered = scope.analysis.forums.map(\.descriptor.id)
    let named = Set(scope.activities.flatMap(\.activity.fora)).subtracting(covered)
    return covered + named.sorted()
  }

  /// Rows: the reporting forum; columns: the other forum involved; cells: joint activities.
  static func matrix(_ scope: BuildScope) -> ReportTable {
    let columns = matrixFora(scope)
    let counted = scope.countedActivities
    let rows = scope.forums.map { forum -> [ReportCell] in
      let activities = counted.filter { $0.forum.descriptor.id == forum.descriptor.id }
        .map(\.activity)
      let counts = columns.map { other -> ReportCell in
        guard other != forum.descriptor.id else { return .empty }
        return .integer(activities.filter { $0.fora.contains(other) }.count)
      }
      return [.text(scope.forumLabel(forum.descriptor.id))] + counts
    }
    return ReportTable(
      id: "coordination.matrix", title: "Joint activities between fora",
      columns: [ReportColumn("Reported by")]
        + columns.map { ReportColumn(scope.acronym($0), .integer) },
      rows: rows,
      notes: [
        "Rows: the forum reporting the activity; columns: the other forum involved. A joint"
          + " activity reported by both fora is counted once, in the row of the forum the other"
          + " refers to." + (scope.coverageNote.map { " " + $0 } ?? "")
      ])
  }

  /// Partner × activities: the strategy's partners first (in its order), then others named.
  static func partners(_ scope: BuildScope) -> ReportTable {
    let known = scope.strategy.partners.map(\.id)
    let named = Set(scope.activities.flatMap(\.activity.partners)).subtracting(known)
    let rows = (known + named.sorted()).compactMap { partner -> [ReportCell]? in
      let with = scope.activities.filter { $0.activity.partners.contains(partner) }
      guard !with.isEmpty else { return nil }
      var fora: [String] = []
      for (forum, _) in with where !fora.contains(forum.descriptor.id) {
        fora.append(forum.descriptor.id)
      }
      return [
        .text(scope.partnerAcronym(partner)), .text(scope.partnerName(partner)),
        .integer(with.count),
        CellFactory.text(fora.map(scope.acronym).joined(separator: ", ")),
      ]
    }
    return ReportTable(
      id: "coordination.partners", title: "Activities with partner organisations",
      columns: [
        ReportColumn("Partner"), ReportColumn("Name"), ReportColumn("Activities", .integer),
        ReportColumn("Fora"),
      ],
      rows: rows)
  }
}

/// The sentences of the coordination part.
enum CoordinationSentences {
  static func withinAPEC(_ count: Int) -> String {
    "The fora worked together on \(Prose.count(count, "activity", "activities")) this year:"
  }

  static func joint(_ joint: CoordinationPart.Joint) -> String {
    var text = "\(joint.title) — \(Prose.list(joint.fora))"
    if joint.reportedBy.count > 1 { text += " (reported by both)" }
    if joint.status != .completed { text += "; \(joint.status.rawValue)" }
    return text + "."
  }

  static let noPrivateSector =
    "No forum reported private-sector participation in its activities this year."

  static func privateSector(_ count: Int) -> String {
    "Industry took part in \(Prose.count(count, "activity", "activities")):"
  }

  static func privateSectorItem(_ title: String, forum: String, with: [String]) -> String {
    "\(title) (\(forum)), with \(Prose.list(with))."
  }

  static let noPartners =
    "No activity reported for this period involved an international organisation."

  static func partners(_ count: Int) -> String {
    "\(Prose.count(count, "international organisation", "international organisations"))"
      + " took part in the fora's activities:"
  }
}
