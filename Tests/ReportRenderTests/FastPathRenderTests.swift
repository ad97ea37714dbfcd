import Testing

@testable import ReportCompose
@testable import ReportRender

/// The byte-level fast paths of rendering and editing give what the character-level code
/// they skip gives.
@Suite("Rendering fast paths agree with the slow ones")
struct FastPathRenderTests {
  static let texts = [
    "", "CTTF", "CTTF-TPTWG and SCCP/BMG", "CTTF-2026-01", "SOM/CTTF-2026", "a--b//c",
    "(APEC) and [CTWG]; TEL.", "Café CTTF-SCCP", "CTWG—CTTF", "x-1/y", "-/-", "FATF, UNODC",
    "Line one\nCTTF\r\nTEL", "über-CTTF", "CTTF's work", "2026-CTTF",
  ]

  @Test("the words found are the words of the character-level split, in order")
  func acronymWords() {
    for text in Self.texts {
      var fast: [String] = []
      Editing.forEachWord(in: text) { fast.append($0) }
      var slow: [String] = []
      Editing.forEachWordOfAnyText(in: text) { slow.append($0) }
      #expect(fast == slow, "\(text)")
    }
  }

  @Test("a sieve lets through every wanted word the scan finds")
  func sievedWords() {
    let wanted: Set = ["CTTF", "TPTWG", "SCCP", "TEL", "A", "FATF", "CTWG", "x", ""]
    let sieve = WordSieve(wanted)
    for text in Self.texts {
      var sieved: [String] = []
      Editing.forEachWord(in: text, sieve: sieve) { sieved.append($0) }
      var all: [String] = []
      Editing.forEachWordOfAnyText(in: text) { all.append($0) }
      #expect(sieved.filter(wanted.contains) == all.filter(wanted.contains), "\(text)")
      #expect(sieved.count <= all.count, "\(text)")
    }
    var sieved: [String] = []
    // Only the length, first and last byte are tested: "SOL" passes, as "SCCP" and "TEL"
    // would; "SOM" ends in a byte no wanted word ends in.
    Editing.forEachWord(in: "SOL CTTF-2026 TPTWG ZZZZZZZ QQ SOM", sieve: sieve) {
      sieved.append($0)
    }
    #expect(sieved == ["SOL", "SOL", "TPTWG", "TPTWG"])
  }

  @Test("a small data table is held: the same rows as made on demand")
  func heldDataTable() throws {
    let analysis = try #require(BuilderFixture.analysis)
    let scope = BuildScope(analysis: analysis, forums: analysis.forums, sectionForum: nil)
    for provenance in [false, true] {
      let held = DataTable.build(scope, provenance: provenance)
      let made = DataTable.build(scope, provenance: provenance, heldRows: 0)
      #expect(!held.rows.isProduced)
      #expect(made.rows.isProduced)
      #expect(held.rows.count > 100)
      #expect(held.rows.count <= DataTable.heldRows)
      #expect(held.rows.count == made.rows.count)
      #expect(Array(held.rows) == Array(made.rows))
      #expect(held.columns == made.columns)
      #expect(held.notes == made.notes)
    }
  }

  /// Texts to wrap: pasted punctuation, combining marks at the start of words and after
  /// spaces, joiners, hyphenated and over-long words.
  static let wrapTexts = [
    "", "one", "a b c d e f g h", "Café – “ready” • done and more words to wrap around",
    "e\u{301}e\u{301} \u{301}abc \u{301}\u{301} x\u{200D}y \u{600}z w", "incident-response-plan",
    "averyveryverylongwordthatbreaks here", "\u{1F469}\u{200D}\u{1F4BB} team 한국 \u{1100}\u{1161}",
    "tab\tinside words\r\nand more words to wrap", "x-\u{301}y-z long-hyphen-word-chain",
  ]

