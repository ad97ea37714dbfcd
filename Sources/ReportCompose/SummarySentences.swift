import ReportKernel

/// The executive summary's sentences, generated from the data: what the report covers and who
/// submitted; where the indicators stand, area by area; the largest changes; what the fora did;
/// the gaps. Each function returns one paragraph.
enum SummarySentences {
  /// Coverage: the period, the fora, who submitted late or in draft, the comparison.
  static func coverage(_ scope: BuildScope) -> String {
    let period = Prose.period(scope.period)
    let names = scope.forums.map { scope.acronym($0.descriptor.id) }
    var text: String
    if let forum = scope.forums.first, scope.isSection {
      text =
        "This section presents the contribution of the \(forum.descriptor.name)"
        + " (\(scope.acronym(forum.descriptor.id))) to the Strategy for \(period)."
    } else {
      text =
        "This report consolidates the contributions of the APEC fora that lead work under"
        + " the Strategy — \(Prose.list(names)) — for \(period)."
      text += received(scope)
    }
    let drafts = scope.forums.filter { $0.timeliness == .draft }.map {
      scope.acronym($0.descriptor.id)
    }
    if !drafts.isEmpty {
      // "All 5 fora sent their contributions; TEL's is still a draft, so …": a draft was
      // sent, not submitted, and the sentence says so without contradicting the status.
      let whose = Prose.list(drafts.map { "\($0)'s" })
      text +=
        (scope.isSection ? " \(whose) contribution" : "; \(whose)")
        + " \(Prose.agree(drafts.count, "is still a draft", "are still drafts")),"
        + " so this report is a draft too."
    } else if !scope.isSection {
      text += "."
    }
    let late = scope.forums.compactMap { forum -> String? in
      guard case .late(let days) = forum.timeliness else { return nil }
      return "\(scope.acronym(forum.descriptor.id))'s arrived"
        + " \(Prose.count(days, "day", "days")) late"
    }
    if !late.isEmpty {
      text += " Submissions were due on \(Prose.date(scope.period.due)); " + Prose.list(late) + "."
    }
    if let previous = scope.previousPeriod {
      text +=
        " Changes are measured against \(previous.title): for counts of economies, the"
        + " difference in counts; for other figures, the change in the total, with the"
        + " like-for-like change beside it where economies entered or left the reporting."
    }
    return text
  }

  /// Who sent a contribution: " All 5 fora sent their contributions", or how many did, then
  /// the fora whose file never arrived and, apart, those whose file arrived but cannot be
  /// read until its errors are fixed.
  static func received(_ scope: BuildScope) -> String {
    let total = scope.forums.count
    let missing = scope.forums.filter { $0.timeliness == .missing }
      .map { scope.acronym($0.descriptor.id) }
    let unreadable = scope.forums.filter { $0.timeliness == .unreadable }
      .map { scope.acronym($0.descriptor.id) }
    let sent = total - missing.count
    var text =
      sent == total
      ? (total == 1
        ? " The forum sent its contribution"
        : total == 2
          ? " Both fora sent their contributions" : " All \(total) fora sent their contributions")
      : " Of the \(total) fora, \(sent) sent"
        + " \(Prose.agree(sent, "its contribution", "their contributions"))"
    let notSent = missing.isEmpty ? nil : "\(Prose.list(missing)) did not"
    let cannotRead =
      unreadable.isEmpty
      ? nil
      : "\(Prose.list(unreadable.map { "\($0)'s" })) cannot be read until"
        + " \(Prose.agree(unreadable.count, "its errors are", "their errors are")) fixed"
    let gaps = missing.count + unreadable.count
    guard gaps > 0 else { return text }
    text += notSent == nil ? ", but " : "; "
    text += [notSent, cannotRead].compactMap { $0 }.joined(separator: " and ")
    text +=
      Prose.agree(gaps, ", and its part of the report is", "; their parts of the report are")
      + " shown as \(Prose.agree(gaps, "a gap", "gaps"))"
    return text
  }

