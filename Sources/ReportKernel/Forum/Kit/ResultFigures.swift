extension Array where Element == IndicatorResult {
  /// The result of `indicator`, if the kernel computed one.
  public func result(_ indicator: IndicatorDefinition) -> IndicatorResult? {
    first { $0.definition.id == indicator.id }
  }

  /// A headline figure for `indicator`'s computed value: a percentage for a share, otherwise
  /// the number, shown as a lower bound ("≥") when it is one and marked when it is
  /// illustrative or an estimate (``CellMark``); nil when there is no value. `label` defaults
  /// to the indicator's title; `context` is the line under the figure, given the result.
  ///
  /// Every indicator is said once in the report's body: a forum's subsection on a component
  /// opens with its indicator table, so a figure of an indicator of that component is left out
  /// there (``KeyFigure/indicator`` names it). Use a key figure for what the table does not
  /// show; what a reader needs to read a tabled figure belongs in the indicator's
  /// ``IndicatorDefinition/note``, shown under the table.
  public func keyFigure(
    _ indicator: IndicatorDefinition, label: String? = nil,
    context: (IndicatorResult) -> String? = { _ in nil }
  ) -> KeyFigure? {
    guard let result = result(indicator), let actual = result.actual else { return nil }
    let value: ReportCell =
      indicator.unit == .percentage
      ? .percent(actual, lowerBound: result.isLowerBound)
      : .number(actual, lowerBound: result.isLowerBound)
    return KeyFigure(
      label: label ?? indicator.title, value: value.marked(result.quality),
      context: context(result), indicator: indicator.id)
  }
}
