/// Typed reads of submitted indicator values, for forum modules' checks, derivations and
/// sections. Values of another shape (already reported by the kernel's checks) are skipped.
extension Submission {
  /// The report of `indicator`, if submitted.
  public func indicator(_ indicator: IndicatorDefinition) -> IndicatorReport? {
    self.indicator(indicator.id)
  }

  /// The per-economy yes/no values of `indicator`, keyed by economy code.
  public func flags(_ indicator: IndicatorDefinition) -> [String: (value: Bool, datum: Datum)] {
    var flags: [String: (value: Bool, datum: Datum)] = [:]
    for entry in self.indicator(indicator.id)?.byEconomy ?? [] {
      if case .flag(let value) = entry.datum.value { flags[entry.economy] = (value, entry.datum) }
    }
    return flags
  }

  /// The per-economy numbers of `indicator`, in source order.
  public func numbers(_ indicator: IndicatorDefinition) -> [(
    economy: String, value: Double, datum: Datum
  )] {
    (self.indicator(indicator.id)?.byEconomy ?? []).compactMap { entry in
      guard case .number(let value) = entry.datum.value else { return nil }
      return (entry.economy, value, entry.datum)
    }
  }

  /// The per-economy lists of economy codes of `indicator`, in source order.
  public func economyLists(
    _ indicator: IndicatorDefinition
  ) -> [(economy: String, codes: [String], datum: Datum)] {
    (self.indicator(indicator.id)?.byEconomy ?? []).compactMap { entry in
      guard case .economies(let codes) = entry.datum.value else { return nil }
      return (entry.economy, codes, entry.datum)
    }
  }

  /// The overall number reported for `indicator`, with its datum and lower-bound flag.
  public func overallNumber(
    _ indicator: IndicatorDefinition
  ) -> (value: Double, datum: Datum, isLowerBound: Bool)? {
    guard let report = self.indicator(indicator.id), let datum = report.overall,
      let value = report.overallNumber
    else { return nil }
    return (value, datum, report.isLowerBound)
  }
}

extension Datum.Value {
  /// The number of a number value; nil for any other shape.
  public var asNumber: Double? {
    if case .number(let value) = self { return value }
    return nil
  }

  /// The answer of a yes/no value; nil for any other shape.
  public var asFlag: Bool? {
    if case .flag(let value) = self { return value }
    return nil
  }
}

extension IndicatorReport {
  /// The overall number reported, if the report has one.
  public var overallNumber: Double? { overall?.value.asNumber }
}
