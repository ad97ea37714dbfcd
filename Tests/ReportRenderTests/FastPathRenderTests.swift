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

  @Test("a cell is settled as one line only when it has no line break and fits")
  func oneLine() {
    #expect(XLSXColumnWidths.fitsOneLine("short", room: 5))
    #expect(!XLSXColumnWidths.fitsOneLine("longer", room: 5))
    #expect(!XLSXColumnWidths.fitsOneLine("a\nb", room: 10))
    #expect(!XLSXColumnWidths.fitsOneLine("a\rb", room: 10))
    #expect(XLSXColumnWidths.fitsOneLine("a\tb", room: 10))
    #expect(!XLSXColumnWidths.fitsOneLine("éé", room: 3))
  }

  @Test("wrapped lines of ASCII text are counted as the character-level split counts them")
  func wrappedLines() {
    let texts = [
      "", "one", "a b c d e f g h", "a\nb", "a\r\nb", "a\r\rb", "a\n\nb", "\n", "\r\n",
      "word  with   spaces", " lead", "trail ", "averyveryverylongwordthatbreaks here",
      "x\u{0B}y\u{0C}z", "tab\tinside words and more words to wrap around the room",
    ]
    for text in texts {
      for room in [1, 3, 5, 8, 20] {
        var slow = 0
        for line in text.split(omittingEmptySubsequences: false, whereSeparator: \.isNewline) {
          slow += XLSXColumnWidths.wrapped(line, room: room)
        }
        #expect(XLSXColumnWidths.asciiLines(text, room: room) == slow, "\(text) \(room)")
      }
    }
    #expect(XLSXColumnWidths.asciiLines("é", room: 5) == nil)
  }
}