  /// Indicator status overall and per activity area.
  static func status(_ scope: BuildScope) -> String? {
    let results = scope.results.filter { $0.status != .noData || scope.isSection }
    guard !scope.results.isEmpty else { return nil }
    let count = { (status: IndicatorStatus, in: [IndicatorResult]) in
      `in`.filter { $0.status == status }.count
    }
    let target = scope.period.id
    let tracks = scope.isSection ? "tracks" : "track"
    var text = Prose.breakdown(
      of: scope.results.count, "indicator \(who(scope)) \(tracks)",
      "indicators \(who(scope)) \(tracks)",
      [
        (
          count(.onTrack, scope.results), "is on track against its \(target) target",
          "are on track against their \(target) targets"
        ),
        (count(.atRisk, scope.results), "is at risk", "are at risk"),
        (count(.offTrack, scope.results), "is off track", "are off track"),
        (
          count(.notAssessed, scope.results),
          "has no target (reported for information)", "have no target (reported for information)"
        ),
        (count(.noData, scope.results), "has no data for \(target)", "have no data for \(target)"),
      ])
    var areas: [String] = []
    for (area, components) in scope.areas {
      let ids = Set(components.map(\.id))
      let inArea = results.filter { ids.contains($0.definition.component) }
      let assessed = inArea.filter { [.onTrack, .atRisk, .offTrack].contains($0.status) }
      guard !assessed.isEmpty else { continue }
      areas.append(
        "\(area.title) \(count(.onTrack, assessed)) of \(assessed.count)")
    }
    if areas.count > 1 {
      text += " On track, by activity area: " + Prose.list(areas) + "."
    }
    let off = scope.results.filter { $0.status == .offTrack }
    if !off.isEmpty {
      text +=
        " Off track: "
        + Prose.list(
          off.map { "\($0.definition.title.lowercasedFirst) (\(scope.acronym($0.forum)))" }) + "."
    }
    return text
  }

  /// The largest changes on the previous period (up to four, by relative size).
  static func changes(_ scope: BuildScope) -> String? {
    guard let previous = scope.previousPeriod else { return nil }
    let moved = scope.results.compactMap { result -> (IndicatorResult, Double)? in
      guard let change = result.change, change != 0, let before = result.previous, before != 0,
        Prose.value(1, unit: result.definition.unit) != nil
      else { return nil }
      return (result, abs(change / before))
    }
    let largest = moved.sorted { $0.1 > $1.1 }.prefix(4).map(\.0)
    guard !largest.isEmpty else { return nil }
    let phrases = largest.compactMap { result -> String? in
      guard let change = result.change, let actual = result.actual else { return nil }
      let unit = result.definition.unit
      let verb = change > 0 ? "rose" : "fell"
      let by =
        unit == .percentage
        ? Prose.points(change) : Prose.value(abs(change), unit: unit) ?? ""
      let to = Prose.value(actual, unit: unit, lowerBound: result.isLowerBound) ?? ""
      return "\(result.definition.title.lowercasedFirst) \(verb) by \(by) to \(to)"
        + " (\(scope.acronym(result.forum)))"
    }
    return "Against \(previous.title), the largest movements were: "
      + Prose.list(phrases) + "."
  }

  /// Activities, capacity building and funding.
  static func activities(_ scope: BuildScope) -> String? {
    // A joint activity reported by two fora (`same_as`) counts once; capacity building is
    // said as in the capacity-building part (one sentence, ``CapacitySentences``).
    let activities = scope.countedActivities.map(\.activity)
    guard !activities.isEmpty else { return nil }
    let building = activities.filter(\.capacityBuilding)
    let completed = activities.filter { $0.status == .completed }.count
    let joint = activities.filter { !$0.fora.isEmpty }.count
    var text =
      "\(who(scope).capitalisedFirst) reported"
      + " \(Prose.count(activities.count, "activity", "activities"))"
      + Prose.ofThem(completed, of: activities.count, "completed in the year")
    if joint > 0 {
      text +=
        "; " + Prose.agree(activities.count, "it", "\(joint)") + " involved another forum"
    }
    text += "."
    if !building.isEmpty {
      text += " " + CapacitySentences.delivered(building, scope: scope, withFunding: false)
    }
    let apec = activities.compactMap(\.apecFundingUSD).reduce(0, +)
    let co = activities.compactMap(\.coFundingUSD).reduce(0, +)
    if apec > 0 {
      text += " APEC funding for the year's activities came to USD \(Prose.integer(Int(apec)))"
      text += co > 0 ? ", with USD \(Prose.integer(Int(co))) in co-funding" : ""
      text += QualityMarks.amountsQualifier(activities) + "."
    }
    return text
  }

  /// "the fora", or "the SCCP" in a forum's section.
  static func who(_ scope: BuildScope) -> String {
    guard scope.isSection, let forum = scope.forums.first else { return "the fora" }
    return "the \(scope.acronym(forum.descriptor.id))"
  }

  /// Components nobody contributed to.
  static func gaps(_ scope: BuildScope) -> String? {
    let empty = scope.componentsWithoutContribution
    guard !empty.isEmpty else { return nil }
    let unassigned = empty.filter(\.isUnassigned)
    var text =
      "No forum reported on the \(Prose.agree(empty.count, "component", "components")) "
      + Prose.list(empty.map(\.title)) + "."
    if unassigned.count == empty.count {
      text +=
        " The Strategy assigns no lead forum to \(Prose.agree(empty.count, "it", "them"));"
        + " Senior Officials may wish to consider which forum should take"
        + " \(Prose.agree(empty.count, "it", "them")) forward."
    }
    return text
  }
}
