/// A count of things (trainings, cards, projects): a number of at least zero, summed across
/// economies.
public struct CountUnit: UnitSemantics {
  /// Creates the unit.
  public init() {}
  /// The unit.
  public var unit: IndicatorDefinition.Unit { .count }
  /// The short label in tables.
  public var label: String { "count" }
  /// What a value is, in a lead's words.
  public var meaning: String { "a count of at least 0" }
  /// The roll-up when a definition names none.
  public var defaultRollUp: IndicatorDefinition.RollUp { .sum }
  /// Whether `lower_bound` may qualify a value.
  public var allowsLowerBound: Bool { true }

  /// Checks a value as read against the unit.
  public func check(_ datum: Datum, perEconomy: Bool, _ context: UnitCheckContext)
    -> [Diagnostic]
  {
    guard case .number(let value) = datum.value else { return context.mismatch("a number", datum) }
    return context.negative(value, datum)
  }

  /// How to fill in a value, for the template.
  public func hint(_ breakdown: IndicatorDefinition.Breakdown) -> String {
    breakdown == .byEconomy ? "by_economy: {AUS: 0}" : "value: 0"
  }

  /// The schema of one value.
  public func valueSchema(perEconomy: Bool, economies: [String]) -> JSONSchema {
    JSONSchema.nonNegativeNumber.describing(meaning)
  }
}

/// An amount in US dollars: a number of at least zero, summed, shown as dollars.
public struct USDUnit: UnitSemantics {
  /// Creates the unit.
  public init() {}
  /// The unit.
  public var unit: IndicatorDefinition.Unit { .usd }
  /// The short label in tables.
  public var label: String { "USD" }
  /// What a value is, in a lead's words.
  public var meaning: String { "an amount in US dollars, at least 0, without a currency sign" }
  /// The roll-up when a definition names none.
  public var defaultRollUp: IndicatorDefinition.RollUp { .sum }
  /// Whether `lower_bound` may qualify a value.
  public var allowsLowerBound: Bool { true }
  /// A dollar cell has no "≥" mark.
  public var cellShowsLowerBound: Bool { false }

  /// Checks a value as read against the unit.
  public func check(_ datum: Datum, perEconomy: Bool, _ context: UnitCheckContext)
    -> [Diagnostic]
  {
    CountUnit().check(datum, perEconomy: perEconomy, context)
  }

  /// A dollar cell.
  public func cell(
    _ figure: Double, breakdown: IndicatorDefinition.Breakdown, lowerBound: Bool
  ) -> ReportCell {
    .usd(figure)
  }

  /// A change in dollars; one computed from a lower bound is a number marked "≥", since a
  /// dollar cell has no mark.
  public func changeCell(
    _ change: Double, breakdown: IndicatorDefinition.Breakdown, lowerBound: Bool
  ) -> ReportCell {
    lowerBound ? .number(change, lowerBound: true) : .usd(change)
  }

  /// How to fill in a value, for the template.
  public func hint(_ breakdown: IndicatorDefinition.Breakdown) -> String {
    CountUnit().hint(breakdown)
  }

  /// The schema of one value.
  public func valueSchema(perEconomy: Bool, economies: [String]) -> JSONSchema {
    JSONSchema.nonNegativeNumber.describing(meaning)
  }
}

/// A count of member economies satisfying something: overall a whole number from 0 to the
/// number of economies; per economy, yes or no, counted.
public struct EconomiesUnit: UnitSemantics {
  /// Creates the unit.
  public init() {}
  /// The unit.
  public var unit: IndicatorDefinition.Unit { .economies }
  /// The short label in tables.
  public var label: String { "economies" }
  /// What a value is, in a lead's words.
  public var meaning: String { "a number of member economies" }
  /// The roll-up when a definition names none.
  public var defaultRollUp: IndicatorDefinition.RollUp { .countYes }
  /// Whether `lower_bound` may qualify a value.
  public var allowsLowerBound: Bool { true }
  /// A forum may give the overall count instead of each economy's answer.
  public var allowsOverallWhenPerEconomy: Bool { true }

  /// Checks a value as read against the unit.
  public func check(_ datum: Datum, perEconomy: Bool, _ context: UnitCheckContext)
    -> [Diagnostic]
  {
    if perEconomy {
      if case .flag = datum.value { return [] }
      return context.mismatch("yes or no", datum)
    }
    guard case .number(let value) = datum.value else {
      return context.mismatch("a number of economies", datum)
    }
    if let error = context.negative(value, datum).first { return [error] }
    let count = context.economies.count
    guard value <= Double(count), value == value.rounded() else {
      return [
        .error(
          "'\(context.path)' counts economies, so it must be a whole number from 0 to"
            + " \(count), found \(NumberText.plain(value))", at: datum.location, code: "value.range"
        )
      ]
    }
    return []
  }

  /// How to fill in a value, for the template.
  public func hint(_ breakdown: IndicatorDefinition.Breakdown) -> String {
    breakdown == .byEconomy ? "by_economy: {AUS: yes}" : "value: 0"
  }

  /// The schema of one value.
  public func valueSchema(perEconomy: Bool, economies: [String]) -> JSONSchema {
    guard !perEconomy else {
      return JSONSchema.yesNo.describing("yes or no for this economy")
    }
    return JSONSchema.number(
      minimum: 0, exclusiveMinimum: nil, maximum: Double(economies.count), integer: true
    ).describing("\(meaning), from 0 to \(economies.count)")
  }
}
