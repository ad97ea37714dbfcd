import ReportYAML
import Testing

@Suite("YAML documents")
struct YAMLDocumentTests {
  @Test("every node keeps its 1-based line and column")
  func marks() throws {
    let document = try YAMLDocument(string: "a: 1\nlist:\n  - x\n  - {k: v}\n")
    let pairs = try #require(document.root?.mapping)
    #expect(pairs[0].key.mark == Mark(line: 1, column: 1))
    #expect(pairs[0].value.mark == Mark(line: 1, column: 4))
    let items = try #require(pairs[1].value.sequence)
    #expect(items[0].mark == Mark(line: 3, column: 5))
    #expect(items[1].mapping?[0].value.mark == Mark(line: 4, column: 9))
  }

  @Test("a UTF-8 byte-order mark and CRLF line endings are accepted")
  func bomAndCRLF() throws {
    let bytes: [UInt8] = [0xEF, 0xBB, 0xBF] + Array("a: 1\r\nb: two\r\n".utf8)
    let document = try YAMLDocument(bytes: bytes)
    let pairs = try #require(document.root?.mapping)
    #expect(pairs.map { $0.key.scalar?.value } == ["a", "b"])
    #expect(pairs[1].value.scalar?.value == "two")
    #expect(pairs[1].key.mark == Mark(line: 2, column: 1))
  }

  @Test("comments anywhere and an empty file")
  func commentsAndEmpty() throws {
    #expect(try YAMLDocument(string: "# only a comment\n").root == nil)
    let document = try YAMLDocument(string: "# c\na: 1 # c\n# c\nb: [1, # c\n  2]\n")
    #expect(document.root?.mapping?.count == 2)
  }

  @Test("scalar styles are kept so quoted text is never a number")
  func styles() throws {
    let document = try YAMLDocument(string: "a: '12'\nb: 12\nc: |\n  text\n")
    let pairs = try #require(document.root?.mapping)
    #expect(pairs[0].value.scalar?.style == .singleQuoted)
    #expect(pairs[1].value.scalar?.style == .plain)
    #expect(pairs[2].value.scalar == YAMLScalar(value: "text\n", style: .literal))
  }

  @Test("aliases resolve to the anchored node")
  func aliases() throws {
    let document = try YAMLDocument(string: "a: &x [1, 2]\nb: *x\n")
    let pairs = try #require(document.root?.mapping)
    #expect(pairs[1].value.sequence?.count == 2)
    #expect(pairs[1].value.mark == Mark(line: 2, column: 4))
  }
}

@Suite("YAML errors")
struct YAMLErrorTests {
  private func failure(_ text: String, limits: YAMLLimits = .standard) -> YAMLError? {
    failure(Array(text.utf8), limits: limits)
  }

  private func failure(_ bytes: [UInt8], limits: YAMLLimits = .standard) -> YAMLError? {
    do {
      _ = try YAMLDocument(bytes: bytes, limits: limits)
      return nil
    } catch {
      return error
    }
  }

  @Test("a syntax error names libyaml's problem and its place")
  func syntax() throws {
    let error = try #require(failure("a: [1, 2\nb: 3\n"))
    #expect(error.kind == .syntax)
    #expect(error.description == "2:2: invalid YAML: did not find expected ',' or ']'")
    #expect(error.relatedMark == Mark(line: 1, column: 4))
  }

  @Test("an unterminated quoted string")
  func unterminatedQuote() throws {
    let error = try #require(failure("title: \"open\nnext: 1\n"))
    #expect(error.kind == .syntax)
    #expect(error.message.contains("found unexpected end of stream"))
    #expect(error.mark.line == 3)
  }

  @Test("bad indentation of a mapping")
  func badIndentation() throws {
    let error = try #require(failure("a:\n  b: 1\n c: 2\n"))
    #expect(error.kind == .syntax)
    #expect(error.mark == Mark(line: 3, column: 2))
  }

  @Test("a tab used for indentation gets its own message")
  func tabs() throws {
    let error = try #require(failure("a:\n\tb: 1\n"))
    #expect(error.kind == .tabIndentation)
    #expect(error.description == "2:1: tab character used for indentation; YAML allows only spaces")
  }

