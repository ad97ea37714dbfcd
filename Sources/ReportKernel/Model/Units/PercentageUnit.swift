/// A share, written as a numerator and a denominator, stored as the share (0–1), shown as a
/// percentage; per-economy shares roll up by summing numerators and denominators.
public struct PercentageUnit: UnitSemantics {
  /// Creates the unit.
  public init() {}
  /// The unit.
  public var unit: IndicatorDefinition.Unit { .percentage }
  /// The short label in tables.
  public var label: String { "%" }
  /// What a value is, in a lead's words.
  public var meaning: String { "a share, given as 'numerator' and 'denominator'" }
  /// The roll-up when a definition names none.
  public var defaultRollUp: IndicatorDefinition.RollUp { .ratio }
  /// Whether `lower_bound` may qualify a value.
  public var allowsLowerBound: Bool { false }
  /// Baselines and targets are written in percent and stored as exact shares (70 is stored as
  /// 0.7, not 0.7000000000000001).
  public func storedFigure(written: Double) -> Double { ExactFigures.share(percent: written) }
  /// A share written in percent.
  public func writtenFigure(stored: Double) -> Double { ExactFigures.points(stored) }
  /// Changes of shares are differences, in percentage points.
  public var changeNote: String? {
    "A change in a percentage is a difference of shares, in percentage points."
  }

  /// Checks a value as read against the unit.
  public func check(_ datum: Datum, perEconomy: Bool, _ context: UnitCheckContext)
    -> [Diagnostic]
  {
    guard case .ratio(let numerator, let denominator) = datum.value else {
      return context.mismatch("'numerator' and 'denominator'", datum)
    }
    guard numerator <= denominator else {
      return [
        .error(
          "'\(context.path)' is a share over 100% (\(NumberText.plain(numerator)) of"
            + " \(NumberText.plain(denominator))); the numerator cannot exceed the denominator",
          at: datum.location, code: "value.share")
      ]
    }
    return []
  }

  /// A percent cell, "≥" when it is a lower bound.
  public func cell(
    _ figure: Double, breakdown: IndicatorDefinition.Breakdown, lowerBound: Bool
  ) -> ReportCell {
    .percent(figure, lowerBound: lowerBound)
  }

  /// A change of shares, in percentage points ("+19.0 pp").
  public func changeCell(
    _ change: Double, breakdown: IndicatorDefinition.Breakdown, lowerBound: Bool
  ) -> ReportCell {
    .points(ExactFigures.points(change))
  }

  /// How to fill in a value, for the template.
  public func hint(_ breakdown: IndicatorDefinition.Breakdown) -> String {
    breakdown == .byEconomy
      ? "by_economy: {AUS: {numerator: 0, denominator: 0}}" : "numerator: 0, denominator: 0"
  }

  /// The schema of one value.
  public func valueSchema(perEconomy: Bool, economies: [String]) -> JSONSchema {
    JSONSchema.object(
      properties: overallSchema(economies: economies), required: ["numerator", "denominator"],
      additional: nil
    ).describing(meaning)
  }

  /// `numerator` and `denominator` sit on the indicator itself.
  public func overallSchema(economies: [String]) -> [JSONSchema.Property] {
    [
      .init("numerator", JSONSchema.nonNegativeNumber.describing("how many, of the denominator")),
      .init(
        "denominator",
        JSONSchema.number(minimum: nil, exclusiveMinimum: 0, maximum: nil, integer: false)
          .describing("out of how many; above 0")),
    ]
  }
}
