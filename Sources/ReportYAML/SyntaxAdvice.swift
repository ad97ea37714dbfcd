/// Turns libyaml's syntax errors into the likely cause and the fix, in the words of someone who
/// writes a narrative, not YAML: a sentence with ": " in it, Word's curly quotes, a quote inside
/// a quoted sentence, an apostrophe inside single quotes. libyaml's own words are kept as a note.
enum SyntaxAdvice {
  /// The plain-words error for libyaml's `problem` at `mark`, or nil when the cause is not one
  /// of the known mistakes.
  static func advise(problem: String, at mark: Mark, in source: [UInt8]) -> YAMLError? {
    guard let text = SourceText.line(mark.line, in: source),
      let entry = Entry(text)
    else { return nil }
    let raw = "the YAML parser said: \(problem)"
    let example = blockExample(entry)
    let curly = entry.value.unicodeScalars.contains {
      "\u{201C}\u{201D}\u{2018}\u{2019}".unicodeScalars.contains($0)
    }
    let value = entry.value
    if problem.hasPrefix("mapping values are not allowed"), curly {
      return YAMLError(
        .syntax,
        "the text of '\(entry.key)' is in curly quotes (“ ”), which are not quotes in YAML, so"
          + " its ': ' reads as a new key; write the text as a block: put '|' after"
          + " '\(entry.key):' and the text on the next lines, indented",
        at: mark, notes: example + [raw])
    }
    if problem.hasPrefix("mapping values are not allowed") {
      return YAMLError(
        .syntax,
        "the text of '\(entry.key)' contains ': ', which YAML reads as a new key; write the text"
          + " as a block: put '|' after '\(entry.key):' and the text on the next lines, indented",
        at: mark, notes: example + [raw])
    }
    guard
      problem.hasPrefix("did not find expected key")
        || problem.hasPrefix("did not find expected") || problem.hasPrefix("expected <block end>")
    else { return nil }
    if value.hasPrefix("\""), value.dropFirst().contains("\"") {
      return YAMLError(
        .syntax,
        "the text of '\(entry.key)' starts with a quote, so the next straight quote (\") ends"
          + " it and the rest of the line makes no sense; write the text as a block: put '|'"
          + " after '\(entry.key):' and the text on the next lines, indented (quotes are then"
          + " plain text)", at: mark, notes: example + [raw])
    }
    if value.hasPrefix("'"), value.dropFirst().contains("'") {
      return YAMLError(
        .syntax,
        "the text of '\(entry.key)' is in single quotes, so its apostrophe ends it; write the"
          + " apostrophe twice (it''s) or write the text as a block: put '|' after"
          + " '\(entry.key):' and the text on the next lines, indented", at: mark,
        notes: example + [raw])
    }
    return nil
  }

  /// `key: value` on one line of a block mapping (or a list item holding one).
  struct Entry {
    let indent: String
    let key: String
    let value: String

    init?(_ line: String) {
      var rest = Substring(line)
      let indent = rest.prefix { $0 == " " }
      rest = rest.dropFirst(indent.count)
      var prefix = String(indent)
      if rest.hasPrefix("- ") {
        rest = rest.dropFirst(2)
        prefix += "  "
      }
      guard let colon = rest.firstRange(of: ": ") else { return nil }
      let key = rest[..<colon.lowerBound]
      guard !key.isEmpty, key.count <= 64,
        key.allSatisfy({ $0.isLetter || $0.isNumber || "_-.".contains($0) })
      else { return nil }
      self.indent = prefix
      self.key = String(key)
      self.value = String(rest[colon.upperBound...].drop { $0 == " " })
    }
  }

  /// Notes showing the entry rewritten as a `|` block.
  static func blockExample(_ entry: Entry) -> [String] {
    var text = entry.value
    let pairs: [(Character, Character)] = [("\"", "\""), ("'", "'"), ("“", "”")]
    for (open, close) in pairs where text.first == open && text.last == close && text.count > 1 {
      text = String(text.dropFirst().dropLast())
    }
    if text.count > 60 { text = String(text.prefix(60)) + " …" }
    return [
      "for example:", "\(entry.indent)\(entry.key): |", "\(entry.indent)  \(text)",
    ]
  }
}
