/// Checks of submitted indicator values against the catalogue: the id exists and is not
/// derived, the breakdown matches, each value fits the unit, economy codes exist.
struct IndicatorChecks {
  let forum: ForumDescriptor
  let economies: EconomyList

  func check(_ reports: [IndicatorReport]) -> [Diagnostic] {
    reports.flatMap(check)
  }

  private func check(_ report: IndicatorReport) -> [Diagnostic] {
    guard let definition = forum.indicator(report.id) else {
      return [
        .error(
          "unknown indicator '\(report.id)' for \(forum.id)"
            + Suggestion.didYouMean(report.id, in: forum.indicators.map(\.id)),
          at: report.location, code: "submission.unknown_indicator")
      ]
    }
    if definition.isDerived {
      return [
        .error(
          "'\(report.id)' is computed by ctst from other values; remove it from the submission",
          at: report.location, code: "submission.derived_indicator")
      ]
    }
    var findings: [Diagnostic] = []
    let path = "indicators.\(report.id)"
    let unit = definition.unit.semantics
    if definition.breakdown == .byEconomy, let overall = report.overall,
      !unit.allowsOverallWhenPerEconomy
    {
      findings.append(
        .error(
          "'\(report.id)' is reported per economy; give 'by_economy' instead of one value",
          at: overall.location, code: "submission.breakdown"))
    }
    if definition.breakdown == .overall, !report.byEconomy.isEmpty {
      findings.append(
        .error(
          "'\(report.id)' is reported as one overall value, not 'by_economy'",
          at: report.location, code: "submission.breakdown"))
    }
    if let overall = report.overall {
      findings += unit.check(
        overall, perEconomy: false, UnitCheckContext(path: "\(path).value", economies: economies))
    }
    let perEconomyPath = "\(path).by_economy."
    for (code, datum) in report.byEconomy {
      if !economies.isMember(code) {
        findings.append(
          .error(
            "unknown economy code '\(code)'" + economies.advice(for: code),
            at: datum.location, code: "submission.unknown_economy"))
        continue
      }
      let found = unit.check(
        datum, perEconomy: true,
        UnitCheckContext(path: perEconomyPath, then: code, economies: economies))
      // Nearly every value is fine: nothing to add.
      if !found.isEmpty { findings += found }
    }
    if report.isLowerBound, !unit.allowsLowerBound {
      findings.append(
        .error(
          "'lower_bound' applies to counts and amounts, not to \(definition.unit.rawValue)",
          at: report.location, code: "submission.lower_bound"))
    }
    return findings
  }
}
