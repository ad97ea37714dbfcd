/// What a unit means, in one place: how a value written in a submission is checked against
/// it, how per-economy values roll up, which cell shows a figure, how the template hints at
/// it, how it is labelled, and how a JSON Schema describes it. The decoder, the validator, the
/// roll-up, the report's tables and the template writer ask the unit; none of them switches on
/// it.
///
/// One conformance per ``IndicatorDefinition/Unit``; ``IndicatorDefinition/Unit/semantics``
/// gives it.
public protocol UnitSemantics: Sendable {
  /// The unit.
  var unit: IndicatorDefinition.Unit { get }
  /// The short label in tables ("count", "%", "USD").
  var label: String { get }
  /// What a value is, in a lead's words ("a whole count of things"), for schema
  /// descriptions.
  var meaning: String { get }
  /// The roll-up that suits the unit when a definition names none.
  var defaultRollUp: IndicatorDefinition.RollUp { get }
  /// Whether `lower_bound: true` may qualify a value ("at least").
  var allowsLowerBound: Bool { get }
  /// Whether an indicator reported per economy may still be given as one overall figure.
  var allowsOverallWhenPerEconomy: Bool { get }
  /// Whether a report cell of a figure can show a lower bound's "≥" mark itself; when not, a
  /// table says so in a note.
  var cellShowsLowerBound: Bool { get }
  /// The note a table adds when it shows a change of this unit, if any.
  var changeNote: String? { get }

  /// The stored figure of a figure written in configuration (a baseline or a target):
  /// percentages are written in percent and stored as shares.
  func storedFigure(written: Double) -> Double
  /// A stored figure as configuration and templates write it.
  func writtenFigure(stored: Double) -> Double
  /// Checks a value as read from a submission (its raw shape) against the unit; the findings
  /// are located at the value.
  func check(_ datum: Datum, perEconomy: Bool, _ context: UnitCheckContext) -> [Diagnostic]
  /// Whether a per-economy value answers "yes" for a `count_yes` roll-up.
  func answersYes(_ value: Datum.Value) -> Bool
  /// The report cell of a figure of this unit.
  func cell(_ figure: Double, breakdown: IndicatorDefinition.Breakdown, lowerBound: Bool)
    -> ReportCell
  /// The report cell of a change between two figures of this unit; `lowerBound` when the
  /// change is computed from a lower bound.
  func changeCell(
    _ change: Double, breakdown: IndicatorDefinition.Breakdown, lowerBound: Bool
  ) -> ReportCell
  /// The data table's numeric value and text of a submitted value.
  func dataCells(_ value: Datum.Value, lowerBound: Bool) -> (value: ReportCell, text: String?)
  /// How to fill in a value, for the template ("value: 0", "by_economy: {AUS: yes}").
  func hint(_ breakdown: IndicatorDefinition.Breakdown) -> String
  /// The schema of one value; `perEconomy` for a value under `by_economy`. `economies` are
  /// the valid economy codes.
  func valueSchema(perEconomy: Bool, economies: [String]) -> JSONSchema
  /// The keys an indicator entry reported as one overall figure holds for its value (`value`,
  /// or `numerator` and `denominator`).
  func overallSchema(economies: [String]) -> [JSONSchema.Property]
}

extension UnitSemantics {
  /// Most units are not rolled up in the report's own terms beyond their figure.
  public var allowsOverallWhenPerEconomy: Bool { false }
  /// Most units are written as stored.
  public func storedFigure(written: Double) -> Double { written }
  /// Most units are written as stored.
  public func writtenFigure(stored: Double) -> Double { stored }
  /// Plain numbers show "≥" themselves.
  public var cellShowsLowerBound: Bool { true }
  /// No note for most units.
  public var changeNote: String? { nil }

  /// Yes, a non-empty list or a positive number answers yes.
  public func answersYes(_ value: Datum.Value) -> Bool {
    switch value {
    case .flag(let flag): return flag
    case .economies(let codes): return !codes.isEmpty
    case .number(let number): return number > 0
    default: return false
    }
  }

  /// A number, marked when it is a lower bound.
  public func cell(
    _ figure: Double, breakdown: IndicatorDefinition.Breakdown, lowerBound: Bool
  ) -> ReportCell {
    .number(figure, lowerBound: lowerBound)
  }

  /// The change in the unit's own cell.
  public func changeCell(
    _ change: Double, breakdown: IndicatorDefinition.Breakdown, lowerBound: Bool
  ) -> ReportCell {
    cell(change, breakdown: breakdown, lowerBound: lowerBound)
  }

  /// Shares are 0–1, yes/no is 1/0, a list of economies counts its members; dates and text
  /// have no numeric value and go in the text.
  public func dataCells(
    _ value: Datum.Value, lowerBound: Bool
  ) -> (value: ReportCell, text: String?) {
    switch value {
    case .number(let number): return (.number(number, lowerBound: lowerBound), nil)
    case .ratio(let numerator, let denominator):
      let share: ReportCell =
        ExactFigures.quotient(numerator, denominator).map { .number($0, lowerBound: lowerBound) }
        ?? .empty
      return (share, "\(NumberText.plain(numerator))/\(NumberText.plain(denominator))")
    case .flag(let flag): return (.number(flag ? 1 : 0, lowerBound: false), flag ? "yes" : "no")
    case .date(let date): return (.empty, date.description)
    case .economies(let codes):
      return (.number(Double(codes.count), lowerBound: lowerBound), codes.joined(separator: " "))
    case .text(let text): return (.empty, text)
    }
  }

  /// The overall value under `value`.
  public func overallSchema(economies: [String]) -> [JSONSchema.Property] {
    [.init("value", valueSchema(perEconomy: false, economies: economies))]
  }
}

extension IndicatorDefinition.Unit {
  /// What the unit means: the one conformance of ``UnitSemantics`` for it.
  public var semantics: any UnitSemantics {
    switch self {
    case .count: CountUnit()
    case .economies: EconomiesUnit()
    case .percentage: PercentageUnit()
    case .usd: USDUnit()
    case .yesNo: YesNoUnit()
    case .date: DateUnit()
    case .economyList: EconomyListUnit()
    case .qualitative: QualitativeUnit()
    }
  }
}
