import ReportKernel

/// Where each economy's Counter-Terrorism Action Plan stands against the two-year update cycle
/// (economies update their CTAPs every two years since the 5th CTWG meeting, SOM2 2015).
struct CTAPCycle {
  /// How an economy's plan stands at the period's end.
  enum Standing: Equatable {
    /// Updated on or after the cut-off.
    case current(CalendarDate)
    /// Last updated before the cut-off; the update was due two years after it.
    case overdue(lastUpdated: CalendarDate, due: CalendarDate)
    /// No date reported.
    case notReported
  }

  /// One economy's plan.
  struct Entry {
    /// The economy code.
    let code: String
    /// The economy's display name.
    let name: String
    /// Where its plan stands.
    let standing: Standing
    /// Where its date was written, if it was.
    let location: SourceLocation?
  }

  /// Years between CTAP updates.
  static let cycleYears = 2

  /// The earliest update that still counts as current: two years before the period's end.
  let cutoff: CalendarDate
  /// The period's end.
  let periodEnd: CalendarDate
  /// Every member economy, in APEC order by name.
  let entries: [Entry]
  /// Where the indicator was reported.
  let reportLocation: SourceLocation

  /// The cycle for `input`, or nil when the submission reports no CTAP dates.
  init?(_ input: ForumInput) {
    guard let report = input.submission.indicator(CTTFIndicators.ctapLastUpdated),
      !report.isEmpty
    else { return nil }
    let cutoff = input.period.end.adding(years: -Self.cycleYears)
    self.cutoff = cutoff
    periodEnd = input.period.end
    reportLocation = report.location
    entries = input.economies.codes.map { code in
      let name = input.economies.name(code)
      guard let datum = report.value(for: code), case .date(let date) = datum.value else {
        return Entry(code: code, name: name, standing: .notReported, location: nil)
      }
      let standing: Standing =
        date >= cutoff
        ? .current(date) : .overdue(lastUpdated: date, due: date.adding(years: Self.cycleYears))
      return Entry(code: code, name: name, standing: standing, location: datum.location)
    }
  }

  /// Economies whose plan is current.
  var current: [Entry] {
    entries.filter { if case .current = $0.standing { true } else { false } }
  }

  /// Economies whose plan is overdue, longest overdue first, then those with no date.
  var behind: [Entry] {
    let overdue = entries.compactMap { entry -> (entry: Entry, last: CalendarDate)? in
      guard case .overdue(let last, _) = entry.standing else { return nil }
      return (entry, last)
    }
    let missing = entries.filter { $0.standing == .notReported }
    return overdue.sorted { ($0.last, $0.entry.code) < ($1.last, $1.entry.code) }.map(\.entry)
      + missing
  }

  /// One line per economy that is behind, for a reader to act on.
  var behindDetails: [String] {
    behind.map { entry in
      switch entry.standing {
      case .overdue(let last, let due):
        "\(entry.name): last updated \(last.prose), update was due by \(due.prose)"
      case .notReported: "\(entry.name): no CTAP update date reported"
      case .current: entry.name
      }
    }
  }
}

/// The CTTF's derived figures.
enum CTTFDerivations {
  /// Every derived value the submission supports.
  static func run(_ input: ForumInput) -> [DerivedValue] {
    guard let cycle = CTAPCycle(input) else { return [] }
    let total = cycle.entries.count
    let current = cycle.current
    let behind = cycle.behind
    let missing = behind.filter { $0.standing == .notReported }.count
    let reported = cycle.entries.compactMap(\.location)
    // One list for both figures, left out when only the figures are wanted.
    let details = input.figuresOnly ? [] : cycle.behindDetails
    let share = DerivedValue(
      indicator: CTTFIndicators.ctapCurrentShare.id,
      value: .ratio(numerator: Double(current.count), denominator: Double(total)),
      provenance: reported.isEmpty ? [cycle.reportLocation] : reported,
      explanation: "\(current.count) of \(total) economies last updated their CTAP on or after"
        + " \(cycle.cutoff.prose), within two years of the period's end (\(cycle.periodEnd.prose)).",
      details: details)
    let behindLocations = behind.compactMap(\.location)
    let overdue = DerivedValue(
      indicator: CTTFIndicators.ctapOverdue.id, value: .number(Double(behind.count)),
      provenance: behindLocations + (missing > 0 ? [cycle.reportLocation] : []),
      explanation: Self.behindExplanation(
        overdue: behind.count - missing, missing: missing, total: total, cutoff: cycle.cutoff),
      details: details)
    return [share, overdue]
  }

  /// "5 economies last updated their CTAP before 31 December 2024 and 1 reported no update
  /// date, so 6 of 21 are behind the two-year cycle."; a part counting none is left out.
  static func behindExplanation(overdue: Int, missing: Int, total: Int, cutoff: CalendarDate)
    -> String
  {
    let behind = overdue + missing
    guard behind > 0 else { return "No economy is behind the two-year cycle." }
    var parts: [String] = []
    if overdue > 0 {
      parts.append(
        Wording.count(overdue, "economy", "economies") + " last updated"
          + " \(Wording.agree(overdue, "its", "their")) CTAP before \(cutoff.prose)")
    }
    if missing > 0 { parts.append("\(missing) reported no update date") }
    return parts.joined(separator: " and ")
      + ", so \(behind) of \(total) \(Wording.agree(behind, "is", "are")) behind the two-year cycle."
  }
}
