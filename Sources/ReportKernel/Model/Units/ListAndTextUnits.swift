/// A list of economy codes (the partners of an arrangement); per economy, an economy with a
/// non-empty list counts.
public struct EconomyListUnit: UnitSemantics {
  /// Creates the unit.
  public init() {}
  /// The unit.
  public var unit: IndicatorDefinition.Unit { .economyList }
  /// The short label in tables.
  public var label: String { "economies" }
  /// What a value is, in a lead's words.
  public var meaning: String { "a list of economy codes, such as [NZL, SGP]" }
  /// The roll-up when a definition names none.
  public var defaultRollUp: IndicatorDefinition.RollUp { .countYes }
  /// Whether `lower_bound` may qualify a value.
  public var allowsLowerBound: Bool { false }

  /// Checks a value as read against the unit.
  public func check(_ datum: Datum, perEconomy: Bool, _ context: UnitCheckContext)
    -> [Diagnostic]
  {
    guard case .economies(let codes) = datum.value else {
      return context.mismatch("a list of economy codes", datum)
    }
    return context.unknownEconomies(codes, datum)
  }

  /// How to fill in a value, for the template.
  public func hint(_ breakdown: IndicatorDefinition.Breakdown) -> String {
    breakdown == .byEconomy ? "by_economy: {AUS: [NZL]}" : "value: 0"
  }

  /// The schema of one value.
  public func valueSchema(perEconomy: Bool, economies: [String]) -> JSONSchema {
    JSONSchema.array(items: .enumeration(economies), unique: false).describing(meaning)
  }
}

/// Free text, assessed in the narrative; never combined.
public struct QualitativeUnit: UnitSemantics {
  /// Creates the unit.
  public init() {}
  /// The unit.
  public var unit: IndicatorDefinition.Unit { .qualitative }
  /// The short label in tables.
  public var label: String { "text" }
  /// What a value is, in a lead's words.
  public var meaning: String { "text" }
  /// The roll-up when a definition names none.
  public var defaultRollUp: IndicatorDefinition.RollUp { .none }
  /// Whether `lower_bound` may qualify a value.
  public var allowsLowerBound: Bool { false }

  /// Checks a value as read against the unit.
  public func check(_ datum: Datum, perEconomy: Bool, _ context: UnitCheckContext)
    -> [Diagnostic]
  {
    if case .text = datum.value { return [] }
    return context.mismatch("text", datum)
  }

  /// How to fill in a value, for the template.
  public func hint(_ breakdown: IndicatorDefinition.Breakdown) -> String {
    breakdown == .byEconomy ? "by_economy: {AUS: 0}" : "value: \"text\""
  }

  /// The schema of one value.
  public func valueSchema(perEconomy: Bool, economies: [String]) -> JSONSchema {
    JSONSchema.string(format: nil, pattern: nil).describing(meaning)
  }
}
