import ReportKernel

/// The last editing pass over the assembled parts, as an editor would do it: each note is said
/// once in the document (the first time it applies), and the annexes gain the acronyms the
/// report actually uses, with their expansions from `config/strategy.yaml`; and no generated
/// sentence starts with a numeral (``Wording/numbersSpelledAtSentenceStart(_:)``). The fora's
/// own narratives are theirs and are left as written.
enum Editing {
  /// `parts`, edited.
  static func finish(_ parts: [ReportPart], scope: BuildScope) -> [ReportPart] {
    var seen = Set<String>()
    let submitted = Set(
      scope.forums.flatMap { $0.submission?.narratives.map(\.text) ?? [] })
    var edited = parts.map { once($0, seen: &seen) }.map { spelled($0, submitted: submitted) }
      .filter {
        !$0.blocks.isEmpty || !$0.sections.isEmpty
      }
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

  // MARK: - Numbers starting a sentence

  private static func spelled(_ part: ReportPart, submitted: Set<String>) -> ReportPart {
    ReportPart(
      id: part.id, title: part.title, blocks: part.blocks.map { spelled($0, submitted) },
      sections: part.sections.map { spelled($0, submitted: submitted) })
  }

  private static func spelled(_ section: ReportSection, submitted: Set<String>) -> ReportSection {
    ReportSection(
      id: section.id, title: section.title,
      blocks: section.blocks.map { spelled($0, submitted) },
      subsections: section.subsections.map { spelled($0, submitted: submitted) })
  }

  /// The block with its generated sentences starting in words: paragraphs (not the fora's
  /// narratives), notes and table notes.
  private static func spelled(_ block: ReportBlock, _ submitted: Set<String>) -> ReportBlock {
    let spell = Wording.numbersSpelledAtSentenceStart
    switch block {
    case .paragraph(let text, let attribution, let source):
      guard !submitted.contains(text) else { return block }
      return .paragraph(text: spell(text), attribution: attribution, source: source)
    case .note(let text): return .note(spell(text))
    case .table(let table):
      return .table(
        ReportTable(
          id: table.id, title: table.title, columns: table.columns, rows: table.rows,
          notes: table.notes.map(spell)))
    case .bullets, .keyFigures: return block
    }
  }

  // MARK: - Notes once

  private static func once(_ part: ReportPart, seen: inout Set<String>) -> ReportPart {
    ReportPart(
      id: part.id, title: part.title, blocks: once(part.blocks, seen: &seen),
      sections: part.sections.compactMap { once($0, seen: &seen) })
  }

  /// The section with its notes said once; a section left with nothing under its heading is
  /// dropped (a heading over nothing says nothing).
  private static func once(_ section: ReportSection, seen: inout Set<String>) -> ReportSection? {
    let blocks = once(section.blocks, seen: &seen, keepSoleNote: section.subsections.isEmpty)
    let subsections = section.subsections.compactMap { once($0, seen: &seen) }
    guard !blocks.isEmpty || !subsections.isEmpty else { return nil }
    return ReportSection(
      id: section.id, title: section.title, blocks: blocks, subsections: subsections)
  }

  /// `blocks` with each note kept the first time it is said, except a note that is all a
  /// section holds (`keepSoleNote`): it is the one short sentence under its heading.
  private static func once(
    _ blocks: [ReportBlock], seen: inout Set<String>, keepSoleNote: Bool = false
  ) -> [ReportBlock] {
    let sole = keepSoleNote && blocks.count == 1
    return blocks.compactMap { block in
      switch block {
      // A mark note explains the marks of the table or figures it follows: it stays with each.
      case .note(let text):
        return QualityMarks.isMarkNote(text) || seen.insert(text).inserted || sole ? block : nil
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

  /// The acronyms annex: every configured acronym that appears as a word in the report's text
  /// (an identifier such as `CTTF-2026-01` is not a use of `CTTF`). A forum shown under another
  /// acronym (`fora:` in the strategy) is listed under the acronym the report shows; its
  /// former acronym only where the fora's own text still uses it, pointing to the new one.
  static func acronymSection(_ parts: [ReportPart], scope: BuildScope) -> ReportSection? {
    // Text by text, keeping only the words that could be listed: a report of many economies
    // has many words, and none of them need be held.
    let wanted = Set(
      scope.strategy.acronyms.map(\.short) + scope.forums.map { scope.acronym($0.descriptor.id) })
    var words = Set<String>()
    for part in parts {
      for text in texts(part) {
        collectWords(of: text, wanted: wanted, into: &words)
      }
    }
    var meanings: [String: String] = [:]
    for acronym in scope.strategy.acronyms where words.contains(acronym.short) {
      meanings[acronym.short] = acronym.expansion
    }
    // The fora as the report shows them, when config lists no expansion for the acronym.
    for forum in scope.forums {
      let shown = scope.acronym(forum.descriptor.id)
      if words.contains(shown), meanings[shown] == nil { meanings[shown] = scope.name(forum) }
    }
    for forum in scope.strategy.fora {
      guard let shown = forum.acronym, shown != forum.id, let meaning = meanings[forum.id]
      else { continue }
      meanings[forum.id] = meaning + ", now the \(forum.name ?? shown) (\(shown))"
    }
    guard !meanings.isEmpty else { return nil }
    let table = ReportTable(
      id: "annex.acronyms", title: "Acronyms and abbreviations",
      columns: [ReportColumn("Acronym"), ReportColumn("Meaning")],
      rows: meanings.sorted { $0.key < $1.key }.map { [.text($0.key), .text($0.value)] })
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

  /// Adds the words of `text` (as ``wordsOf(_:)`` has them) that `wanted` holds to `words`;
  /// ASCII text is split on its bytes, other text by ``wordsOf(_:)``.
  static func collectWords(of text: String, wanted: Set<String>, into words: inout Set<String>) {
    let done = text.utf8.withContiguousStorageIfAvailable { bytes -> Bool in
      guard !bytes.contains(where: { $0 >= 0x80 }) else { return false }
      func isWordByte(_ byte: UInt8) -> Bool {
        switch byte {
        case UInt8(ascii: "a")...UInt8(ascii: "z"), UInt8(ascii: "A")...UInt8(ascii: "Z"),
          UInt8(ascii: "0")...UInt8(ascii: "9"), UInt8(ascii: "/"), UInt8(ascii: "-"):
          true
        default: false
        }
      }
      func add(_ piece: Slice<UnsafeBufferPointer<UInt8>>) {
        let word = String(decoding: piece, as: UTF8.self)
        if wanted.contains(word) { words.insert(word) }
      }
      var start = bytes.startIndex
      while start < bytes.endIndex {
        guard isWordByte(bytes[start]) else {
          start += 1
          continue
        }
        var end = start
        while end < bytes.endIndex, isWordByte(bytes[end]) { end += 1 }
        let word = bytes[start..<end]
        add(word)
        let parts = word.split { $0 == UInt8(ascii: "/") || $0 == UInt8(ascii: "-") }
        let numbered = parts.contains { part in
          part.allSatisfy { (UInt8(ascii: "0")...UInt8(ascii: "9")).contains($0) }
        }
        if !numbered { parts.forEach(add) }
        start = end
      }
      return true
    }
    guard done != true else { return }
    for word in wordsOf(text) where wanted.contains(word) { words.insert(word) }
  }

  /// The words of `text`, split at anything but letters, digits, `/` and `-` ("CTTF-TPTWG"
  /// gives "CTTF" and "TPTWG" too; an identifier with a number part, "CTTF-2026-01", stays
  /// whole).
  static func wordsOf(_ text: String) -> [String] {
    text.split { !($0.isLetter || $0.isNumber || $0 == "/" || $0 == "-") }
      .flatMap { word -> [String] in
        let parts = word.split { $0 == "/" || $0 == "-" }.map(String.init)
        if parts.contains(where: { $0.allSatisfy(\.isNumber) }) { return [String(word)] }
        return [String(word)] + parts
      }
  }
}
