import ReportKernel

/// The last editing pass over the assembled parts, as an editor would do it: each note is said
/// once in the document (the first time it applies), and the annexes gain the acronyms the
/// report actually uses, with their expansions from `config/strategy.yaml`.
enum Editing {
  /// `parts`, edited.
  static func finish(_ parts: [ReportPart], scope: BuildScope) -> [ReportPart] {
    var seen = Set<String>()
    var edited = parts.map { once($0, seen: &seen) }
    if let acronyms = acronymSection(edited, scope: scope),
      let index = edited.lastIndex(where: { $0.id == "annexes" })
    {
      let annexes = edited[index]
      edited[index] = ReportPart(
        id: annexes.id, title: annexes.title, blocks: annexes.blocks,
        sections: annexes.sections + [acronyms])
    }
    return edited
  }

  // MARK: - Notes once

  private static func once(_ part: ReportPart, seen: inout Set<String>) -> ReportPart {
    ReportPart(
      id: part.id, title: part.title, blocks: once(part.blocks, seen: &seen),
      sections: part.sections.map { once($0, seen: &seen) })
  }

  private static func once(_ section: ReportSection, seen: inout Set<String>) -> ReportSection {
    ReportSection(
      id: section.id, title: section.title, blocks: once(section.blocks, seen: &seen),
      subsections: section.subsections.map { once($0, seen: &seen) })
  }

  private static func once(_ blocks: [ReportBlock], seen: inout Set<String>) -> [ReportBlock] {
    blocks.compactMap { block in
      switch block {
      // A mark note explains the marks of the table or figures it follows: it stays with each.
      case .note(let text):
        return QualityMarks.isMarkNote(text) || seen.insert(text).inserted ? block : nil
      case .table(let table):
        let notes = table.notes.filter { TableNotes.isPerTable($0) || seen.insert($0).inserted }
        return .table(
          ReportTable(
            id: table.id, title: table.title, columns: table.columns, rows: table.rows,
            notes: notes))
      default:
        return block
      }
    }
  }

  // MARK: - Acronyms

  /// The acronyms annex: every configured acronym that appears as a word in the report.
  static func acronymSection(_ parts: [ReportPart], scope: BuildScope) -> ReportSection? {
    let words = Set(parts.flatMap(texts).flatMap(wordsOf))
    let used = scope.strategy.acronyms.filter { words.contains($0.short) }
      .sorted { $0.short < $1.short }
    guard !used.isEmpty else { return nil }
    let table = ReportTable(
      id: "annex.acronyms", title: "Acronyms and abbreviations",
      columns: [ReportColumn("Acronym"), ReportColumn("Meaning")],
      rows: used.map { [.text($0.short), .text($0.expansion)] })
    return ReportSection(
      id: "annex.acronyms", title: "Acronyms and abbreviations", blocks: [.table(table)])
  }

  private static func texts(_ part: ReportPart) -> [String] {
    [part.title] + part.blocks.flatMap(texts) + part.sections.flatMap(texts)
  }

  private static func texts(_ section: ReportSection) -> [String] {
    [section.title] + section.blocks.flatMap(texts) + section.subsections.flatMap(texts)
  }

  private static func texts(_ block: ReportBlock) -> [String] {
    switch block {
    case .paragraph(let text, let attribution, _): return [text, attribution ?? ""]
    case .bullets(let items): return items
    case .note(let text): return [text]
    case .keyFigures(let figures): return figures.flatMap { [$0.label, $0.context ?? ""] }
    case .table(let table):
      let cells = table.rows.flatMap { $0 }.compactMap { cell -> String? in
        if case .text(let text) = cell { return text }
        return nil
      }
      return [table.title] + table.columns.map(\.title) + cells + table.notes
    }
  }

  /// The words of `text`, split at anything but letters, digits, `/` and `-` ("CTTF-TPTWG"
  /// gives "CTTF" and "TPTWG" too).
  private static func wordsOf(_ text: String) -> [String] {
    text.split { !($0.isLetter || $0.isNumber || $0 == "/" || $0 == "-") }
      .flatMap { word -> [String] in
        let parts = word.split { $0 == "/" || $0 == "-" }.map(String.init)
        return [String(word)] + parts
      }
  }
}
