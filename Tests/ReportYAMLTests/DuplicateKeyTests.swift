import ReportYAML
import Testing

@Suite("Duplicate keys in large and non-ASCII mappings")
struct DuplicateKeyTests {
  /// `count` keys `K0000`, `K0001`, … one per line, then each of `repeated` again.
  private static func mapping(count: Int, repeating repeated: [Int]) -> String {
    let key = { (number: Int) in "K" + String(number + 10_000).dropFirst() }
    let lines = (0..<count).map { "\(key($0)): \($0)" } + repeated.map { "\(key($0)): again" }
    return lines.joined(separator: "\n") + "\n"
  }

  @Test("a key repeated among thousands is found, with the place of its first")
  func thousands() throws {
    let document = try YAMLDocument(string: Self.mapping(count: 3000, repeating: [0, 1234, 2999]))
    #expect(
      document.findings.map(\.description) == [
        "3001:1: duplicate key 'K0000'; the first is at line 1",
        "3002:1: duplicate key 'K1234'; the first is at line 1235",
        "3003:1: duplicate key 'K2999'; the first is at line 3000",
      ])
    #expect(document.root?.mapping?.count == 3000)
  }

  @Test("keys of the same bytes in a different order, or one byte apart, are different keys")
  func nearMisses() throws {
    let document = try YAMLDocument(string: "ab: 1\nba: 2\nabc: 3\nab : 4\nAB: 5\n")
    #expect(
      document.findings.map(\.description) == [
        "4:1: duplicate key 'ab'; the first is at line 1"
      ])
  }

  @Test("a non-ASCII key among ASCII ones: earlier keys are still known, later ones too")
  func nonASCII() throws {
    let text = "a: 1\nÉtat: 2\nb: 3\na: 4\nÉtat: 5\nb: 6\n"
    let document = try YAMLDocument(string: text)
    #expect(
      document.findings.map(\.description) == [
        "4:1: duplicate key 'a'; the first is at line 1",
        "5:1: duplicate key 'État'; the first is at line 2",
        "6:1: duplicate key 'b'; the first is at line 3",
      ])
    #expect(document.root?.mapping?.count == 3)
  }

  @Test("keys that are the same text written differently are one key (K and the Kelvin sign)")
  func canonicalEquivalence() throws {
    let document = try YAMLDocument(string: "K: 1\n\u{212A}: 2\ne\u{301}: 3\n\u{E9}: 4\n")
    #expect(document.findings.map(\.kind) == [.duplicateKey, .duplicateKey])
    #expect(document.findings.map(\.mark) == [Mark(line: 2, column: 1), Mark(line: 4, column: 1)])
  }
}
