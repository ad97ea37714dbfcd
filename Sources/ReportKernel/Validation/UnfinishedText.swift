/// Finds unfinished text in a submission: the strategy framework's bracketed placeholders
/// ("[Outline …]", "[Explain …]"), TBD, TODO or XX, and template comments ("# …" lines)
/// left in a narrative, an activity summary, a comment or the forward agenda.
enum UnfinishedText {
  /// A warning per unfinished text in `submission`.
  static func check(_ submission: Submission) -> [Diagnostic] {
    var findings: [Diagnostic] = []
    func look(_ text: String, _ place: String, at location: SourceLocation?) {
      guard let location, let found = unfinished(text) else { return }
      findings.append(
        .warning(
          "\(place) has unfinished text: \(found); write the final text before submitting",
          at: location, code: "analyst.unfinished_text"))
    }
    for narrative in submission.narratives {
      look(narrative.text, "the narrative for '\(narrative.component)'", at: narrative.location)
    }
    for report in submission.indicators {
      look(report.comment ?? "", "the comment of '\(report.id)'", at: report.location)
    }
    for activity in submission.activities {
      look(activity.title, "the title of activity '\(activity.id)'", at: activity.location)
      look(
        activity.summary ?? "", "the summary of activity '\(activity.id)'", at: activity.location)
    }
    let agenda = submission.agenda
    for text in agenda.priorities + agenda.statements.values.flatMap({ $0 }) {
      look(text, "the forward agenda", at: agenda.location)
    }
    return findings
  }

  /// The first unfinished piece of `text`, quoted, or nil.
  static func unfinished(_ text: String) -> String? {
    if let placeholder = bracketedPlaceholder(text) { return "'\(placeholder)'" }
    for word in words(text) where markers.contains(word) { return "'\(word)'" }
    for line in text.split(whereSeparator: \.isNewline) {
      let trimmed = line.drop { $0 == " " || $0 == "\t" }
      if trimmed.hasPrefix("#") || trimmed.hasPrefix("<!--") {
        return "a template comment '\(trimmed.prefix(40))'"
      }
    }
    return nil
  }

  /// Words that mark text as unfinished, written in capitals.
  static let markers: Set<String> = ["TBD", "TODO", "XX", "XXX", "TBC", "FIXME"]

  /// The framework's instructions, as the bracketed text's first word.
  static let instructions: Set<String> = [
    "Outline", "Explain", "Describe", "Insert", "Add", "List", "Summarise", "Summarize",
  ]

  /// "[Outline critical role …]" when `text` holds a bracket opening with an instruction.
  static func bracketedPlaceholder(_ text: String) -> String? {
    var rest = Substring(text)
    while let open = rest.firstIndex(of: "[") {
      let after = rest[rest.index(after: open)...]
      let first = after.prefix { $0.isLetter }
      if instructions.contains(String(first)) {
        let close = after.firstIndex(of: "]") ?? after.endIndex
        let inside = after[..<close]
        return "[" + (inside.count > 40 ? inside.prefix(40) + " …" : inside) + "]"
      }
      rest = after
    }
    return nil
  }

  /// The words of `text`: runs of letters and digits.
  static func words(_ text: String) -> [String] {
    text.split { !($0.isLetter || $0.isNumber) }.map(String.init)
  }
}
