/// What a unit needs to check one value: where the value sits and the economies it may name.
public struct UnitCheckContext: Sendable {
  /// The key path of the value (`indicators.sccp.aeo_programmes.by_economy.AUS`).
  public var path: String { pathStart + pathEnd }
  /// The path in two parts, joined only when a message names it: the checks of a table of
  /// many economies make a context per value, and almost none of them finds anything.
  private let pathStart: String
  private let pathEnd: String
  /// The member economies.
  public let economies: EconomyList

  /// Creates a context.
  public init(path: String, economies: EconomyList) {
    self.init(path: path, then: "", economies: economies)
  }

  /// Creates a context for the value at `start` followed by `end`
  /// (`indicators.sccp.aeo_programmes.by_economy.` and `AUS`).
  init(path start: String, then end: String, economies: EconomyList) {
    pathStart = start
    pathEnd = end
    self.economies = economies
  }

  /// "'path' must be `expected`, found …", at the value.
  public func mismatch(_ expected: String, _ datum: Datum) -> [Diagnostic] {
    [
      .error(
        "'\(path)' must be \(expected), found \(Self.describe(datum.value))"
          + Self.hint(datum.value, expected: expected), at: datum.location, code: "schema.type")
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
    codes.filter { !economies.isMember($0) }.map { code in
      .error(
        "unknown economy code '\(code)'" + economies.advice(for: code),
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
    case .text(let text): return "'\(text)'"
    }
  }

  /// What to write instead, for a value of the wrong kind (``ValueHints``). Quoted numbers,
  /// dates and yes/no are text here: a plain one would have been read as such.
  static func hint(_ value: Datum.Value, expected: String) -> String {
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
