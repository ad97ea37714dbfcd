import Testing

@testable import ReportKernel

/// The byte-level fast paths give what the character-level code they skip gives: a value
/// computed ahead is the value, and the ASCII scans of submission text find the same markers
/// and notes.
@Suite("Fast paths agree with the slow ones")
struct FastPathTests {
  @Test("a value computed ahead is the value")
  func ahead() {
    let sum = Ahead { (1...1_000).reduce(0, +) }
    #expect(sum.value == 500_500)
    #expect(sum.value == 500_500)
  }

  static let texts = [
    "", "TBD", "Figures TBD by March.", "tbd", "TODO: check", "XX of YY", "XXXX", "the FIXME",
    "TBC—later", "Done (TBC).", "[Outline the role]", "Ready.", "Café TBD", "TBDs", "A TBC\nB",
    "Note to Secretariat: fix", "We will confirm before submitting.", "NOTE TO SELF: x",
    "- note to self", "Internal note", "Check with Peru. Then go.", "checking with Peru",
    "before the report is sent", "Éé note to self", "To-Do: x", "not for publication",
    "Reminder: x", "Do Not Publish", "for internal use only", "Before Sending The Submission",
  ]

  @Test("the first marker word is found as the character-level split finds it")
  func markers() {
    for text in Self.texts {
      let slow = UnfinishedText.words(text).first(where: UnfinishedText.markers.contains)
      #expect(UnfinishedText.firstMarker(text) == slow, "\(text)")
    }
  }

  @Test("text the byte scan clears holds no internal note")
  func notes() {
    for text in Self.texts where !UnfinishedText.mayHoldNote(text) {
      #expect(UnfinishedText.internalNote(text) == nil, "\(text)")
    }
    #expect(!UnfinishedText.mayHoldNote("Ready for the Senior Officials."))
    #expect(UnfinishedText.mayHoldNote("Ready. Check with Peru."))
    #expect(!UnfinishedText.mayHoldNote("Prêt."))
    #expect(UnfinishedText.mayHoldNote("Prêt. Note to self."))
    #expect(UnfinishedText.internalNote("Ready. CHECK WITH Peru.") == "CHECK WITH Peru.")
  }

  static let lines = [
    "", "  ", "one", "  two  words ", "tab\there", "a\r\nb", "x\u{7F}y", "\u{1}ctl", "é  é",
    "bidi\u{202E}x", "end.\n", "a \u{0B} b\u{0C}c", "\u{85}next", "no\u{A0}break",
  ]

  @Test("text on one line is the same through the byte scan")
  func oneLine() {
    for text in Self.lines {
      let slow = text.split(whereSeparator: NarrativeText.isBreak).joined(separator: " ")
      #expect(NarrativeText.oneLine(text) == slow, "\(text)")
    }
  }

  /// Pieces of text with every newline and break, marks that join the character before or
  /// after them, and the punctuation of pasted text.
  static let pieces = [
    "", "a", "é", "e\u{301}", " ", "  ", "\t", "\n", "\r", "\r\n", "\u{0B}", "\u{0C}", "\u{85}",
    "\u{A0}", "\u{1680}", "\u{2003}", "\u{200A}", "\u{2028}", "\u{2029}", "\u{202F}", "\u{205F}",
    "\u{3000}", "\u{202E}", "\u{2066}", "\u{7F}", "\u{9F}", "\u{FFFE}", "\u{FFFF}", "\u{301}",
    "\u{200D}", "\u{200C}", "\u{600}", "\u{1F3FD}", "\u{1F469}", "\u{FE0F}", "–", "•", "“x”", "▪",
    "€", "…", "\u{200B}", "\u{180E}", "\u{AD}", "한", "\u{1100}", "\u{1161}", "\u{1F1EF}", "x",
    "É", "ﬁ", "\u{212A}", "\u{10348}", "ab",
  ]

  /// Every piece, every pair and a sample of triples of ``pieces``.
  static var joinedPieces: [String] {
    var texts = pieces
    for first in pieces {
      for second in pieces { texts.append(first + second) }
    }
    for (index, first) in pieces.enumerated() {
      for second in pieces {
        texts.append(first + second + pieces[(index * 7 + second.utf8.count) % pieces.count])
      }
    }
    return texts + lines + Self.texts
  }

  @Test("a narrative's lines are the character-level split's, newline for newline")
  func narrativeLines() {
    for text in Self.joinedPieces {
      let slow = text.split(omittingEmptySubsequences: false, whereSeparator: \.isNewline)
      #expect(NarrativeText.sourceLines(text) == slow, "\(text.unicodeScalars.map(\.value))")
    }
  }

