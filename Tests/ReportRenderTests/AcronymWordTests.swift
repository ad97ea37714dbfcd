import Testing

@testable import ReportCompose

/// The words the acronyms annex looks at, found on the bytes where the text is ASCII, are the
/// character-level split's on every kind of text: joined identifiers, combining marks and
/// joiners next to ASCII letters, prepended marks, ligatures, the Kelvin sign, CR LF.
@Suite("Acronym words on the bytes agree with the character-level split")
struct AcronymWordTests {
  /// Pieces whose joins test every rule of the byte scan.
  static let pieces = [
    "", "CTTF", "TEL", "2026", "-", "/", " ", ".", "É", "é", "e\u{301}", "ﬁ", "\u{212A}",
    "\u{301}", "\u{600}", "\u{D4E}", "\u{200D}", "\u{1F1EF}", "\r", "\n", "\r\n", "–", "\u{A0}",
    "x", "(", "١",
  ]

  /// Every piece, every pair, and a sample of triples.
  static let texts: [String] = {
    var texts = pieces
    for first in pieces {
      for second in pieces { texts.append(first + second) }
    }
    for (index, first) in pieces.enumerated() {
      for second in pieces {
        texts.append(first + second + pieces[(index * 3 + second.utf8.count) % pieces.count])
      }
    }
    return texts + [
      "Café CTTF-SCCP and TEL/BMG", "CTTF-2026-01 É", "über-CTTF", "SOM/CTTF-2026 ﬁnal",
      "CTTF\u{301}-TEL", "\u{600} CTTF", "\u{D4E} CTTF-TEL", "x-1/y é", "-/- ﬁ", "É--TEL//x",
    ]
  }()

  @Test("the words are the character-level split's, in order")
  func words() {
    for text in Self.texts {
      var fast: [String] = []
      Editing.forEachWord(in: text) { fast.append($0) }
      var slow: [String] = []
      Editing.forEachWordOfAnyText(in: text) { slow.append($0) }
      #expect(fast == slow, "\(text.unicodeScalars.map(\.value))")
    }
    var words: [String] = []
    Editing.forEachWord(in: "É CTTF-TEL CTTF-2026 TEL\u{301}") { words.append($0) }
    #expect(
      words == ["É", "É", "CTTF-TEL", "CTTF", "TEL", "CTTF-2026", "TEL\u{301}", "TEL\u{301}"])
  }

  @Test("a sieve keeps every wanted word")
  func sieved() {
    let wanted: Set = ["CTTF", "TEL", "x", "CTTF-TEL", "É"]
    let sieve = WordSieve(wanted)
    for text in Self.texts {
      var sieved: [String] = []
      Editing.forEachWord(in: text, sieve: sieve) { sieved.append($0) }
      var all: [String] = []
      Editing.forEachWordOfAnyText(in: text) { all.append($0) }
      #expect(sieved.filter(wanted.contains) == all.filter(wanted.contains), "\(text)")
    }
  }
}
