import ReportKernel

/// The data notes annex: how comparable each forum's figures are with the previous period,
/// and every indicator's notes (missing targets, derivations, comments) and details.
enum DataNotes {
  /// Who reads the notes: the report gives each indicator's notes by title; the review pack
  /// adds the indicator ids and the per-economy details.
  enum Audience {
    /// The published report.
    case report
    /// The Secretariat's review pack.
    case review
  }

  /// The blocks of the data notes annex.
  static func build(_ scope: BuildScope, audience: Audience) -> [ReportBlock] {
    var blocks: [ReportBlock] = [
      .paragraph(text: "Comparability with the previous period", attribution: nil, source: nil),
      .bullets(comparability(scope)),
    ]
    // The analyst's checks are for the Secretariat before publication: the review pack only.
    let checks = scope.findings.filter { $0.code.hasPrefix("analyst.") }
    if audience == .review, !checks.isEmpty {
      blocks.append(
        .paragraph(
          text: "Checks to resolve before publication", attribution: nil, source: nil))
      blocks.append(
        .bullets(checks.map { "\($0.location?.description ?? "configuration"): \($0.message)" }))
    }
    let notes = scope.results.compactMap { indicatorNote($0, audience: audience) }
    if notes.isEmpty {
      blocks.append(.note("No indicator carries a note."))
    } else {
      blocks.append(.paragraph(text: "Notes per indicator", attribution: nil, source: nil))
      blocks.append(.bullets(notes))
    }
    return blocks
  }

  /// Whether the fora's figures can be compared: one line per case, naming the fora in it
  /// ("CTWG, TPTWG, SCCP and BMG reported for both 2025 and 2026; …"), so nothing is said twice.
  static func comparability(_ scope: BuildScope) -> [String] {
    guard let previous = scope.previousPeriod else {
      return ["No period before \(Prose.period(scope.period)) is defined; no changes are shown."]
    }
    let cases = [(true, true), (true, false), (false, true), (false, false)]
    return cases.compactMap { current, before in
      let fora = scope.forums
        .filter { ($0.submission != nil) == current && ($0.previous != nil) == before }
        .map { scope.acronym($0.descriptor.id) }
      guard !fora.isEmpty else { return nil }
      let who = Prose.list(fora)
      switch (current, before) {
      case (true, true):
        return "\(who) reported for both \(previous.id) and \(scope.period.id); changes are"
          + " computed by kind of indicator, as each table's note states."
      case (true, false):
        return "\(who) reported for \(Prose.period(scope.period)) only; no comparison with"
          + " \(Prose.period(previous)) is possible."
      case (false, true):
        return "\(who) reported for \(Prose.period(previous)) but not for \(scope.period.id);"
          + " \(Prose.agree(fora.count, "its", "their")) \(previous.id) figures are not carried"
          + " forward."
      case (false, false):
        return "\(who) reported for neither \(previous.id) nor \(scope.period.id)."
      }
    }
  }

  /// "tptwg.pfsp_share (Share of …): no target set for 2026; …", or nil without notes.
  static func indicatorNote(_ result: IndicatorResult, audience: Audience) -> String? {
    var parts = result.notes
    if let reported = result.economiesReported, result.definition.breakdown == .byEconomy,
      result.hasValue
    {
      parts.append(Prose.count(reported, "economy reported", "economies reported"))
    }
    if audience == .review, !result.details.isEmpty {
      parts.append(result.details.joined(separator: "; "))
    }
    guard !parts.isEmpty else { return nil }
    let name =
      audience == .review
      ? "\(result.definition.id) (\(result.definition.title))" : result.definition.title
    return "\(name): " + parts.map(trimmed).joined(separator: "; ") + "."
  }

  private static func trimmed(_ text: String) -> String {
    var text = text
    while let last = text.last, last == "." || last == " " || last == "\n" {
      text.removeLast()
    }
    return text
  }
}