  @Test("words and one line are the same through the scalar scan, which takes pasted text")
  func oneLineByScalars() {
    for text in Self.joinedPieces {
      let slow = text.split(whereSeparator: NarrativeText.isBreak).joined(separator: " ")
      #expect(NarrativeText.oneLine(text) == slow, "\(text.unicodeScalars.map(\.value))")
      #expect(NarrativeText.words(text) == text.split(whereSeparator: NarrativeText.isBreak))
      let piece = text.dropFirst()
      #expect(
        NarrativeText.oneLine(piece)
          == String(piece).split(whereSeparator: NarrativeText.isBreak).joined(separator: " "),
        "\(text.unicodeScalars.map(\.value))")
      if let ranges = NarrativeText.wordRanges(text) {
        #expect(ranges.map { String(text[$0]) }.joined(separator: " ") == slow)
      }
    }
    let pasted = "Café – “ready”\u{A0}• done"
    #expect(
      NarrativeText.wordRanges(pasted).map { $0.map { String(pasted[$0]) } } == [
        "Café", "–", "“ready”", "•", "done",
      ])
    #expect(NarrativeText.oneLine("one line as it is") == "one line as it is")
    #expect(NarrativeText.oneLine(" two  spaces\t") == "two spaces")
    #expect(NarrativeText.oneLine("ﬁne\u{212A} \u{2028} É") == "ﬁne\u{212A} É")
    #expect(NarrativeText.wordRanges(" \u{301}x") == nil)
    #expect(NarrativeText.wordRanges("\u{600} x") == nil)
  }

  @Test("a line is a list item, and breaks after, as its characters say")
  func listItems() {
    let starts = [
      "", "-", "- ", "* ", "• ", "–", "1. ", "12) ", "1234. ", "x", "a ", "-\u{301} ", "1\u{301}. ",
      "\u{600}- ", "é", "ﬁ", "\u{212A}", " ", "#", "١. ",
    ]
    let rests = ["", "item", "item:", "a long line of text that goes on past forty bytes,", "é"]
    for start in starts {
      for rest in rests {
        let line = start + rest
        let fast = NarrativeText.listItem(line)
        let slow = NarrativeText.listItemByCharacters(line)
        #expect(fast?.0 == slow?.0 && fast?.1 == slow?.1, "\(line.unicodeScalars.map(\.value))")
      }
    }
    #expect(NarrativeText.listItem("- item")?.0 == "item")
    #expect(NarrativeText.listItem("x- item") == nil)
    for count in 30...45 {
      for filler in ["a", "é", "\u{301}"] {
        let line = "x" + String(repeating: filler, count: count)
        let slow = line.count < 40
        #expect(NarrativeText.breaksAfter(line) == slow, "\(count) \(filler)")
      }
    }
  }

  @Test("a break scalar is a break character on its own")
  func breakScalars() {
    for value in UInt32(0)...0x3100 {
      guard let scalar = Unicode.Scalar(value) else { continue }
      let slow = NarrativeText.isBreak(Character(scalar))
      #expect(NarrativeText.isBreakScalar(scalar) == slow, "\(value)")
    }
    #expect(NarrativeText.isBreakScalar("\u{FFFE}") == NarrativeText.isBreak("\u{FFFE}"))
    #expect(NarrativeText.isBreakScalar("\u{FEFF}") == NarrativeText.isBreak("\u{FEFF}"))
  }

  @Test("text the byte scan clears has no numeral to spell")
  func numerals() {
    let texts = [
      "21 economies took part.", "Done. 5 workshops.", "Done.5 workshops", "Why? 3 reasons!",
      "Wow! 7", "No numbers here.", "2026 was busy.", "In 2026, 21 economies.", "x. y 5",
      "", "é. 5 items", "Done.\n5 items", "Done.  5 items",
    ]
    for text in texts where !Wording.mayStartWithNumeral(text) {
      #expect(Wording.numbersSpelledAtSentenceStart(text) == text, "\(text)")
    }
    #expect(Wording.mayStartWithNumeral("Done. 5 workshops."))
    #expect(!Wording.mayStartWithNumeral("In 2026, 21 economies."))
    #expect(Wording.numbersSpelledAtSentenceStart("Done. 5 workshops.") == "Done. Five workshops.")
  }

  @Test("numerals are spelled as the character-by-character walk spells them")
  func spelledNumerals() {
    let pieces = [
      "", "5", "21", "2026", "1,000", "1,", "12.5", "7%", "1000000", ". ", "! ", "? ", " ", ".",
      "x", "Done", "\r\n", "é", "5\u{301}", "\u{600}.", ".\u{301} ", "ﬁ", "\u{212A}", ",",
      "\u{600}", "—", "5\u{200D}",
    ]
    var texts: [String] = []
    for first in pieces {
      for second in pieces {
        for third in pieces { texts.append(first + second + third) }
      }
    }
    for (index, text) in texts.enumerated() {
      let longer = text + pieces[index % pieces.count] + pieces[(index / 7) % pieces.count]
      for text in [text, longer] {
        #expect(
          Wording.numbersSpelledAtSentenceStart(text) == Wording.numbersSpelledByCharacters(text),
          "\(text.unicodeScalars.map(\.value))")
      }
    }
    #expect(
      Wording.numbersSpelledAtSentenceStart("5 done. 21 more! 2026 was. 7% up? 3, then")
        == "Five done. Twenty-one more! 2026 was. 7% up? Three, then")
    #expect(Wording.numbersSpelledAtSentenceStart("Café. 5 cafés.") == "Café. Five cafés.")
    #expect(Wording.numbersSpelledAtSentenceStart("x\u{600}. 5 y") == "x\u{600}. 5 y")
  }
}
