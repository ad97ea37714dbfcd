/// What a unit needs to check one value: where the value sits and the economies it may name.
public struct UnitCheckContext: Sendable {
  /// The key path of the value (`indicators.sccp.aeo_programmes.by_economy.AUS`).
  public let path: String
  /// The member economies.
  public let economies: EconomyList

  /// Creates a context.
  public init(path: String, economies: EconomyList) {
    self.path = path
    self.economies = economies
  }

  /// "'path' must be `expected`, found …", at the value.
  public func mismatch(_ expected: String, _ datum: Datum) -> [Diagnostic] {
    [
      .error(
        "'\(path)' must be \(expected), found \(Self.describe(datum.value))", at: datum.location,
        code: "schema.type")
    ]
  }

  /// "'path' must not be negative" when `value` is below zero.
  public func negative(_ value: Double, _ datum: Datum) -> [Diagnostic] {
    value < 0
      ? [
        .error(
          "'\(path)' must not be negative, found \(NumberText.plain(value))", at: datum.location,
          code: "value.negative")
      ] : []
  }

  /// An error for each code that names no member economy, at the value.
  public func unknownEconomies(_ codes: [String], _ datum: Datum) -> [Diagnostic] {
    codes.filter { economies.economy($0) == nil }.map { code in
      .error(
        "unknown economy code '\(code)'" + Suggestion.didYouMean(code, in: economies.codes),
        at: datum.location, code: "submission.unknown_economy")
    }
  }

  /// A value as a message shows it.
  static func describe(_ value: Datum.Value) -> String {
    switch value {
    case .number(let number): return NumberText.plain(number)
    case .ratio(let numerator, let denominator):
      return "\(NumberText.plain(numerator))/\(NumberText.plain(denominator))"
    case .flag(let flag): return flag ? "yes" : "no"
    case .date(let date): return date.description
    case .economies: return "a list"
    case .text(let text):
      // A number, date or yes/no in quotes is text; say so, or "found '130'" reads as a
      // contradiction.
      let quoted =
        ValueReader.finiteNumber(text) != nil || CalendarDate(iso: text) != nil
        || ["yes", "no", "true", "false"].contains(text.lowercased())
      return "'\(text)'" + (quoted ? " in quotes, which makes it text; remove the quotes" : "")
    }
  }
}