  @Test("invalid UTF-8 is located at the bad byte")
  func invalidUTF8() throws {
    let bytes = Array("a: ok\nb: caf".utf8) + [0xE9] + Array("\n".utf8)
    let error = try #require(failure(bytes))
    #expect(error.kind == .invalidUTF8)
    #expect(error.description == "2:7: invalid UTF-8 (byte 0xE9); save the file as UTF-8")
  }

  @Test("a NEL (U+0085) written as it is is refused like every other C1 control, wherever")
  func nextLine() throws {
    let nel: [UInt8] = [0xC2, 0x85]
    let message =
      "cannot read the file: an invisible control character (U+0085) here is not allowed;"
      + " delete it (text pasted from another program can carry one)"
    let quoted = Array("a: ok\nb: \"Secure ".utf8) + nel + Array("Trade\"\n".utf8)
    #expect(try #require(failure(quoted)).description == "2:12: " + message)
    let plain = Array("b: Secure ".utf8) + nel + Array("Trade\n".utf8)
    #expect(try #require(failure(plain)).description == "1:11: " + message)
    let block = Array("b: |\n  x".utf8) + nel + Array("y\n".utf8)
    #expect(try #require(failure(block)).description == "2:4: " + message)
    // Another C1 control, for the same words; "Å" (C3 85) holds the byte 0x85 and is text.
    let other = Array("b: \"x".utf8) + [0xC2, 0x80] + Array("\"\n".utf8)
    #expect(
      try #require(failure(other)).description == "1:6: " + message.replacing("0085", with: "0080"))
    #expect(try YAMLDocument(string: "b: \"Åland\"\n").root != nil)
  }

  @Test("duplicate keys are findings naming both places; parsing goes on")
  func duplicateKeys() throws {
    let document = try YAMLDocument(string: "a: 1\nb: 2\na: 3\nc:\n  x: 1\n  x: 2\n")
    #expect(document.findings.count == 2)
    let first = document.findings[0]
    #expect(first.kind == .duplicateKey)
    #expect(first.description == "3:1: duplicate key 'a'; the first is at line 1")
    #expect(first.relatedMark == Mark(line: 1, column: 1))
    #expect(document.findings[1].mark == Mark(line: 6, column: 3))
    #expect(document.root?.mapping?.count == 3)
  }

  @Test("a billion-laughs alias bomb fails fast in bounded memory")
  func aliasBomb() throws {
    var lines = ["a0: &a0 [x, x, x, x, x, x, x, x, x, x]"]
    for level in 1...9 {
      let refs = Array(repeating: "*a\(level - 1)", count: 10).joined(separator: ", ")
      lines.append("a\(level): &a\(level) [\(refs)]")
    }
    let error = try #require(failure(lines.joined(separator: "\n") + "\n"))
    #expect(error.kind == .aliasExpansion)
    #expect(error.message.contains("more than 4000000 nodes"))
  }

  @Test("100,000 nested lists stop at the depth bound without overflowing the stack")
  func deepNesting() throws {
    let text = String(repeating: "[", count: 100_000) + String(repeating: "]", count: 100_000)
    let error = try #require(failure(text))
    #expect(error.kind == .nestingTooDeep)
    #expect(error.mark == Mark(line: 1, column: 65))
  }

  @Test("a file over the size bound is refused before parsing")
  func tooLarge() throws {
    let limits = YAMLLimits(maxBytes: 10)
    let error = try #require(failure("a: 12345678901\n", limits: limits))
    #expect(error.kind == .tooLarge)
    #expect(
      error.description == "1:1: file is 15 bytes; the limit is 10 bytes (YAMLLimits.maxBytes)")
  }

  @Test("an undefined alias and a second document")
  func aliasAndDocuments() throws {
    let alias = try #require(failure("a: *nope\n"))
    #expect(alias.kind == .unknownAnchor || alias.kind == .syntax)
    let second = try #require(failure("a: 1\n---\nb: 2\n"))
    #expect(second.kind == .multipleDocuments)
    #expect(second.mark == Mark(line: 2, column: 1))
  }
}
