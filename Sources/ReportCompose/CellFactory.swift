import ReportKernel

/// Turns indicator figures into typed cells: numbers stay numbers, shares are percent cells,
/// dollars are USD cells, dates are date cells; only text is text.
enum CellFactory {
  /// The cell for a figure `value` of an indicator with `definition`.
  static func value(
    _ value: Double?, _ definition: IndicatorDefinition, lowerBound: Bool = false
  ) -> ReportCell {
    guard let value else { return .empty }
    return definition.unit.semantics.cell(
      value, breakdown: definition.breakdown, lowerBound: lowerBound)
  }

  /// The cell for a result's actual: its number, or its date or text, marked when it is
  /// illustrative or an estimate; "Withheld §" when its value failed validation, and the
  /// figure marked § when part of the values behind it did.
  static func actual(_ result: IndicatorResult) -> ReportCell {
    let cell = plainActual(result)
    guard result.withheld.isEmpty else {
      return cell == .empty ? ReportCell.text("Withheld").marked(.withheld) : cell.marked(.withheld)
    }
    return cell.marked(result.quality)
  }

  /// A result's baseline, marked by its quality.
  static func baseline(_ result: IndicatorResult) -> ReportCell {
    value(result.baseline, result.definition).marked(result.baselineQuality)
  }

  /// A result's target, marked by its quality.
  static func target(_ result: IndicatorResult) -> ReportCell {
    value(result.target, result.definition).marked(result.targetQuality)
  }

  /// A result's previous-period actual, marked by its quality.
  static func previous(_ result: IndicatorResult) -> ReportCell {
    value(result.previous, result.definition).marked(result.previousQuality)
  }

  private static func plainActual(_ result: IndicatorResult) -> ReportCell {
    if result.actual != nil {
      return value(result.actual, result.definition, lowerBound: result.isLowerBound)
    }
    guard let text = result.textValue else { return .empty }
    if let date = CalendarDate(iso: text) { return .date(date) }
    return .text(text)
  }

  /// The cell for the change between periods by the indicator's kind: counts and totals as
  /// signed numbers (`+2`, `-4`; a lower bound when computed from one), percentages in
  /// percentage points (`+19.0 pp`).
  static func change(_ result: IndicatorResult) -> ReportCell {
    changeCell(result.change, result, lowerBound: result.isChangeLowerBound)
  }

  /// The like-for-like change, where economies entered or left the reporting.
  static func likeForLike(_ result: IndicatorResult) -> ReportCell {
    changeCell(result.likeForLikeChange, result, lowerBound: result.isChangeLowerBound)
  }

  private static func changeCell(
    _ change: Double?, _ result: IndicatorResult, lowerBound: Bool
  ) -> ReportCell {
    guard let change else { return .empty }
    let definition = result.definition
    return definition.unit.semantics.changeCell(
      change, breakdown: definition.breakdown, lowerBound: lowerBound
    ).signedChange
  }

  /// The progress cell (a share of the way from baseline to target): a lower bound ("≥") when
  /// the actual is one and higher is better, as the true figure can only be further along.
  static func progress(_ result: IndicatorResult) -> ReportCell {
    let lowerBound = result.isLowerBound && result.definition.direction == .higher
    return result.progress.map { .percent($0, lowerBound: lowerBound) } ?? .empty
  }

  /// A baseline's period as a year cell when it is a year (`2021`), else its text; empty when
  /// there is none. A year is a number, never a number stored as text.
  static func year(_ period: String?) -> ReportCell {
    guard let period, !period.isEmpty else { return .empty }
    guard period.count == 4, period.allSatisfy(\.isASCII), let year = Int(period) else {
      return .text(period)
    }
    return .year(year)
  }

  /// An optional text: the text, or empty.
  static func text(_ text: String?) -> ReportCell {
    guard let text, !text.isEmpty else { return .empty }
    return .text(text)
  }

  /// An optional date.
  static func date(_ date: CalendarDate?) -> ReportCell { date.map { .date($0) } ?? .empty }

  /// An optional amount in USD.
  static func usd(_ amount: Double?) -> ReportCell { amount.map { .usd($0) } ?? .empty }

  /// The short unit label of an indicator ("count", "%", "USD").
  static func unitLabel(_ unit: IndicatorDefinition.Unit) -> String {
    unit.semantics.label
  }

  /// The first place behind a result, as "file:line".
  static func provenance(_ result: IndicatorResult) -> String {
    guard let first = result.provenance.first else { return "" }
    let place = first.line > 0 ? "\(first.file):\(first.line)" : first.file
    let more = result.provenance.count - 1
    return more > 0 ? "\(place) (+\(more) more)" : place
  }
}

extension ReportTable {
  /// True when any cell is a lower-bound number or share.
  var hasLowerBound: Bool {
    rows.contains { row in
      row.contains { cell in
        switch cell.unmarked {
        case .number(_, true), .percent(_, true), .signed(.number(_, true)): return true
        default: return false
        }
      }
    }
  }
}

/// Notes shared by tables.
enum TableNotes {
  /// Explains the "≥" mark.
  static let lowerBound =
    "≥ marks a lower bound (a figure reported as \"more than\", or computed from one): the true"
    + " figure is at least the value shown."

  /// What counts of economies are out of.
  static func economies(_ members: Int) -> String {
    "Counts of economies are out of the \(members) member economies."
  }

  /// Explains the like-for-like column, in every table that has one.
  static let likeForLike =
    "\(BuildScope.likeForLikeTitle): the change over only the economies reporting in both"
    + " periods; the economies that entered or left are named below."

  /// True for the notes every table they apply to keeps (its marks, its like-for-like column);
  /// the editing pass says other notes once per document.
  static func isPerTable(_ note: String) -> Bool {
    note == likeForLike || QualityMarks.isMarkNote(note)
  }
}
