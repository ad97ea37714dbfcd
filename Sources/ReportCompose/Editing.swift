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
    let sieve = WordSieve(wanted)
    var words = Set<String>()
    for part in parts {
      forEachText(in: part) { text in
        forEachWord(in: text, sieve: sieve) { word in
          if wanted.contains(word) { words.insert(word) }
        }
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

  /// Calls `body` with every text of `part`: titles, paragraphs, items, cells and notes.
  private static func forEachText(in part: ReportPart, _ body: (String) -> Void) {
    body(part.title)
    for block in part.blocks { forEachText(in: block, body) }
    for section in part.sections { forEachText(in: section, body) }
  }

  private static func forEachText(in section: ReportSection, _ body: (String) -> Void) {
    body(section.title)
    for block in section.blocks { forEachText(in: block, body) }
    for subsection in section.subsections { forEachText(in: subsection, body) }
  }

  private static func forEachText(in block: ReportBlock, _ body: (String) -> Void) {
    switch block {
    case .paragraph(let text, let attribution, _):
      body(text)
      body(attribution ?? "")
    case .bullets(let items): items.forEach(body)
    case .note(let text): body(text)
    case .keyFigures(let figures):
      for figure in figures {
        body(figure.label)
        body(figure.context ?? "")
      }
    case .table(let table):
      body(table.title)
      table.columns.forEach { body($0.title) }
      for row in table.rows {
        for case .text(let text) in row { body(text) }
      }
      table.notes.forEach(body)
    }
  }

  /// Calls `body` with each word of `text` in order, without holding them all: `text` split at
  /// anything but letters, digits, `/` and `-`, each word followed by its parts between `/`
  /// and `-` ("CTTF-TPTWG" gives "CTTF-TPTWG", "CTTF" and "TPTWG"; "CTTF" gives "CTTF" twice)
  /// unless a part is a number (an identifier, "CTTF-2026-01", stays whole).
  ///
  /// The ASCII words are found on the bytes (``ASCIIWords``); the rest of the text by
  /// ``forEachWordOfAnyText(in:_:)``. With a `sieve`, the ASCII words and parts its test
  /// rejects are skipped without being made into strings.
  static func forEachWord(
    in text: String, sieve: WordSieve? = nil, _ body: (String) -> Void
  ) {
    ASCIIWords.forEach(in: text, wordBytes: wordBytes) { word in
      forEachPart(of: word, sieve: sieve, body)
      return true
    } other: { stretch in
      forEachWordOfAnyText(in: stretch, body)
      return true
    }
  }

  /// The ASCII letters, digits, `/` and `-`.
  private static let wordBytes = ASCIIWords.WordBytes { byte in
    switch byte {
    case UInt8(ascii: "a")...UInt8(ascii: "z"), UInt8(ascii: "A")...UInt8(ascii: "Z"),
      UInt8(ascii: "0")...UInt8(ascii: "9"), UInt8(ascii: "/"), UInt8(ascii: "-"):
      true
    default: false
    }
  }

  /// Calls `body` with the ASCII `word`, then with its parts between `/` and `-` unless one is
  /// a number, as ``forEachWordOfAnyText(in:_:)`` does; without making a list of the parts.
  private static func forEachPart(
    of word: Slice<UnsafeBufferPointer<UInt8>>, sieve: WordSieve?, _ body: (String) -> Void
  ) {
    func call(_ piece: Slice<UnsafeBufferPointer<UInt8>>) {
      guard sieve?.mayBe(piece) ?? true else { return }
      body(String(decoding: piece, as: UTF8.self))
    }
    func isSeparator(_ byte: UInt8) -> Bool {
      byte == UInt8(ascii: "/") || byte == UInt8(ascii: "-")
    }
    // The parts: runs between separators, empty ones left out. First whether one is a number.
    var numbered = false
    var partIsNumber = false
    var inPart = false
    var separated = false
    for byte in word {
      if isSeparator(byte) {
        if inPart, partIsNumber { numbered = true }
        inPart = false
        separated = true
      } else {
        if !inPart { partIsNumber = true }
        inPart = true
        if byte < UInt8(ascii: "0") || byte > UInt8(ascii: "9") { partIsNumber = false }
      }
    }
    if inPart, partIsNumber { numbered = true }
    guard separated else {
      // The word is its only part: said twice unless it is a number, made into a string once.
      guard sieve?.mayBe(word) ?? true else { return }
      let whole = String(decoding: word, as: UTF8.self)
      body(whole)
      if !numbered { body(whole) }
      return
    }
    call(word)
    guard !numbered else { return }
    var start = word.startIndex
    for index in word.startIndex..<word.endIndex where isSeparator(word[index]) {
      if start < index { call(word[start..<index]) }
      start = index + 1
    }
    if start < word.endIndex { call(word[start..<word.endIndex]) }
  }

  /// ``forEachWord(in:_:)`` on the text's characters.
  static func forEachWordOfAnyText(in text: String, _ body: (String) -> Void) {
    var rest = Substring(text)
    while let start = rest.firstIndex(where: isWordCharacter) {
      let end = rest[start...].firstIndex { !isWordCharacter($0) } ?? rest.endIndex
      let word = rest[start..<end]
      rest = rest[end...]
      let parts = word.split { $0 == "/" || $0 == "-" }
      body(String(word))
      if parts.contains(where: { $0.allSatisfy(\.isNumber) }) { continue }
      for part in parts { body(String(part)) }
    }
  }

  private static func isWordCharacter(_ character: Character) -> Bool {
    character.isLetter || character.isNumber || character == "/" || character == "-"
  }
}
