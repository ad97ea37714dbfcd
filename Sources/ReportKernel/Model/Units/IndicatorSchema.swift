extension IndicatorDefinition {
  /// The schema of this indicator's entry under `indicators:` in a submission, from its
  /// unit: the value keys of one overall figure or `by_economy` (keyed by `economies`, the
  /// valid economy codes), and `source`, `as_of`, `comment`, `quality`, and `lower_bound` where the unit
  /// allows it. A blank entry (null) is allowed while drafting.
  public func submissionSchema(economies: [String]) -> JSONSchema {
    let semantics = unit.semantics
    var properties: [JSONSchema.Property] = []
    if breakdown == .overall || semantics.allowsOverallWhenPerEconomy {
      properties += semantics.overallSchema(economies: economies)
    }
    if breakdown == .byEconomy {
      let value = semantics.valueSchema(perEconomy: true, economies: economies)
      properties.append(
        .init(
          "by_economy",
          // A blank entry (the template lists every economy) is allowed while drafting.
          JSONSchema.keyedBy(keys: economies, values: .anyOf([value, .null]))
            .describing("one value per economy, keyed by economy code")))
    }
    properties += [
      .init(
        "source",
        JSONSchema.enumeration(SourceType.allCases.map(\.rawValue))
          .describing("where the figure comes from")),
      .init("as_of", JSONSchema.date.describing("the date the figure refers to (YYYY-MM-DD)")),
    ]
    if semantics.allowsLowerBound {
      properties.append(
        .init(
          "lower_bound", JSONSchema.yesNo.describing("yes when the true figure is at least this")))
    }
    properties.append(
      .init(
        "comment", JSONSchema.string(format: nil, pattern: nil).describing("a note on the figure")))
    properties.append(
      .init(
        "quality",
        JSONSchema.enumeration(Quality.allCases.map(\.rawValue))
          .describing("reported (default), estimate, or illustrative (an invented figure)")))
    let entry = JSONSchema.object(properties: properties, required: [], additional: nil)
    return JSONSchema.anyOf([entry, .null])
      .describing("\(title) (\(semantics.label)): \(summary)")
  }
}
