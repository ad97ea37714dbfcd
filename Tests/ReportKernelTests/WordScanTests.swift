import Testing

@testable import ReportKernel

/// The byte scans of submission text (``ASCIIWords``, the marks and note scans of
/// ``UnfinishedText``) give what the character-level code gives, on ASCII text and on text
/// whose characters join ASCII bytes: combining marks, joiners, prepended marks, ligatures,
/// the Kelvin sign, CR LF.
@Suite("Byte scans of submission text agree with the character-level code")
struct WordScanTests {
  /// Pieces whose joins test every rule of the scans.
  static let pieces = [
    "", "TBD", "TODO", "xx", "XX", "2026", "a", "É", "é", "e\u{301}", "ﬁ", "\u{212A}", "\u{301}",
    "\u{600}", "\u{D4E}", "\u{200D}", "\u{1F1EF}", "\u{1F469}", " ", "-", "/", ".", "[", "#",
    "<!--", "\r", "\n", "\r\n", "\t", "–", "\u{A0}", "\u{2028}", "Kelvin",
  ]

  /// Every piece, and every pair and triple of a sample, and texts of the submissions' kind.
  static let texts: [String] = {
    var texts = pieces
    for first in pieces {
      for second in pieces {
        texts.append(first + second)
        texts.append(first + second + " TBD")
      }
    }
    for (index, first) in pieces.enumerated() {
      for second in pieces {
        texts.append(first + second + pieces[(index * 5 + second.utf8.count) % pieces.count])
      }
    }
    return texts + [
      "Figures TBD by March.", "Café TBD", "TBD\u{301} later", "x\u{600} TBD", "\u{600} TBD",
      "\u{D4E} TBD", "TODO\u{200D}x", "[Outline the role]", "[Outline\u{301}]", "  # comment",
      "text\n\t<!-- template -->", "#\u{301} not a comment", "Ready.\r\nTODO: later",
    ]
  }()

  /// The character-level split of ``UnfinishedText/words(_:)``, as ``ASCIIWords`` reports it.
  static func scanned(_ text: String, stoppingAt stop: String? = nil) -> [String] {
    var words: [String] = []
    let wordBytes = ASCIIWords.WordBytes { byte in
      byte < 0x80 && Character(Unicode.Scalar(byte)).isLetter || (0x30...0x39).contains(byte)
    }
    ASCIIWords.forEach(in: text, wordBytes: wordBytes) { bytes in
      words.append(String(decoding: bytes, as: UTF8.self))
      return words.last != stop
    } other: { stretch in
      for word in UnfinishedText.words(stretch) {
        words.append(word)
        if word == stop { return false }
      }
      return true
    }
    return words
  }

  @Test("the words are the character-level split's, in order, until the scan is stopped")
  func words() {
    for text in Self.texts {
      let slow = UnfinishedText.words(text)
      #expect(Self.scanned(text) == slow, "\(text.unicodeScalars.map(\.value))")
      if let stop = slow.first(where: { $0.count > 1 }) {
        let upTo = Array(slow.prefix { $0 != stop }) + [stop]
        #expect(Self.scanned(text, stoppingAt: stop) == upTo, "\(text.unicodeScalars.map(\.value))")
      }
    }
    // A prepended mark joins the space after it, and a combining mark the letter before it.
    #expect(Self.scanned("\u{600} TBD") == UnfinishedText.words("\u{600} TBD"))
    #expect(Self.scanned("TBD\u{301}") == ["TBD\u{301}"])
  }

