/// A line pasted into a narrative without its indentation (a bullet from Word, a second
/// paragraph at the margin): it ends the text above it, and libyaml fails on a later line
/// ("could not find expected ':'", "mapping values are not allowed"). The finding is at the
/// pasted line, with the text shown as it should be written.
enum StrayLineAdvice {
  /// The error for a stray line above `mark`, or nil when the lines above are in order.
  static func advise(problem: String, at mark: Mark, in source: [UInt8]) -> YAMLError? {
    guard
      problem.hasPrefix("could not find expected ':'")
        || problem.hasPrefix("mapping values are not allowed")
        || problem.hasPrefix("did not find expected key")
    else { return nil }
    guard let failing = SourceText.line(mark.line, in: source) else { return nil }
    let depth = indentation(failing)
    // The nearest written line above: the stray one, less indented than the failing line
    // and no `key:` of its own.
    var number = mark.line - 1
    while number > 0, let text = SourceText.line(number, in: source), isBlank(text) {
      number -= 1
    }
    guard number > 0, let stray = SourceText.line(number, in: source),
      indentation(stray) < depth || indentation(stray) == 0,
      SyntaxAdvice.Entry(stray) == nil, !stray.hasSuffix(":")
    else { return nil }
    // The entry whose text it broke off: the nearest `key: ...` line above it.
    var above = number - 1
    var lastText: String?
    while above > 0, let text = SourceText.line(above, in: source) {
      if let entry = SyntaxAdvice.Entry(text) {
        let inner = lastText.map(indentation) ?? (entry.indent.count + 2)
        let pad = String(repeating: " ", count: max(inner, entry.indent.count + 2))
        let bare = stray.drop { $0 == " " || $0 == "\t" }
        let isBlock = entry.value.hasPrefix("|") || entry.value.hasPrefix(">")
        let fix =
          isBlock
          ? "indent it like the rest of the text, with \(pad.count) spaces"
          : "write the text as a block: put '|' after '\(entry.key):' and every line of the"
            + " text on the next lines, indented with \(pad.count) spaces"
        var example = ["for example:", "\(entry.indent)\(entry.key): |"]
        if let lastText { example.append(pad + lastText.drop { $0 == " " }) }
        if !isBlock, lastText == nil, !entry.value.isEmpty { example.append(pad + entry.value) }
        example.append(pad + bare)
        return YAMLError(
          .syntax,
          "this line is not indented, so it ends the text of '\(entry.key)' and YAML reads it"
            + " as a new key; \(fix)", at: Mark(line: number, column: 1),
          notes: example + ["the YAML parser said: \(problem) (at line \(mark.line))"])
      }
      if !isBlank(text), lastText == nil { lastText = text }
      above -= 1
    }
    return nil
  }

  private static func indentation(_ line: String) -> Int {
    line.prefix { $0 == " " }.count
  }

  private static func isBlank(_ line: String) -> Bool {
    line.allSatisfy { $0 == " " || $0 == "\t" } || line.drop { $0 == " " }.hasPrefix("#")
  }
}
