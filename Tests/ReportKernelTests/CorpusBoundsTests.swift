import Foundation
import ReportKernel
import Testing

/// The fixes the hostile corpus and the fuzzer led to, each pinned by a test.
@Suite("Hostile and broken input: bounds and fixes")
struct CorpusBoundsTests {
  @Test(
    "SHA-256 of every padding boundary matches a reference implementation",
    arguments: [
      (0, "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855"),
      (1, "084fed08b978af4d7d196a7446a86b58009e636b611db16211b65a9aadff29c5"),
      (55, "e7313d333c272e639f790978283f9eb392e843d0f29b7016828bb1daa4aac70b"),
      (56, "4324d65f3c103567f5589c710bc08f8523f929a9272e3af36fc968e52abc6c27"),
      (63, "81c80242132f230c3bd41b3e63bbcff16107339549214a99614ff26664625055"),
      (64, "39e3d7b6b5d075d37d053ad89b24b41bef4f3c29760c84447cab3f3be1882241"),
      (65, "aacca6ff74fdbb296d165a45cecfa04e5127bc008770fbbdd48006f2d2fae95e"),
      (119, "9ce7368e4daf32341631b492e80359dc9f594b48453cd0dd5bf0b19279cc177e"),
      (120, "7836b787757e95e58b3ca5aec90b1b004e8deba1e50e9675af9cabf1a13a04b5"),
      (128, "d2742f1f4ac6bb7ca2b239ee18402ba8b3f9f8e652d2a72973c2b9ba11c08cf6"),
      (1_000_003, "987ab1b5b3b71c1d1053a817cffc3695c96e78c2b068d558c6b340a8255c3ed8"),
    ])
  func sha256(length: Int, digest: String) {
    // Python: hashlib.sha256(bytes((i * 7 + 3) % 256 for i in range(length))).hexdigest()
    let bytes = (0..<length).map { UInt8(($0 * 7 + 3) % 256) }
    #expect(SHA256.hex(bytes) == digest)
    #expect(SHA256.hex(bytes[...]) == digest)
    // A collection without contiguous storage is hashed from a copy.
    #expect(SHA256.hex((0..<length).lazy.map { UInt8(($0 * 7 + 3) % 256) }) == digest)
    #expect(SHA256.hex(Array("abc".utf8)).hasPrefix("ba7816bf8f01cfea"))
  }

  @Test("messages show control characters and bidi overrides as escapes, on one line")
  func printableMessages() {
    let diagnostic = Diagnostic.error(
      "forum 'SC\u{0}CP\u{1B}[2J\n\u{202E}x\u{85}'", at: nil, code: "test",
      notes: [.init("tab\there")])
    #expect(diagnostic.message == "forum 'SC\\u{0}CP\\u{1B}[2J\\u{A}\\u{202E}x\\u{85}'")
    #expect(diagnostic.notes.first?.message == "tab\\u{9}here")
    #expect(Diagnostic.printable("plain café ✓") == "plain café ✓")
    let long = Diagnostic.printable(String(repeating: "x", count: 5_000))
    #expect(long == String(repeating: "x", count: 1_000) + "… (cut at 1000 characters)")
  }

  @Test("a megabyte-long word gets no suggestion, at once")
  func longWordSuggestion() {
    let started = Date()
    let word = String(repeating: "narrative", count: 200_000)
    #expect(Suggestion.closest(to: word, in: ["narrative", "indicators"]) == nil)
    #expect(Suggestion.closest(to: "narative", in: ["narrative", "indicators"]) == "narrative")
    #expect(Date().timeIntervalSince(started) < 5)
  }

  @Test("a 300,000-item list is read in linear time")
  func longList() throws {
    let items = Array(repeating: "x", count: 300_000).joined(separator: ", ")
    let reader = YAMLFileReader(root: "/")
    let context = DecodingContext(file: "list.yaml")
    let started = Date()
    let root = reader.parse(Array("items: [\(items)]\n".utf8), into: context)
    // Quadratic copying made this take minutes; linear, it takes well under a second.
    #expect(Date().timeIntervalSince(started) < 20)
    #expect(root?.entries()?.first?.value.stringList()?.count == 300_000)
    #expect(context.diagnostics.isEmpty)
  }

  @Test("a long text repeated by aliases stops at YAMLLimits.maxTextBytes")
  func aliasTextBomb() throws {
    let text = String(repeating: "t", count: 100_000)
    let reader = YAMLFileReader(root: "/")
    func parse(_ count: Int) -> (ValueReader?, [String]) {
      let aliases = Array(repeating: "*t", count: count).joined(separator: ", ")
      let context = DecodingContext(file: "aliases.yaml")
      let root = reader.parse(Array("a: &t \(text)\nb: [\(aliases)]\n".utf8), into: context)
      return (root, context.diagnostics.map(\.description))
    }
    let (fine, none) = parse(300)
    #expect(fine?.entries()?.last?.value.stringList()?.count == 300)
    #expect(none.isEmpty)
    let (bomb, errors) = parse(50_000)
    #expect(bomb == nil)
    #expect(
      errors == [
        "aliases.yaml:2:1341: error: document expands to more than 33554432 bytes of text"
          + " (YAMLLimits.maxTextBytes); aliases may repeat a long text too often"
      ])
  }
}
