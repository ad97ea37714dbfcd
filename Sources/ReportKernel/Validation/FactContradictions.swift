/// Fora disagreeing about one economy: indicators of different fora declaring that they
/// measure the same fact (``IndicatorDefinition/measures``) with opposite yes/no answers.
public enum FactContradictions {
  /// A warning per economy on which two fora disagree, at the second forum's answer (registry
  /// order), naming both fora, both indicators and the first answer's place.
  public static func check(_ forums: [ForumAnalysis], economies: EconomyList) -> [Diagnostic] {
    var answers: [String: [Answer]] = [:]
    var definitions: [IndicatorDefinition] = []
    var facts: [String] = []
    for forum in forums {
      guard let submission = forum.submission else { continue }
      for definition in forum.descriptor.indicators {
        guard let fact = definition.measures, let report = submission.indicator(definition.id)
        else { continue }
        // Each answer names its indicator by place: a definition is large, answers are many.
        let indicator = definitions.count
        definitions.append(definition)
        if answers[fact] == nil { facts.append(fact) }
        for (code, datum) in report.byEconomy {
          guard case .flag(let flag) = datum.value else { continue }
          answers[fact, default: []].append(
            Answer(
              forum: forum.descriptor.id, indicator: indicator, economy: code, flag: flag,
              location: datum.location))
        }
      }
    }
    var findings: [Diagnostic] = []
    for fact in facts {
      let given = answers[fact] ?? []
      // The earlier answers about each economy, in order: each answer is compared with those
      // about its own economy only, not with every answer before it.
      var earlier: [String: [Int]] = [:]
      for (index, second) in given.enumerated() {
        let before = earlier[second.economy, default: []]
        earlier[second.economy, default: []].append(index)
        guard
          let place = before.first(where: {
            given[$0].forum != second.forum && given[$0].flag != second.flag
          })
        else { continue }
        let first = given[place]
        let (firstIndicator, secondIndicator) = (
          definitions[first.indicator], definitions[second.indicator]
        )
        findings.append(
          .warning(
            "\(first.forum) and \(second.forum) disagree about \(economies.name(second.economy)):"
              + " \(second.forum) answers \(second.flag ? "yes" : "no") to '\(secondIndicator.id)'"
              + " (\(secondIndicator.title)) here, \(first.forum) answers"
              + " \(first.flag ? "yes" : "no") to '\(firstIndicator.id)'"
              + " (\(firstIndicator.title)) at \(first.location); both measure \(fact),"
              + " so agree with \(first.forum) on one answer", at: second.location,
            code: "analyst.contradiction"))
      }
    }
    return findings
  }

  private struct Answer {
    let forum: String
    let indicator: Int
    let economy: String
    let flag: Bool
    let location: SourceLocation
  }
}
