/// A list of economy codes (the partners of an arrangement); per economy, an economy with a
/// non-empty list counts.
public struct EconomyListUnit: UnitSemantics {
  /// Creates the unit.
  public init() {}
  public var unit: IndicatorDefinition.Unit { .economyList }
  public var label: String { "economies" }
  public var meaning: String { "a list of economy codes, such as [NZL, SGP]" }
  public var defaultRollUp: IndicatorDefinition.RollUp { .countYes }
  public var allowsLowerBound: Bool { false }

  public func check(_ datum: Datum, perEconomy: Bool, _ context: UnitCheckContext)
    -> [Diagnostic]
  {
    guard case .economies(let codes) = datum.value else {
      return context.mismatch("a list of economy codes", datum)
    }
    return context.unknownEconomies(codes, datum)
  }

  public func hint(_ breakdown: IndicatorDefinition.Breakdown) -> String {
    breakdown == .byEconomy ? "by_economy: {AUS: [NZL]}" : "value: 0"
  }

  public func valueSchema(perEconomy: Bool, economies: [String]) -> JSONSchema {
    JSONSchema.array(items: .enumeration(economies), unique: false).describing(meaning)
  }
}

/// Free text, assessed in the narrative; never combined.
public struct QualitativeUnit: UnitSemantics {
  /// Creates the unit.
  public init() {}
  public var unit: IndicatorDefinition.Unit { .qualitative }
  public var label: String { "text" }
  public var meaning: String { "text" }
  public var defaultRollUp: IndicatorDefinition.RollUp { .none }
  public var allowsLowerBound: Bool { false }

  public func check(_ datum: Datum, perEconomy: Bool, _ context: UnitCheckContext)
    -> [Diagnostic]
  {
    if case .text = datum.value { return [] }
    return context.mismatch("text", datum)
  }

  public func hint(_ breakdown: IndicatorDefinition.Breakdown) -> String {
    breakdown == .byEconomy ? "by_economy: {AUS: 0}" : "value: \"text\""
  }

  public func valueSchema(perEconomy: Bool, economies: [String]) -> JSONSchema {
    JSONSchema.string(format: nil, pattern: nil).describing(meaning)
  }
}
