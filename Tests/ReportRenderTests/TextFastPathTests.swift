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

  @Test("a line settled on its scalars is the line the word split gives")
  func settledLines() {
    // Every boundary of the settled ranges, and scalars just outside them.
    let scalars: [UInt32] = [
      0xA0, 0xA1, 0xAC, 0xAD, 0xAE, 0xE9, 0xFF, 0x100, 0x24F, 0x250, 0x300, 0x301, 0x200B,
      0x200D, 0x200F, 0x2010, 0x2014, 0x2020, 0x2027, 0x2028, 0x2029, 0x202A, 0x202F, 0x2030,
      0x203C, 0x205E, 0x205F, 0x2066, 0x218F, 0x2190, 0x2265, 0x22FF, 0x2300, 0x3000, 0xFE0F,
      0x1F469, 0x600, 0x1100,
    ]
    var texts = Self.texts + ["≥ 405,000", "1,200 †", "Perú — “ready” • done", "a  b", " a", "a "]
    for value in scalars {
      guard let scalar = Unicode.Scalar(value) else { continue }
      let character = String(scalar)
      texts += [
        character, "a" + character, character + "b", "x " + character + " y", "é" + character,
        character + "\u{301}", character + " ", "-" + character, character + character,
      ]
    }
    for text in texts {
      let reference = NarrativeText.oneLine(text)
      if CellText.isSettledLine(text) {
        #expect(Array(text.utf8) == Array(reference.utf8), "\(text.unicodeScalars.map(\.value))")
      }
      #expect(
        Array(CellText.oneLine(text).utf8) == Array(reference.utf8),
        "\(text.unicodeScalars.map(\.value))")
    }
    #expect(CellText.isSettledLine("≥ 1,200 † Perú"))
    #expect(!CellText.isSettledLine("e\u{301}"))
    #expect(!CellText.isSettledLine("a\u{A0}b"))
    #expect(!CellText.isSettledLine("a  é"))
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

  @Test("ASCII text wrapped on bytes gives the lines of the character-level wrapping")
  func asciiWrap() {
    let texts = [
      "", " ", "one", "a b c d e f g h", "incident-response-plan", "x-y", "-", "--a--b",
      "averyveryverylongwordthatbreaks here", "tab\tinside words\r\nand more words to wrap",
      "  lead and trail  ", "a\u{7F}b c", "word - word -- word", "ab-cdefghij-klmnopq-rstu",
    ]
    for text in texts {
      for width in [1, 2, 3, 5, 8, 13, 20, 40] {
        for (first, rest) in [("", ""), ("- ", "  "), ("Note: ", "      "), ("1.  ", "  ")] {
          let fast = TextWrap.wrapASCII(text, width: width, first: first, rest: rest)
          let slow = FastPathRenderTests.wrapRecounting(
            text, width: width, first: first, rest: rest)
          #expect(fast == slow, "\(text) \(width) \(first)")
        }
      }
    }
    // Text or indents that are not plain ASCII go to the character-level wrapping.
    #expect(TextWrap.wrapASCII("Café", width: 10, first: "", rest: "") == nil)
    #expect(TextWrap.wrapASCII("e\u{301}", width: 10, first: "", rest: "") == nil)
    #expect(TextWrap.wrapASCII("a b", width: 10, first: "\u{301}", rest: "") == nil)
    #expect(TextWrap.wrapASCII("a b", width: 10, first: "", rest: "\r") == nil)
    #expect(TextWrap.wrapASCII("한국 x", width: 10, first: "", rest: "") == nil)
    #expect(TextWrap.wrapASCII("\u{1F469} x", width: 10, first: "", rest: "") == nil)
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

  @Test("aligned lines built in one string are the padded cells joined")
  func alignedLines() {
    let table = ReportTable(
      id: "t", title: "T",
      columns: [ReportColumn("Forum"), ReportColumn("Économie"), ReportColumn("Value", .integer)],
      rows: [])
    let headers = ["Forum", "Économie", "Value"]
    let cells = [
      ["CTTF", "Perú e\u{301}", "1,200"], ["한국 日本", "", "≥ 5"],
      ["a long cell that wraps over lines", "\u{1F469}\u{200D}\u{1F4BB}", "-4"], ["", "", ""],
    ]
    for widths in [[5, 8, 5], [12, 10, 6], [3, 3, 3]] {
      let fast = TextTable.aligned(table, headers: headers, cells: cells, widths: widths)
      let slow = Self.alignedJoined(headers: headers, cells: cells, widths: widths)
      #expect(fast == slow, "\(widths)")
    }
  }

  /// The aligned layout as it was, each line the padded cells joined: the reference.
  static func alignedJoined(headers: [String], cells: [[String]], widths: [Int]) -> [String] {
    let right = [false, false, true]
    func lines(_ row: [String]) -> [String] {
      let wrapped = row.enumerated().map { TextWrap.cell($1, width: widths[$0]) }
      let height = wrapped.map(\.count).max() ?? 1
      return (0..<height).map { line in
        let parts = wrapped.enumerated().map { index, cellLines in
          let text = line < cellLines.count ? cellLines[line] : ""
          let fill = String(repeating: " ", count: max(0, widths[index] - text.count))
          return right[index] ? fill + text : text + fill
        }
        return TextWrap.trimTrailing(parts.joined(separator: "  "))
      }
    }
    var output = lines(headers)
    output.append(widths.map { String(repeating: "-", count: $0) }.joined(separator: "  "))
    let body = cells.map(lines)
    let spaced = body.contains { $0.count > 1 }
    for (index, rowLines) in body.enumerated() {
      if spaced, index > 0 { output.append("") }
      output += rowLines
    }
    return output
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
