import ReportKernel

/// The marks on figures a reader must not take as measured — illustrative (†), estimate (‡),
/// withheld (§), declared with `quality:` in submissions and targets or set by validation —
/// and the one note per table that explains the marks it shows.
enum QualityMarks {
  /// What a mark means, after its symbol.
  static func meaning(_ mark: CellMark) -> String {
    switch mark {
    case .illustrative: "illustrative, invented to illustrate: not a reported figure"
    case .estimate: "the forum's own estimate"
    case .withheld:
      "withheld pending correction by the forum: the value, or part of the values behind the"
        + " figure, failed validation"
    }
  }

  /// What a sentence's amounts drawn from `activities` are, after the amounts: "" when every
  /// funded activity is reported; "; these amounts are illustrative, not reported figures"
  /// when all are marked; "; these amounts include illustrative figures" when some are
  /// (estimates likewise). Prose has no table note, so it says so in words.
  static func amountsQualifier(_ activities: [Activity]) -> String {
    let funded = activities.filter { ($0.apecFundingUSD ?? 0) > 0 || ($0.coFundingUSD ?? 0) > 0 }
    let kinds = Set(funded.map(\.quality)).subtracting([.reported])
    guard !kinds.isEmpty else { return "" }
    let words =
      kinds.count > 1
      ? "illustrative or estimated" : kinds.contains(.illustrative) ? "illustrative" : "estimated"
    return funded.allSatisfy { $0.quality != .reported }
      ? "; these amounts are \(words), not reported figures"
      : "; these amounts include \(words) figures"
  }

  /// The note explaining `marks` ("† illustrative, …; ‡ the forum's own estimate."), nil when
  /// there are none.
  static func note(_ marks: Set<CellMark>) -> String? {
    let present = CellMark.allCases.filter(marks.contains)
    guard !present.isEmpty else { return nil }
    return present.map { "\($0.symbol) \(meaning($0))" }.joined(separator: "; ") + "."
  }

  /// True when `note` is a mark note, which every table showing a mark keeps (the editing pass
  /// says other notes once per document).
  static func isMarkNote(_ note: String) -> Bool {
    CellMark.allCases.contains { note.hasPrefix($0.symbol + " ") }
  }

  /// The marks shown in `table`'s cells.
  static func marks(_ table: ReportTable) -> Set<CellMark> {
    Set(table.rows.joined().compactMap(\.mark))
  }

  /// `table` with one note explaining the marks its cells show (any earlier mark note
  /// replaced); unchanged when its cells show none.
  static func noted(_ table: ReportTable) -> ReportTable {
    guard let note = note(marks(table)) else { return table }
    let notes = table.notes.filter { !isMarkNote($0) } + [note]
    guard notes != table.notes else { return table }
    return ReportTable(
      id: table.id, title: table.title, columns: table.columns, rows: table.rows, notes: notes)
  }

  /// `blocks` with every table noted, and a mark note after headline figures that show a mark.
  static func noted(_ blocks: [ReportBlock]) -> [ReportBlock] {
    blocks.flatMap { block -> [ReportBlock] in
      switch block {
      case .table(let table): return [.table(noted(table))]
      case .keyFigures(let figures):
        let note = note(Set(figures.compactMap(\.value.mark)))
        return [block] + (note.map { [.note($0)] } ?? [])
      default: return [block]
      }
    }
  }

  /// The mark of the worst of several figures' qualities, if any is not reported.
  static func mark(_ qualities: [Quality]) -> CellMark? {
    CellMark(qualities.max() ?? .reported)
  }

  /// A contributed (module-built) table of `forum` for `component` (every component when
  /// nil): the module makes its cells, so when the submission's values or activities there are
  /// illustrative or estimated the mark goes after the title, with one note. Unchanged
  /// otherwise.
  static func contributed(
    _ table: ReportTable, forum: ForumAnalysis, component: String?, label: String
  ) -> ReportTable {
    let inComponent = { (id: String) in component == nil || id == component }
    let qualities =
      forum.results.filter { inComponent($0.definition.component) && $0.hasValue }.map(\.quality)
      + (forum.submission?.activities ?? []).filter { inComponent($0.component) }.map(\.quality)
    guard let mark = mark(qualities) else { return table }
    let declared = mark == .illustrative ? "illustrative (invented, not reported)" : "estimates"
    let note =
      "\(mark.symbol) Figures here draw on values and activities the \(label) submission"
      + " declares \(declared)."
    return ReportTable(
      id: table.id, title: "\(table.title) \(mark.symbol)", columns: table.columns,
      rows: table.rows, notes: table.notes.filter { !isMarkNote($0) } + [note])
  }

  /// "Targets from: forum work plan; illustrative." naming each source once, in order; nil
  /// when no result has a target.
  static func targetSources(_ results: [IndicatorResult]) -> String? {
    var sources: [String] = []
    for result in results where result.target != nil {
      let source = result.targetSource ?? "no source given"
      if !sources.contains(source) { sources.append(source) }
    }
    guard !sources.isEmpty else { return nil }
    return "Targets from: " + sources.joined(separator: "; ") + "."
  }
}
