import Testing

@testable import ReportKernel
@testable import ReportRender

/// The byte-level and single-allocation paths of the text and Markdown renderers give what
/// the character-level code they stand in for gives.
@Suite("Text and Markdown fast paths agree with the plain ones")
struct TextFastPathTests {
  /// ASCII, non-ASCII, combining marks (alone, after a special, at a seam), a prepended
  /// mark, wide CJK, emoji with joiners and keycaps, CR LF, empty and special-only texts.
  static let texts = [
    "", " ", "a", "CTTF", "Ports & <borders>", "a|b|c", "x_y*z", "#1 [draft] `code` ~ok~",
    "Café", "É", "e\u{301}", "<\u{301}b", "a<\u{301}", "\u{301}<", "\u{600}<x", "x\u{600}|",
    "#\u{FE0F}\u{20E3} keycap", "*\u{20E3}", "한국 | 日本", "\u{1F469}\u{200D}\u{1F4BB} & team",
    "a\r\nb", "\r", "\\", "&&", "≥ 405,000", "1. one", "- item", "-12.5", "tab\there",
  ]

  @Test("joining in one allocation gives the pieces joined with the separator")
  func joins() {
    let lists: [[String]] = [
      [], [""], ["", ""], ["a"], ["a", "b", "c"], ["e", "\u{301}x"], ["\r", "\n"],
      ["한국", "日本", "\u{1F469}\u{200D}", "\u{1F4BB}"], Self.texts,
    ]
    for parts in lists {
      for separator in ["", "\n", " | ", "\u{301}"] {
        for (prefix, suffix) in [("", ""), ("| ", " |"), ("\u{301}", "\r")] {
          let joined = TextJoin.joined(parts, separator: separator, prefix: prefix, suffix: suffix)
          let reference = prefix + parts.joined(separator: separator) + suffix
          #expect(Array(joined.utf8) == Array(reference.utf8), "\(parts) \(separator)")
        }
      }
    }
  }

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

  @Test("a length counted on the bytes is the count of characters")
  func lengths() {
    let more = ["\r\n", "a\r", "\u{1100}\u{1161}", "\u{1F1EF}\u{1F1F5}", "x\u{7F}y"]
    for text in Self.texts + more {
      #expect(TextWrap.length(text) == text.count, "\(text.unicodeScalars.map(\.value))")
      let fill = String(repeating: " ", count: max(0, 12 - text.count))
      #expect(TextWrap.pad(text, 12) == text + fill, "\(text)")
      #expect(TextWrap.pad(text, 12, right: true) == fill + text, "\(text)")
    }
  }

  @Test("words split on the bytes say when they are ASCII, and are the words either way")
  func splitWords() {
    for text in Self.texts + ["", "   ", "a  b\tc\u{7F}d", "naïve  words"] {
      let (words, ascii) = TextWrap.splitWords(text)
      #expect(words == NarrativeText.words(text).map(String.init), "\(text)")
      #expect(ascii == text.utf8.allSatisfy { $0 < 0x80 }, "\(text)")
      if ascii { #expect(words.allSatisfy { $0.count == $0.utf8.count }, "\(text)") }
    }
  }

  @Test("the record layout gives each row's labelled lines as building them per cell does")
  func records() {
    let headers = ["Forum", "Économie", "指標", "A very long column heading indeed", "e\u{301}"]
    let cells = [
      ["CTTF", "Chile", "", "value with words to wrap around the width of the line", "x"],
      ["", "", "한국", "", ""], ["TEL", "Perú", "5", "1,200 †", "\u{1F469}\u{200D}\u{1F4BB}"],
    ]
    for width in [40, 60, 80] {
      let fast = TextTable.records(headers: headers, cells: cells, width: width)
      #expect(fast == Self.recordsPerCell(headers: headers, cells: cells, width: width))
    }
  }

  /// The record layout as it was, labels and indents made for every cell: the reference.
  static func recordsPerCell(headers: [String], cells: [[String]], width: Int) -> [String] {
    let labelWidth = min(TextTable.widestLabel, (headers.map(\.count).max() ?? 0) + 1)
    var output: [String] = []
    for (index, row) in cells.enumerated() {
      if index > 0 { output.append("") }
      for (column, value) in row.enumerated() where column == 0 || !value.isEmpty {
        let label = headers[column] + ":"
        if label.count <= labelWidth {
          let first = "  " + label + String(repeating: " ", count: labelWidth - label.count) + " "
          let rest = String(repeating: " ", count: first.count)
          output += TextWrap.wrap(value, width: width, first: first, rest: rest)
        } else {
          output += TextWrap.wrap(label, width: width, first: "  ", rest: "  ")
          output += TextWrap.wrap(value, width: width, first: "    ", rest: "    ")
        }
      }
    }
    return output
  }
}
