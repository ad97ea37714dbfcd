import ReportYAML
import Testing

@Suite("UTF-8 faults located in source text")
struct SourceTextTests {
  /// The bytes of `prefix`, then `bad`, then `suffix`.
  static func bytes(_ prefix: String, _ bad: [UInt8], _ suffix: String = "x\n") -> [UInt8] {
    Array(prefix.utf8) + bad + Array(suffix.utf8)
  }

  // Lines and columns counted by hand: a column is a character (a lead byte), and lines end at
  // LF, CRLF, CR, NEL (C2 85), LS (E2 80 A8) and PS (E2 80 A9).
  static let cases: [(name: String, bytes: [UInt8], line: Int, column: Int, offset: Int)] = [
    ("Latin-1 é after ASCII", bytes("a: ok\nb: caf", [0xE9]), 2, 7, 12),
    (
      "past a run longer than eight ASCII bytes", bytes("title: abcdefghijklmnop", [0xFF]), 1, 24,
      23
    ),
    ("after valid two-, three- and four-byte characters", bytes("é€😀 ", [0x80]), 1, 5, 10),
    (
      "after CRLF, a bare CR, NEL, LS and PS",
      bytes("a\r\nb\rc\u{85}d\u{2028}e\u{2029}f", [0xC0, 0x80]), 6, 2, 17
    ),
    ("an overlong form", bytes("k: ", [0xC1, 0xBF]), 1, 4, 3),
    ("a surrogate", bytes("k: ", [0xED, 0xA0, 0x80]), 1, 4, 3),
    ("above U+10FFFF", bytes("k: ", [0xF4, 0x90, 0x80, 0x80]), 1, 4, 3),
    ("a missing continuation byte", bytes("k: ", [0xE2, 0x82], "A\n"), 1, 4, 3),
    (
      "a sequence cut off by the end of the file", bytes("k: v\n", [0xF0, 0x9F, 0x98], ""), 2, 1, 5
    ),
  ]

  @Test("the first invalid byte is found at its line, column and offset", arguments: cases.indices)
  func located(_ index: Int) throws {
    let example = Self.cases[index]
    let found = try #require(SourceText.firstInvalidUTF8(in: example.bytes), "\(example.name)")
    #expect(found.mark == Mark(line: example.line, column: example.column), "\(example.name)")
    #expect(found.offset == example.offset, "\(example.name)")
  }

  @Test("valid UTF-8, ASCII or not, of any length, has no fault")
  func valid() {
    for text in ["", "a", "abcdefgh", "abcdefghi", "Viet Nam — Việt Nam\r\n", "😀😀😀😀 ok\u{2028}"] {
      #expect(SourceText.firstInvalidUTF8(in: Array(text.utf8)) == nil, "\(text)")
    }
  }
}
