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
    if definition.breakdown == .byEconomy, let overall = report.overall,
      definition.unit != .economies
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
      findings += checkValue(overall, definition, path: "\(path).value", perEconomy: false)
    }
    for (code, datum) in report.byEconomy {
      if economies.economy(code) == nil {
        findings.append(
          .error(
            "unknown economy code '\(code)'" + economies.advice(for: code),
            at: datum.location, code: "submission.unknown_economy"))
        continue
      }
      findings += checkValue(
        datum, definition, path: "\(path).by_economy.\(code)", perEconomy: true)
    }
    if report.isLowerBound, ![.count, .usd, .economies].contains(definition.unit) {
      findings.append(
        .error(
          "'lower_bound' applies to counts and amounts, not to \(definition.unit.rawValue)",
          at: report.location, code: "submission.lower_bound"))
    }
    return findings
  }

  private func checkValue(
    _ datum: Datum, _ definition: IndicatorDefinition, path: String, perEconomy: Bool
  ) -> [Diagnostic] {
    let at = datum.location
    func mismatch(_ expected: String) -> [Diagnostic] {
      [
        .error(
          "'\(path)' must be \(expected), found \(describe(datum.value))"
            + hint(datum.value, expected: expected), at: at, code: "schema.type")
      ]
    }
    switch (definition.unit, datum.value) {
    case (.count, .number(let value)), (.usd, .number(let value)):
      return negative(value, path: path, at: at)
    case (.count, _), (.usd, _):
      return mismatch("a number")
    case (.economies, .flag) where perEconomy:
      return []
    case (.economies, _) where perEconomy:
      return mismatch("yes or no")
    case (.economies, .number(let value)):
      if let error = negative(value, path: path, at: at).first { return [error] }
      guard value <= Double(economies.count), value == value.rounded() else {
        return [
          .error(
            "'\(path)' counts economies, so it must be a whole number from 0 to"
              + " \(economies.count), found \(NumberText.plain(value))", at: at, code: "value.range"
          )
        ]
      }
      return []
    case (.economies, _):
      return mismatch("a number of economies")
    case (.percentage, .ratio(let numerator, let denominator)):
      guard numerator <= denominator else {
        return [
          .error(
            "'\(path)' is a share over 100% (\(NumberText.plain(numerator)) of \(NumberText.plain(denominator)));"
              + " the numerator cannot exceed the denominator", at: at, code: "value.share")
        ]
      }
      return []
    case (.percentage, _):
      return mismatch("'numerator' and 'denominator'")
    case (.yesNo, .flag):
      return []
    case (.yesNo, _):
      return mismatch("yes or no")
    case (.date, .date):
      return []
    case (.date, _):
      return mismatch("a date (YYYY-MM-DD)")
    case (.economyList, .economies(let codes)):
      return codes.filter { economies.economy($0) == nil }.map { code in
        .error(
          "unknown economy code '\(code)'" + economies.advice(for: code),
          at: at, code: "submission.unknown_economy")
      }
    case (.economyList, _):
      return mismatch("a list of economy codes")
    case (.qualitative, .text):
      return []
    case (.qualitative, _):
      return mismatch("text")
    }
  }

  private func negative(_ value: Double, path: String, at: SourceLocation) -> [Diagnostic] {
    value < 0
      ? [
        .error(
          "'\(path)' must not be negative, found \(NumberText.plain(value))", at: at,
          code: "value.negative")
      ] : []
  }

  private func describe(_ value: Datum.Value) -> String {
    switch value {
    case .number(let number): return NumberText.plain(number)
    case .ratio(let numerator, let denominator):
      return "\(NumberText.plain(numerator))/\(NumberText.plain(denominator))"
    case .flag(let flag): return flag ? "yes" : "no"
    case .date(let date): return date.description
    case .economies: return "a list"
    case .text(let text): return "'\(text)'"
    }
  }

  /// What to write instead, for a value of the wrong kind (``ValueHints``). Quoted numbers,
  /// dates and yes/no are text here: a plain one would have been read as such.
  private func hint(_ value: Datum.Value, expected: String) -> String {
    guard case .text(let text) = value else { return "" }
    switch expected {
    case "a number", "a number of economies":
      return ValueHints.number(
        text, quoted: ValueReader.finiteNumber(text) != nil, field: .indicator)
    case "yes or no":
      return ValueHints.yesNo(text, quoted: YesNo.parse(text) != nil)
    case "a date (YYYY-MM-DD)":
      return CalendarDate(iso: text) != nil
        ? " in quotes, which makes it text; remove the quotes" : ValueHints.date(text)
    case "'numerator' and 'denominator'":
      let share = text.trimmingSpaces
      if share.hasSuffix("%"),
        ValueHints.plainNumber(String(share.dropLast()).trimmingSpaces) != nil
      {
        return "; write the share as its two counts, for example 'numerator: 17' and"
          + " 'denominator: 20' on two lines under the indicator"
      }
      return ValueHints.number(text, quoted: false, field: .indicator)
    default:
      return ""
    }
  }
}
