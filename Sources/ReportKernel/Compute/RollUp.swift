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
    let entries =
      only.map { only in report.byEconomy.filter { only.contains($0.economy) } }
      ?? report.byEconomy
    var measurement = Measurement()
    measurement.lowerBound = report.isLowerBound
    measurement.quality = report.quality
    measurement.economies = entries.count
    measurement.provenance = entries.map(\.datum.location)
    if let comment = report.comment { measurement.notes.append(comment) }
    // Each rule reads the values in place, one pass in the entries' order.
    switch definition.rollUp {
    case .sum:
      var total = 0.0
      for entry in entries {
        if case .number(let number) = entry.datum.value { total += number }
      }
      measurement.number = total
    case .ratio:
      var numerator = 0.0
      var denominator = 0.0
      for entry in entries {
        if case .ratio(let top, let bottom) = entry.datum.value {
          numerator += top
          denominator += bottom
        }
      }
      measurement.numerator = numerator
      measurement.denominator = denominator
      measurement.number = denominator > 0 ? ExactFigures.quotient(numerator, denominator) : nil
    case .countYes:
      let semantics = definition.unit.semantics
      var counted: [String] = []
      for entry in entries where semantics.answersYes(entry.datum.value) {
        counted.append(entry.economy)
      }
      measurement.members = counted
      measurement.number = Double(counted.count)
    case .latest:
      var latest: CalendarDate?
      for entry in entries {
        if case .date(let date) = entry.datum.value, latest.map({ date > $0 }) ?? true {
          latest = date
        }
      }
      measurement.text = latest?.description
    case .none:
      measurement.text = Wording.count(entries.count, "economy reported", "economies reported")
    }
    return measurement
  }
}