  @Test("wrapped lines are those of recounting each line's length for every word")
  func wrapKeepsLength() {
    for text in Self.wrapTexts {
      for width in [1, 2, 3, 5, 8, 13, 20, 40] {
        for (first, rest) in [("", ""), ("- ", "  "), ("\u{301}", "e"), ("1. ", "   ")] {
          let fast = TextWrap.wrap(text, width: width, first: first, rest: rest)
          let slow = Self.wrapRecounting(text, width: width, first: first, rest: rest)
          #expect(fast == slow, "\(text) \(width) \(first)")
        }
      }
    }
  }

  @Test("trailing spaces go as the character-level loop takes them")
  func trimmed() {
    let lines = [
      "", " ", "   ", "a", "a ", "a   ", " a ", "é ", "é  ", "\u{600} ", "\u{600}  ", "x\u{600} ",
      "a\u{301} ", "\u{3000} ", " \u{301}", "ab  c  ", "\t ", "a\u{A0} ",
    ]
    for line in lines {
      var slow = line
      while slow.last == " " { slow.removeLast() }
      #expect(TextWrap.trimTrailing(line) == slow, "\(line.unicodeScalars.map(\.value))")
    }
  }

  @Test("a line start is escaped as the character-level checks escape it")
  func lineStarts() {
    let cases = [
      ("", ""), ("- item", "\\- item"), ("-12.5", "-12.5"), ("+ x", "\\+ x"), ("===", "\\==="),
      ("1. one", "1\\. one"), ("2) two", "2\\) two"), ("2026 was", "2026 was"), ("12.", "12\\."),
      ("text", "text"), ("é- x", "é- x"), ("١. x", "١. x"), ("-\u{301} x", "-\u{301} x"),
    ]
    for (text, escaped) in cases {
      #expect(MarkdownEscaper.escapeLineStart(text) == escaped, "\(text)")
    }
  }

  @Test("a run of one ASCII character is the character repeated")
  func runs() {
    for count in 0...300 {
      for character: Unicode.Scalar in [" ", "-", "="] {
        let repeated = String(repeating: String(character), count: count)
        #expect(TextWrap.run(character, count) == repeated, "\(count)")
      }
    }
    #expect(TextWrap.run(" ", -3) == "")
  }

  @Test("lengths add up across a seam exactly when addsUp says they do")
  func lengthsAddUp() {
    let pieces = [
      "", "a", "é", "\r", "\n", " ", "\u{301}", "\u{200D}", "\u{600}", "\u{1F1EF}", "한", "\u{1161}",
      "–", "ab\r", "\nb", "e\u{301}", "\u{FE0F}", "x\u{1F469}", "\u{1F3FD}",
    ]
    for left in pieces {
      for right in pieces
      where TextWrap.addsUp(left.unicodeScalars.last, right.unicodeScalars.first) {
        #expect((left + right).count == left.count + right.count, "\(left) \(right)")
      }
    }
  }

  /// The wrapping as it was, recounting the line for every word: the reference.
  static func wrapRecounting(_ text: String, width: Int, first: String, rest: String) -> [String] {
    if !text.isEmpty, CellText.isPlainLine(text), first.count + text.utf8.count <= width {
      return [first + text]
    }
    var lines: [String] = []
    var line = first
    var lineHasWord = false
    for word in TextWrap.words(text) {
      let room = width - line.count - (lineHasWord ? 1 : 0)
      let length = word.count
      if length <= room {
        line += (lineHasWord ? " " : "") + word
        lineHasWord = true
        continue
      }
      if lineHasWord {
        lines.append(line)
        line = rest
        lineHasWord = false
      }
      var remaining = Substring(word)
      var remainingLength = length
      while remainingLength > max(1, width - line.count) {
        var take = max(1, width - line.count)
        if let hyphen = remaining.prefix(take).lastIndex(of: "-") {
          take = remaining.distance(from: remaining.startIndex, to: hyphen) + 1
        }
        lines.append(line + remaining.prefix(take))
        remaining = remaining.dropFirst(take)
        remainingLength -= take
        line = rest
      }
      line += remaining
      lineHasWord = !remaining.isEmpty
    }
    if lineHasWord || lines.isEmpty { lines.append(line) }
    return lines.map(TextWrap.trimTrailing)
  }
}
