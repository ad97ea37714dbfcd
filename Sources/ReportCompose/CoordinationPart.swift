import ReportKernel

/// Coordination: the cross-fora collaboration matrix built from joint activities, and the
/// partner organisations the fora worked with.
enum CoordinationPart {
  /// The coordination part.
  static func build(_ scope: BuildScope) -> ReportPart {
    let joint = scope.activities.filter { !$0.activity.fora.isEmpty }
    var matrixBlocks: [ReportBlock] = []
    if joint.isEmpty {
      matrixBlocks.append(.note("No joint activity with another forum was reported."))
    } else {
      matrixBlocks.append(.table(matrix(scope)))
      matrixBlocks.append(
        .bullets(
          joint.map { forum, activity in
            "\(activity.title) (\(activity.id)): \(forum.descriptor.id) with "
              + activity.fora.joined(separator: ", ")
          }))
    }
    return ReportPart(
      id: "coordination", title: "Coordination", blocks: [],
      sections: [
        ReportSection(
          id: "coordination.fora", title: "Cross-fora collaboration", blocks: matrixBlocks),
        ReportSection(
          id: "coordination.partners", title: "Partner organisations",
          blocks: [.table(partners(scope))]),
      ])
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
    let rows = scope.forums.map { forum -> [ReportCell] in
      let activities = forum.submission?.activities ?? []
      let counts = columns.map { other -> ReportCell in
        guard other != forum.descriptor.id else { return .empty }
        return .integer(activities.filter { $0.fora.contains(other) }.count)
      }
      return [.text(forum.descriptor.id)] + counts
    }
    return ReportTable(
      id: "coordination.matrix", title: "Joint activities between fora",
      columns: [ReportColumn("Reported by")] + columns.map { ReportColumn($0, .integer) },
      rows: rows,
      notes: [
        "Rows: the forum reporting the activity; columns: the other forum involved. An activity"
          + " reported by both fora is counted in both rows. Covers \(scope.coverage)."
      ])
  }

  /// Partner × activities: the strategy's partners first (in its order), then others named.
  static func partners(_ scope: BuildScope) -> ReportTable {
    let known = scope.strategy.partners.map(\.id)
    let named = Set(scope.activities.flatMap(\.activity.partners)).subtracting(known)
    let rows = (known + named.sorted()).map { partner -> [ReportCell] in
      let with = scope.activities.filter { $0.activity.partners.contains(partner) }
      var fora: [String] = []
      for (forum, _) in with where !fora.contains(forum.descriptor.id) {
        fora.append(forum.descriptor.id)
      }
      return [
        .text(partner), .text(scope.partnerName(partner)), .integer(with.count),
        CellFactory.text(fora.joined(separator: ", ")),
      ]
    }
    return ReportTable(
      id: "coordination.partners", title: "Activities with partner organisations",
      columns: [
        ReportColumn("Partner"), ReportColumn("Name"), ReportColumn("Activities", .integer),
        ReportColumn("Fora"),
      ],
      rows: rows, notes: ["Covers \(scope.coverage)."])
  }
}
