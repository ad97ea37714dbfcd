import Testing

@testable import ReportKernel
@testable import ReportRender

/// The byte-level paths of the Markdown escaper give what the character-level escaping they
/// stand in for gives.
@Suite("Markdown fast paths agree with the plain ones")
struct MarkdownFastPathTests {
  /// The texts of ``TextFastPathTests/texts``.
  static let texts = TextFastPathTests.texts

  /// The character-level escaping: a backslash before each special character.
  static func escapedByCharacters(_ text: String) -> String {
    var output = ""
    for character in text {
      if MarkdownEscaper.special.contains(character) { output.append("\\") }
      output.append(character)
    }
    return output
  }

  @Test("special characters escaped on the bytes are those escaped as characters")
  func specialBytes() {
    var declined = 0
    for text in Self.texts {
      let reference = Self.escapedByCharacters(text)
      if let fast = MarkdownEscaper.escapingSpecialBytes(text) {
        #expect(Array(fast.utf8) == Array(reference.utf8), "\(text.unicodeScalars.map(\.value))")
      } else {
        declined += 1
      }
    }
    // A special byte beside a non-ASCII one is left to the characters.
    for text in ["<\u{301}b", "a<\u{301}", "\u{600}<x", "x\u{600}|", "#\u{FE0F}\u{20E3} keycap"] {
      #expect(MarkdownEscaper.escapingSpecialBytes(text) == nil, "\(text)")
    }
    #expect(declined == 7)
    // Text without a special character is itself.
    #expect(MarkdownEscaper.escapingSpecialBytes("Café 한국") == "Café 한국")
    #expect(MarkdownEscaper.escapingASCII("plain") == "plain")
    #expect(MarkdownEscaper.escapingASCII("a|b") == "a\\|b")
  }

  @Test("a printable ASCII line start is escaped as the character-level checks escape it")
  func asciiLineStarts() {
    let lines = [
      "", "-", "+", "=", "- item", "-12.5", "-.5", "--", "+ x", "+1", "===", "=3", "1. one", "1.",
      "12)", "2) two", "2)x", "2026 was", "12.5", "1.x", "0", "007. x", "text", "#", "-a", "9 .",
    ]
    for line in lines {
      #expect(
        MarkdownEscaper.escapeASCIILineStart(line) == MarkdownEscaper.escapeLineStart(line),
        "\(line)")
    }
  }

  /// Inline escaping as it was: one line, then each character checked against the set.
  static func inlineByCharacters(_ text: String) -> String {
    MarkdownEscaper.escapeLineStart(Self.escapedByCharacters(NarrativeText.oneLine(text)))
  }

  @Test("inline escaping gives the character-level escaping of the text on one line")
  func inlineEscaping() {
    let more = ["  two  spaces ", "line\nbreak <b>", "1. first\n- second", "\u{301}- x"]
    for text in Self.texts + more {
      #expect(
        Array(MarkdownEscaper.inline(text).utf8) == Array(Self.inlineByCharacters(text).utf8),
        "\(text.unicodeScalars.map(\.value))")
    }
  }

  /// The line-start escaping on characters: the reference.
  static func lineStartByCharacters(_ text: String) -> String {
    MarkdownEscaper.escapeLineStartByCharacters(text)
  }

  @Test("a line start is escaped on its bytes as on its characters, whatever follows")
  func anyLineStarts() {
    var texts = Self.texts
    let starts = ["-", "+", "=", "1", "12", "1.", "1)", "-1", "+.", "2026", "7. ", "3) "]
    let tails = ["", " ", "x", "é", "\u{301}", "\u{301} x", " ≥", "\r\n", "\u{A0}", "\t", "5"]
    for start in starts {
      for tail in tails {
        texts += [start + tail, start + tail + " more", start + "." + tail, start + ")" + tail]
      }
    }
    for text in texts {
      #expect(
        MarkdownEscaper.escapeLineStart(text) == Self.lineStartByCharacters(text),
        "\(text.unicodeScalars.map(\.value))")
    }
  }
}
