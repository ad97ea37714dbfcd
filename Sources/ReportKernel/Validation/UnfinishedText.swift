/// Finds text that is not ready to be published, in every field the report prints (a
/// narrative, an indicator comment, an activity title or summary, the forward agenda, a
/// recommendation): unfinished text (the strategy framework's bracketed placeholders
/// "[Outline …]", TBD, TODO or XX, template comments "# …") and internal notes meant for the
/// forum's own team ("Note to Secretariat: …", "Check with Peru …", "… before the submission
/// is sent"). Each finding is at the line and column of the piece, in the lead's words, saying
/// what to do: unfinished text is an error once the submission is submitted or approved (a
/// warning in a draft), like a blank value; an internal note, a guess from its wording, is
/// always a warning.
enum UnfinishedText {
  /// A warning per unfinished text or internal note in `submission`.
  static func check(_ submission: Submission) -> [Diagnostic] {
    var findings: [Diagnostic] = []
    func look(_ text: String, _ place: @autoclosure () -> String, at location: SourceLocation?) {
      guard let location else { return }
      if let found = unfinished(text) {
        let at = submission.source.locate(found.piece, from: location)
        // Expected while writing; once sent, the report would publish it word for word.
        findings.append(
          submission.status == .draft
            ? .warning(
              "\(place()) has unfinished text: \(found.quoted); write the final text before"
                + " submitting", at: at, code: "analyst.unfinished_text")
            : .error(
              "\(place()) has unfinished text: \(found.quoted), and the status is"
                + " '\(submission.status.rawValue)', so the report would print it word for word;"
                + " write the final text, or set 'status: draft' until it is written", at: at,
              code: "analyst.unfinished_text"))
      }
      // A guess from the wording, so a warning whatever the status.
      if let note = internalNote(text) {
        findings.append(
          .warning(
            "\(place()) holds what looks like a note for your own team, not for Senior Officials:"
              + " '\(note.count > 60 ? String(note.prefix(60)).trimmingSpaces + " …" : note)'; the report"
              + " will print it word for word. Delete it, or keep it as a comment line starting"
              + " with '#' outside the text (comments never reach the report)",
            at: submission.source.locate(note, from: location), code: "analyst.internal_note"))
      }
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
    for proposal in agenda.crossFora {
      look(proposal.theme, "the forward agenda", at: proposal.location)
    }
    let recommendations = submission.keyLocations["recommendations"] ?? agenda.location
    for text in submission.recommendations {
      look(text, "a recommendation", at: recommendations)
    }
    return findings
  }

  /// The first unfinished piece of `text`: the piece as written and as a message quotes it.
  static func unfinished(_ text: String) -> (piece: String, quoted: String)? {
    guard !text.isEmpty else { return nil }
    let marks = Marks(text)
    if marks.bracket, let placeholder = bracketedPlaceholder(text) {
      return (String(placeholder.prefix(12)), "'\(placeholder)'")
    }
    if let word = firstMarker(text) { return (word, "'\(word)'") }
    guard marks.comment else { return nil }
    for line in text.split(whereSeparator: \.isNewline) {
      let trimmed = line.drop { $0 == " " || $0 == "\t" }
      if trimmed.hasPrefix("#") || trimmed.hasPrefix("<!--") {
        return (String(trimmed.prefix(40)), "a template comment '\(trimmed.prefix(40))'")
      }
    }
    return nil
  }

  /// Words that mark text as unfinished, written in capitals.
  static let markers: Set<String> = ["TBD", "TODO", "XX", "XXX", "TBC", "FIXME"]

  /// How an internal note begins, in lower case (after a list bullet, if any).
  static let noteOpenings = [
    "note to secretariat", "note to the secretariat", "note to self", "notes to self",
    "to do:", "to-do:", "todo:", "to do -", "check with ", "internal:", "internal note",
    "for internal use", "reminder:", "do not publish", "not for publication",
  ]

  /// Words inside a sentence that make it an instruction to the team, in lower case.
  static let notePhrases = [
    "before the submission is sent", "before submitting", "before we submit",
    "before sending the submission", "before the report is sent", "before it is sent",
  ]

  /// The first sentence of `text` that is a note for the forum's own team, or nil.
  static func internalNote(_ text: String) -> String? {
    guard mayHoldNote(text) else { return nil }
    for line in text.split(whereSeparator: \.isNewline) {
      for sentence in sentences(String(line)) {
        let bare = sentence.drop { "-•▪–*· \t".contains($0) }
        let lower = bare.lowercased()
        if noteOpenings.contains(where: lower.hasPrefix)
          || notePhrases.contains(where: lower.contains)
        {
          return String(bare)
        }
      }
    }
    return nil
  }

  /// The sentences of one line: split after ". ", "! " or "? ".
  static func sentences(_ line: String) -> [String] {
    var result: [String] = []
    var current = ""
    var previous: Character = " "
    for character in line {
      if character == " ", ".!?".contains(previous), !current.isEmpty {
        result.append(current)
        current = ""
      } else {
        current.append(character)
      }
      previous = character
    }
    if current.contains(where: { $0 != " " }) { result.append(current) }
    return result
  }

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
