/// Yes or no: overall shown as "Yes"/"No"; per economy, the yeses are counted.
public struct YesNoUnit: UnitSemantics {
  /// Creates the unit.
  public init() {}
  public var unit: IndicatorDefinition.Unit { .yesNo }
  public var label: String { "yes/no" }
  public var meaning: String { "yes or no" }
  public var defaultRollUp: IndicatorDefinition.RollUp { .countYes }
  public var allowsLowerBound: Bool { false }

  public func check(_ datum: Datum, perEconomy: Bool, _ context: UnitCheckContext)
    -> [Diagnostic]
  {
    if case .flag = datum.value { return [] }
    return context.mismatch("yes or no", datum)
  }

  /// "Yes" or "No" for one overall answer; the count of yeses for a roll-up.
  public func cell(
    _ figure: Double, breakdown: IndicatorDefinition.Breakdown, lowerBound: Bool
  ) -> ReportCell {
    breakdown == .overall
      ? .text(figure > 0 ? "Yes" : "No") : .number(figure, lowerBound: lowerBound)
  }

  /// A change of answers is a number (1, 0 or -1; or a change in the count of yeses).
  public func changeCell(
    _ change: Double, breakdown: IndicatorDefinition.Breakdown, lowerBound: Bool
  ) -> ReportCell {
    .number(change, lowerBound: lowerBound)
  }

  public func hint(_ breakdown: IndicatorDefinition.Breakdown) -> String {
    breakdown == .byEconomy ? "by_economy: {AUS: yes}" : "value: yes"
  }

  public func valueSchema(perEconomy: Bool, economies: [String]) -> JSONSchema {
    JSONSchema.yesNo.describing(meaning)
  }
}

/// A date (`YYYY-MM-DD`); per-economy dates roll up to the latest.
public struct DateUnit: UnitSemantics {
  /// Creates the unit.
  public init() {}
  public var unit: IndicatorDefinition.Unit { .date }
  public var label: String { "date" }
  public var meaning: String { "a date written YYYY-MM-DD, such as 2026-05-12" }
  public var defaultRollUp: IndicatorDefinition.RollUp { .latest }
  public var allowsLowerBound: Bool { false }

  public func check(_ datum: Datum, perEconomy: Bool, _ context: UnitCheckContext)
    -> [Diagnostic]
  {
    if case .date = datum.value { return [] }
    return context.mismatch("a date (YYYY-MM-DD)", datum)
  }

  public func hint(_ breakdown: IndicatorDefinition.Breakdown) -> String {
    // The per-economy hint is the generic one the template has always shown.
    breakdown == .byEconomy ? "by_economy: {AUS: 0}" : "value: YYYY-MM-DD"
  }

  public func valueSchema(perEconomy: Bool, economies: [String]) -> JSONSchema {
    JSONSchema.date.describing(meaning)
  }
}
