/// Yes or no: overall shown as "Yes"/"No"; per economy, the yeses are counted.
public struct YesNoUnit: UnitSemantics {
  /// Creates the unit.
  public init() {}
  /// The unit.
  public var unit: IndicatorDefinition.Unit { .yesNo }
  /// The short label in tables.
  public var label: String { "yes/no" }
  /// What a value is, in a lead's words.
  public var meaning: String { "yes or no" }
  /// The roll-up when a definition names none.
  public var defaultRollUp: IndicatorDefinition.RollUp { .countYes }
  /// Whether `lower_bound` may qualify a value.
  public var allowsLowerBound: Bool { false }

  /// Checks a value as read against the unit.
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
      ? .yesNo(figure > 0) : .number(figure, lowerBound: lowerBound)
  }

  /// A change of answers is a number (1, 0 or -1; or a change in the count of yeses).
  public func changeCell(
    _ change: Double, breakdown: IndicatorDefinition.Breakdown, lowerBound: Bool
  ) -> ReportCell {
    .number(change, lowerBound: lowerBound)
  }

  /// How to fill in a value, for the template.
  public func hint(_ breakdown: IndicatorDefinition.Breakdown) -> String {
    breakdown == .byEconomy ? "by_economy: {AUS: yes}" : "value: yes"
  }

  /// The schema of one value.
  public func valueSchema(perEconomy: Bool, economies: [String]) -> JSONSchema {
    JSONSchema.yesNo.describing(meaning)
  }
}

/// A date (`YYYY-MM-DD`); per-economy dates roll up to the latest.
public struct DateUnit: UnitSemantics {
  /// Creates the unit.
  public init() {}
  /// The unit.
  public var unit: IndicatorDefinition.Unit { .date }
  /// The short label in tables.
  public var label: String { "date" }
  /// What a value is, in a lead's words.
  public var meaning: String { "a date written YYYY-MM-DD, such as 2026-05-12" }
  /// The roll-up when a definition names none.
  public var defaultRollUp: IndicatorDefinition.RollUp { .latest }
  /// Whether `lower_bound` may qualify a value.
  public var allowsLowerBound: Bool { false }

  /// Checks a value as read against the unit.
  public func check(_ datum: Datum, perEconomy: Bool, _ context: UnitCheckContext)
    -> [Diagnostic]
  {
    if case .date = datum.value { return [] }
    return context.mismatch("a date (YYYY-MM-DD)", datum)
  }

  /// How to fill in a value, for the template.
  public func hint(_ breakdown: IndicatorDefinition.Breakdown) -> String {
    // The per-economy hint is the generic one the template has always shown.
    breakdown == .byEconomy ? "by_economy: {AUS: 0}" : "value: YYYY-MM-DD"
  }

  /// The schema of one value.
  public func valueSchema(perEconomy: Bool, economies: [String]) -> JSONSchema {
    JSONSchema.date.describing(meaning)
  }
}
