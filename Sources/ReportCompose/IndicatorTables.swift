import ReportKernel

/// The indicator tables: per forum and component in the narrative, per forum on its sheet, all
/// of them in the annex and on the Indicators sheet.
enum IndicatorTables {
  /// The indicators of `forum` serving `component`; nil when the forum has none there.
  static func component(
    _ forum: ForumAnalysis, _ component: Strategy.Component, scope: BuildScope
  ) -> ReportTable? {
    let results = forum.results(in: component)
    guard !results.isEmpty else { return nil }
    return body(
      id: "indicators.\(forum.descriptor.id).\(component.id)",
      title: "\(scope.forumLabel(forum.descriptor.id)) indicators: \(component.title)",
      results: results,
      scope: scope)
  }

  /// The compact table in the body: indicator, target, actual, status and change; baseline,
  /// unit and progress are in the annex.
  static func body(id: String, title: String, results: [IndicatorResult], scope: BuildScope)
    -> ReportTable
  {
    var columns = [
      ReportColumn("Indicator"), ReportColumn("Target", .number),
      ReportColumn("Actual", .number), ReportColumn("Status", .status),
    ]
    let trailing = TrailingColumns(results, scope: scope)
    columns += trailing.columns
    let rows = results.map { result -> [ReportCell] in
      let row: [ReportCell] = [
        .text(result.definition.title), CellFactory.target(result),
        CellFactory.actual(result), .status(result.status),
      ]
      return row + trailing.cells(result)
    }
    let table = ReportTable(id: id, title: title, columns: columns, rows: rows)
    return QualityMarks.noted(
      ReportTable(
        id: id, title: title, columns: columns, rows: rows,
        notes: notes(table, results: results, scope: scope)))
  }

  /// Every indicator of `forum`, for its sheet.
  static func forum(_ forum: ForumAnalysis, scope: BuildScope) -> ReportTable {
    compact(
      id: "indicators.\(forum.descriptor.id)",
      title: "\(scope.forumLabel(forum.descriptor.id)) indicators",
      results: forum.results, withForum: false, withComponent: true, scope: scope)
  }

  /// Every indicator of the covered fora, for the annex.
  static func annex(scope: BuildScope) -> ReportTable {
    compact(
      id: "annex.indicators", title: "All indicators", results: scope.results,
      withForum: true, withComponent: false, scope: scope)
  }

  /// A table of results: indicator, unit, baseline, target, actual, progress, status, change.
  static func compact(
    id: String, title: String, results: [IndicatorResult], withForum: Bool,
    withComponent: Bool, scope: BuildScope
  ) -> ReportTable {
    var columns: [ReportColumn] = []
    if withForum { columns.append(ReportColumn("Forum")) }
    columns.append(ReportColumn("Indicator"))
    if withComponent { columns.append(ReportColumn("Component")) }
    columns += [
      ReportColumn("Unit"), ReportColumn("Baseline", .number), ReportColumn("Baseline year"),
      ReportColumn("Target \(scope.period.id)", .number),
      ReportColumn("Actual \(scope.period.id)", .number),
      ReportColumn("Progress", .percent), ReportColumn("Status", .status),
    ]
    let trailing = TrailingColumns(results, scope: scope)
    columns += trailing.columns
    let rows = results.map { result -> [ReportCell] in
      var row: [ReportCell] = []
      if withForum { row.append(.text(scope.forumLabel(result.forum))) }
      row.append(.text(result.definition.title))
      if withComponent { row.append(.text(scope.componentTitle(result.definition.component))) }
      row += [
        .text(CellFactory.unitLabel(result.definition.unit)), CellFactory.baseline(result),
        CellFactory.year(result.baselinePeriod), CellFactory.target(result),
        CellFactory.actual(result), CellFactory.progress(result), .status(result.status),
      ]
      return row + trailing.cells(result)
    }
    let table = ReportTable(id: id, title: title, columns: columns, rows: rows)
    return QualityMarks.noted(
      ReportTable(
        id: id, title: title, columns: columns, rows: rows,
        notes: notes(table, results: results, scope: scope)))
  }

  /// Footnotes: what the indicators count (their declared notes, and what counts of economies
  /// are out of), the lower-bound mark, the compared windows, percentage points, and each
  /// indicator's own notes.
  static func notes(
    _ table: ReportTable, results: [IndicatorResult], scope: BuildScope
  ) -> [String] {
    var notes: [String] = []
    for forum in Set(results.map(\.forum)).intersection(scope.draftForums).sorted() {
      notes.append(BuildScope.draftNote(forum))
    }
    notes += definitions(results, scope: scope)
    if table.hasLowerBound { notes.append(TableNotes.lowerBound) }
    for result in results where result.isLowerBound {
      guard !result.definition.unit.semantics.cellShowsLowerBound else { continue }
      notes.append("\(result.definition.title): the actual is a lower bound (at least the value).")
    }
    if let previous = scope.previousPeriod, !results.contains(where: { $0.change != nil }) {
      notes.append(
        "No change is shown: there is no comparable value for \(Prose.period(previous)).")
    } else if let comparison = scope.comparisonNote {
      notes.append(comparison)
    }
    let changed = results.filter { $0.change != nil }.map(\.definition.unit)
    for unit in IndicatorDefinition.Unit.allCases where changed.contains(unit) {
      if let note = unit.semantics.changeNote { notes.append(note) }
    }
    if results.contains(where: { $0.likeForLikeChange != nil }) {
      notes.append(TableNotes.likeForLike)
    }
    notes += results.compactMap { entrants($0, scope: scope) }
    if let sources = QualityMarks.targetSources(results) { notes.append(sources) }
    return notes
  }

