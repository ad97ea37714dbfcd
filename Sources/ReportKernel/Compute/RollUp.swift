/// A figure as measured: a number (or ratio, or text), with qualifiers and provenance.
struct Measurement {
  var number: Double?
  var numerator: Double?
  var denominator: Double?
  var text: String?
  var lowerBound = false
  var economies = 0
  /// How far the figure can be trusted.
  var quality = Quality.reported
  /// For membership: the economies counted (yes, or named in a list), as given; made a set
  /// only when a change is computed from them.
  var members: [String]?
  var provenance: [SourceLocation] = []
  var notes: [String] = []
  var details: [String] = []

  init() {}

  init(value: Datum.Value, lowerBound: Bool) {
    self.lowerBound = lowerBound
    switch value {
    case .number(let number): self.number = number
    case .ratio(let numerator, let denominator):
      self.numerator = numerator
      self.denominator = denominator
      number = denominator > 0 ? ExactFigures.quotient(numerator, denominator) : nil
    case .flag(let flag): number = flag ? 1 : 0
    case .date(let date): text = date.description
    case .economies(let codes):
      number = Double(codes.count)
      members = codes
    case .text(let value): text = value
    }
  }
}

/// Combines per-economy values into the overall figure by the indicator's roll-up rule.
enum RollUp {
  static func measure(
    _ definition: IndicatorDefinition, _ report: IndicatorReport, only: EconomyCodeSet?
  ) -> Measurement {
    if let overall = report.overall {
      var measurement = Measurement(value: overall.value, lowerBound: report.isLowerBound)
      measurement.provenance = [overall.location]
      measurement.quality = report.quality
      if let comment = report.comment { measurement.notes.append(comment) }
      return measurement
    }
    let values = report.byEconomy
    var measurement = Measurement()
    measurement.lowerBound = report.isLowerBound
    measurement.quality = report.quality
    if let comment = report.comment { measurement.notes.append(comment) }
    // One pass over the values (of the economies in `only`, when given), in the values' order:
    // no copy of the values is made, filtered or not.
    let rule = definition.rollUp
    let semantics = definition.unit.semantics
    var provenance: [SourceLocation] = []
    provenance.reserveCapacity(values.count)
    var total = 0.0
    var denominator = 0.0
    var counted: [String] = []
    var latest: CalendarDate?
    for entry in values {
      if let only, !only.contains(entry.economy) { continue }
      provenance.append(entry.datum.location)
      switch rule {
      case .sum:
        if case .number(let number) = entry.datum.value { total += number }
      case .ratio:
        if case .ratio(let top, let bottom) = entry.datum.value {
          total += top
          denominator += bottom
        }
      case .countYes:
        if semantics.answersYes(entry.datum.value) { counted.append(entry.economy) }
      case .latest:
        if case .date(let date) = entry.datum.value, latest.map({ date > $0 }) ?? true {
          latest = date
        }
      case .none:
        break
      }
    }
    measurement.economies = provenance.count
    measurement.provenance = provenance
    switch rule {
    case .sum:
      measurement.number = total
    case .ratio:
      measurement.numerator = total
      measurement.denominator = denominator
      measurement.number = denominator > 0 ? ExactFigures.quotient(total, denominator) : nil
    case .countYes:
      measurement.members = counted
      measurement.number = Double(counted.count)
    case .latest:
      measurement.text = latest?.description
    case .none:
      measurement.text = Wording.count(
        provenance.count, "economy reported", "economies reported")
    }
    return measurement
  }
}