  @Test("word bytes are the bytes the test says, and only those")
  func wordBytes() {
    let tests: [(UInt8) -> Bool] = [
      { _ in false }, { _ in true }, { $0 % 3 == 0 }, { $0 == 63 || $0 == 64 || $0 == 127 },
    ]
    for test in tests {
      let bytes = ASCIIWords.WordBytes(test)
      for byte in UInt8(0)..<0x80 { #expect(bytes.contains(byte) == test(byte), "\(byte)") }
    }
  }

  @Test("the first marker is the character-level split's")
  func markers() {
    for text in Self.texts {
      let slow = UnfinishedText.words(text).first(where: UnfinishedText.markers.contains)
      #expect(UnfinishedText.firstMarker(text) == slow, "\(text.unicodeScalars.map(\.value))")
    }
    #expect(UnfinishedText.firstMarker("É TBD") == "TBD")
    #expect(UnfinishedText.firstMarker("ÉTBD TODO") == "TODO")
    #expect(UnfinishedText.firstMarker("TBD\u{301} XX") == "XX")
  }

  /// The unfinished piece as found before the byte marks: the reference.
  static func unfinishedReference(_ text: String) -> (piece: String, quoted: String)? {
    guard !text.isEmpty else { return nil }
    if let placeholder = UnfinishedText.bracketedPlaceholder(text) {
      return (String(placeholder.prefix(12)), "'\(placeholder)'")
    }
    if let word = UnfinishedText.words(text).first(where: UnfinishedText.markers.contains) {
      return (word, "'\(word)'")
    }
    for line in text.split(whereSeparator: \.isNewline) {
      let trimmed = line.drop { $0 == " " || $0 == "\t" }
      if trimmed.hasPrefix("#") || trimmed.hasPrefix("<!--") {
        return (String(trimmed.prefix(40)), "a template comment '\(trimmed.prefix(40))'")
      }
    }
    return nil
  }

  @Test("text without a bracket, a hash or an angle bracket is cleared as the full check clears it")
  func marks() {
    for text in Self.texts {
      let found = UnfinishedText.unfinished(text)
      let reference = Self.unfinishedReference(text)
      #expect(found?.piece == reference?.piece, "\(text.unicodeScalars.map(\.value))")
      #expect(found?.quoted == reference?.quoted, "\(text.unicodeScalars.map(\.value))")
    }
    #expect(!UnfinishedText.Marks("Ready.").bracket)
    #expect(!UnfinishedText.Marks("Ready.").comment)
    #expect(UnfinishedText.Marks("a [b").bracket)
    #expect(UnfinishedText.Marks("a <b").comment)
    #expect(UnfinishedText.unfinished("ok\n  # template")?.piece == "# template")
    #expect(UnfinishedText.unfinished("ok [Outline it] TBD")?.quoted == "'[Outline it]'")
  }

  @Test("text the note scan clears holds no internal note, whatever its characters")
  func notes() {
    let notes = [
      "Note to Secretariat: fix", "É. Note to self: x", "Ready. CHEC\u{212A} WITH Peru.",
      "\u{212A}", "- ﬁx before submitting", "Éé note to self", "To-Do: x", "not for publication",
      "Check with\u{301} Peru", "\u{600}note to self", "Before Sending The Submission",
    ]
    for text in Self.texts + notes where !UnfinishedText.mayHoldNote(text) {
      #expect(UnfinishedText.internalNote(text) == nil, "\(text.unicodeScalars.map(\.value))")
    }
    #expect(UnfinishedText.internalNote("Ready. CHEC\u{212A} WITH Peru.") != nil)
    #expect(UnfinishedText.mayHoldNote("Ready. CHEC\u{212A} WITH Peru."))
    #expect(UnfinishedText.mayHoldNote("Prêt. Note to self"))
    #expect(!UnfinishedText.mayHoldNote("Prêt."))
    #expect(!UnfinishedText.mayHoldNote(""))
    #expect(!UnfinishedText.mayHoldNote("note to sel"))
    #expect(UnfinishedText.mayHoldNote("NOTE TO SELF"))
  }

  @Test("only the Kelvin sign lowers to a character of a note's words; three equal ASCII")
  func loweredCharacters() {
    // The premises of the scans: which characters other than ASCII ones are, or lower to,
    // a character of a needle, a bracket, a hash or an angle bracket.
    let needleCharacters = Set(
      (UnfinishedText.noteOpenings + UnfinishedText.notePhrases).joined().map { $0 })
    let ascii = Set((UInt8(0)..<0x80).map { Character(Unicode.Scalar($0)) })
    var lowering: [UInt32] = []
    var equal: [UInt32: Character] = [:]
    for value in UInt32(0x80)...0x10FFFF {
      guard let scalar = Unicode.Scalar(value) else { continue }
      let character = Character(scalar)
      if ascii.contains(character) { equal[value] = character }
      if String(character).lowercased().contains(where: needleCharacters.contains) {
        lowering.append(value)
      }
    }
    // GREEK QUESTION MARK, GREEK VARIA and KELVIN SIGN are canonically ";", "`" and "K".
    #expect(equal == [0x37E: ";", 0x1FEF: "`", 0x212A: "K"])
    #expect(lowering == [0x212A])
    #expect(!needleCharacters.contains(";") && !needleCharacters.contains("`"))
  }
}