  /// Each shown indicator's declared note ("AEO mutual recognition arrangements between
  /// members: unique economy pairs; an MRA reported by both sides counts once."), then, when a
  /// count of economies is shown, what it is out of.
  static func definitions(_ results: [IndicatorResult], scope: BuildScope) -> [String] {
    var notes = results.compactMap { result -> String? in
      guard let note = result.definition.note?.trimmingWhitespace, !note.isEmpty else {
        return nil
      }
      return "\(result.definition.title): \(note)."
    }
    if results.contains(where: { $0.definition.unit == .economies && $0.actual != nil }) {
      notes.append(TableNotes.economies(scope.economies.count))
    }
    return notes
  }

  /// "Food Defense economies: Indonesia and Malaysia joined; Thailand left." for membership;
  /// for quantities, the economies that entered or left the reporting. Nil when none did.
  static func entrants(_ result: IndicatorResult, scope: BuildScope) -> String? {
    guard result.change != nil, !result.joined.isEmpty || !result.left.isEmpty else {
      return nil
    }
    let membership = result.definition.changeKind == .membership
    var parts: [String] = []
    if !result.joined.isEmpty {
      parts.append(
        scope.economies.nameList(result.joined)
          + (membership ? " joined" : " reported for the first time"))
    }
    if !result.left.isEmpty {
      parts.append(
        scope.economies.nameList(result.left)
          + (membership ? " left" : " did not report this time"))
    }
    return "\(result.definition.title): " + parts.joined(separator: "; ") + "."
  }

  /// The Indicators sheet: one row per indicator with every figure, and for the review pack
  /// its provenance (file:line).
  static func sheet(scope: BuildScope, provenance: Bool = false) -> ReportTable {
    var columns = [
      ReportColumn("Forum"), ReportColumn("Indicator id"), ReportColumn("Title"),
      ReportColumn("Unit"), ReportColumn("Component"), ReportColumn("Baseline", .number),
      ReportColumn("Baseline year"), ReportColumn("Target \(scope.period.id)", .number),
      ReportColumn("Target source"),
      ReportColumn("Actual \(scope.period.id)", .number), ReportColumn("Lower bound"),
      ReportColumn("Progress", .percent), ReportColumn("Status", .status),
    ]
    if let previous = scope.previousPeriod, let change = scope.changeTitle {
      columns += [
        ReportColumn("Previous \(previous.id)", .number), ReportColumn(change, .number),
        ReportColumn(BuildScope.likeForLikeTitle, .number),
      ]
    }
    columns.append(ReportColumn("Economies reporting", .integer))
    if provenance { columns.append(ReportColumn("Provenance")) }
    let rows = scope.results.map { result -> [ReportCell] in
      var row: [ReportCell] = [
        .text(scope.acronym(result.forum)), .text(result.definition.id),
        .text(result.definition.title),
        .text(CellFactory.unitLabel(result.definition.unit)),
        .text(scope.componentTitle(result.definition.component)),
        CellFactory.baseline(result), CellFactory.year(result.baselinePeriod),
        CellFactory.target(result), CellFactory.text(result.targetSource),
        CellFactory.actual(result),
        .yesNo(result.isLowerBound), CellFactory.progress(result),
        .status(result.status),
      ]
      if scope.previousPeriod != nil {
        row += [
          CellFactory.previous(result), CellFactory.change(result),
          CellFactory.likeForLike(result),
        ]
      }
      row.append(result.economiesReported.map { .integer($0) } ?? .empty)
      if provenance { row.append(CellFactory.text(CellFactory.provenance(result))) }
      return row
    }
    var notes = ["Progress is the share of the way from baseline to target; never clamped."]
    if let comparison = scope.comparisonNote { notes.append(comparison) }
    if let coverage = scope.coverageNote { notes.append(coverage) }
    return QualityMarks.noted(
      ReportTable(
        id: "indicators", title: "Indicators", columns: columns, rows: rows, notes: notes))
  }
}

/// The columns that follow an indicator table's figures where they apply: the change on the
/// previous period and the like-for-like change.
struct TrailingColumns {
  let columns: [ReportColumn]
  private let change: Bool
  private let likeForLike: Bool

  init(_ results: [IndicatorResult], scope: BuildScope) {
    change = scope.previousPeriod != nil
    likeForLike = results.contains { $0.likeForLikeChange != nil }
    var columns: [ReportColumn] = []
    if let title = scope.changeTitle { columns.append(ReportColumn(title, .number)) }
    if likeForLike { columns.append(ReportColumn(BuildScope.likeForLikeTitle, .number)) }
    self.columns = columns
  }

  /// The cells of `result` under these columns.
  func cells(_ result: IndicatorResult) -> [ReportCell] {
    var cells: [ReportCell] = []
    if change { cells.append(CellFactory.change(result)) }
    if likeForLike { cells.append(CellFactory.likeForLike(result)) }
    return cells
  }
}
