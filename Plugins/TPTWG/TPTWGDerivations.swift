import ReportKernel

/// TPTWG's derived figures: the share of ISPS port facilities with an approved security plan
/// and the number of transport modes its activities cover.
enum TPTWGDerivations {
  /// Every derived value the submission supports.
  static func run(_ input: ForumInput) -> [DerivedValue] {
    [planShare(input), modesCovered(input)].compactMap { $0 }
  }

  /// One economy's port facility counts.
  struct PlanRow {
    let code: String
    let plans: Double
    let facilities: Double
    let plansDatum: Datum
    let facilitiesDatum: Datum

    /// Approved plans over facilities; nil without facilities.
    var share: Double? { facilities > 0 ? plans / facilities : nil }
  }

  /// The economies that reported both counts, in the order their plans were written.
  static func planRows(_ submission: Submission) -> [PlanRow] {
    guard let approved = submission.indicator(TPTWGIndicators.plansApproved),
      let facilities = submission.indicator(TPTWGIndicators.portFacilities)
    else { return [] }
    return approved.byEconomy.compactMap { code, datum in
      guard let plans = datum.value.asNumber, let facilityDatum = facilities.value(for: code),
        let total = facilityDatum.value.asNumber
      else { return nil }
      return PlanRow(
        code: code, plans: plans, facilities: total, plansDatum: datum,
        facilitiesDatum: facilityDatum)
    }
  }

  /// Approved plans over ISPS port facilities, summed over economies that reported both.
  static func planShare(_ input: ForumInput) -> DerivedValue? {
    let rows = planRows(input.submission)
    let plans = rows.reduce(0) { $0 + $1.plans }
    let total = rows.reduce(0) { $0 + $1.facilities }
    guard total > 0 else { return nil }
    // A like-for-like comparison shows the figure only, not the economies to follow up.
    let details = input.figuresOnly ? [] : planShareDetails(rows, input: input)
    let approvedReport = input.submission.indicator(TPTWGIndicators.plansApproved)
    let facilityReport = input.submission.indicator(TPTWGIndicators.portFacilities)
    return DerivedValue(
      indicator: TPTWGIndicators.planShare.id,
      value: .ratio(numerator: plans, denominator: total),
      isLowerBound: approvedReport?.isLowerBound == true && facilityReport?.isLowerBound != true,
      provenance: rows.flatMap { [$0.plansDatum.location, $0.facilitiesDatum.location] },
      explanation: "\(NumberText.plain(plans)) of \(NumberText.plain(total)) ISPS port facilities"
        + " (\(NumberText.percent(plans / total))) have an approved Port Facility Security Plan, summed"
        + " over the \(Wording.count(rows.count, "economy that", "economies that")) reported both"
        + " counts.",
      details: details)
  }

  /// The economies behind the plan share to follow up: plans short of facilities, plans that
  /// fell, support received with no counts reported.
  static func planShareDetails(_ rows: [PlanRow], input: ForumInput) -> [String] {
    let names = input.economies
    var details = rows.filter { $0.plans < $0.facilities }
      .sorted { ($0.share ?? 0, $0.code) < ($1.share ?? 0, $1.code) }
      .map { row in
        "\(names.name(row.code)): \(NumberText.plain(row.plans)) of \(NumberText.plain(row.facilities)) port"
          + " facilities have an approved plan; \(NumberText.plain(row.facilities - row.plans))"
          + " still need one"
      }
    details += declines(rows, input: input)
    let supported = input.submission.indicator(TPTWGIndicators.ispsSupport)?.byEconomy ?? []
    let reported = Set(rows.map(\.code))
    for (code, datum) in supported where datum.value == .flag(true) && !reported.contains(code) {
      details.append(
        "\(names.name(code)) received ISPS Code implementation support but reported no port"
          + " facility counts; ask for them so the support's effect can be seen")
    }
    return details
  }

  /// Economies whose approved plans fell since the previous period.
  static func declines(_ rows: [PlanRow], input: ForumInput) -> [String] {
    guard let previous = input.previous else { return [] }
    let earlier = Dictionary(
      planRows(previous).map { ($0.code, $0.plans) }, uniquingKeysWith: { first, _ in first })
    let label = input.previousPeriod?.title ?? previous.period
    return rows.compactMap { row in
      guard let before = earlier[row.code], row.plans < before else { return nil }
      return "\(input.economies.name(row.code)): approved plans fell from"
        + " \(NumberText.plain(before)) in \(label) to \(NumberText.plain(row.plans)); check for lapsed plans"
    }
  }

  /// How many of air, sea and land have an activity that is not cancelled.
  static func modesCovered(_ input: ForumInput) -> DerivedValue {
    let activities = input.submission.activities
    let coverage = TransportMode.coverage(of: activities)
    let covered = TransportMode.allCases.filter { !coverage[$0, default: []].isEmpty }
    let missing = TransportMode.allCases.filter { !covered.contains($0) }
    let earlier = input.previous.map { TransportMode.coverage(of: $0.activities) } ?? [:]
    let previousLabel = input.previousPeriod?.title ?? input.previous?.period ?? ""
    let details = missing.map { mode in
      var line = "\(mode.title): no activity in \(input.period.title)"
      let cancelled = activities.filter {
        $0.status == .cancelled && TransportMode.modes(of: $0).contains(mode)
      }
      if !cancelled.isEmpty {
        line += " (cancelled: \(cancelled.map(\.id).joined(separator: ", ")))"
      }
      if let before = earlier[mode], !before.isEmpty {
        line += "; covered in \(previousLabel) by \(before.map(\.id).joined(separator: ", "))"
      }
      return line + "; plan work through the \(mode.expertGroup)"
    }
    let used = covered.flatMap { coverage[$0, default: []] }.map(\.location)
    let provenance = Array(Set(used)).sorted()
    let list = covered.map(\.rawValue).joined(separator: ", ")
    let verb = missing.count == 1 ? "has" : "have"
    let gap =
      missing.isEmpty
      ? "every mode is covered"
      : "\(missing.map(\.rawValue).joined(separator: " and ")) \(verb) none"
    return DerivedValue(
      indicator: TPTWGIndicators.modesCovered.id,
      value: .number(Double(covered.count)),
      provenance: provenance.isEmpty ? [SourceLocation(file: input.submission.file)] : provenance,
      explanation: "\(covered.count) of 3 transport modes"
        + (covered.isEmpty ? "" : " (\(list))")
        + " have at least one TPTWG activity that is not cancelled in \(input.period.title);"
        + " \(gap).",
      details: details)
  }
}
