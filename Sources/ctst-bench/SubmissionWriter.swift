import ReportKernel

/// Writes one forum's submission for one period as YAML text, in the layout forum leads use
/// (block mappings, one economy per line), with the values the plan assigns to it.
struct SubmissionWriter {
  /// The workspace plan.
  let plan: WorkspacePlan
  /// The value source.
  let synth: ValueSynth
  /// The strategy's pillar ids.
  let pillars: [String]
  /// The strategy's partner organisation ids.
  let partners: [String]
  /// Every forum id.
  let forumIDs: [String]
  /// The workspace seed.
  let seed: UInt64

  /// The submission of `forum` for the period of `year`, holding the values the plan gives
  /// it and `activities` activities.
  func text(forum: ForumDescriptor, year: Int, activities count: Int) -> String {
    var out = ""
    out.reserveCapacity(64 * 1024)
    out += "# Synthetic submission written by ctst-bench (seed \(seed)); not real data.\n"
    out += "forum: \(forum.id)\nperiod: \"\(year)\"\nstatus: submitted\n"
    out += "submitted_on: \(ValueSynth.iso(year + 1, 1, 10 + Int(seed % 15)))\n"
    out += "contact: {name: \"Forum lead (synthetic)\","
    out += " email: \"\(forum.id.lowercased())-lead@example.org\"}\n\n"
    out += "narrative:\n"
    for component in forum.components {
      out += "  \(component): |\n"
      out += "    Synthetic narrative of \(forum.id) on \(component) for \(year), written by\n"
      out += "    ctst-bench to give the report the size of a real one.\n"
    }
    var rng = SplitMix64(seed: seed ^ SplitMix64.hash("\(forum.id)/\(year)"))
    let activities = (0..<count).map { activity(forum: forum, year: year, index: $0, &rng) }
    out += "\nindicators:\n"
    writeIndicators(forum: forum, year: year, activities: count, into: &out)
    out += "\nactivities:\n"
    if activities.isEmpty { out += "  []\n" }
    for item in activities { out += item }
    out += "\nagenda:\n  priorities:\n"
    out += "    - \"Keep the \(forum.id) programme on track in \(year + 1).\"\n"
    out += "    - \"Extend the programme to more economies.\"\n"
    if let other = forumIDs.first(where: { $0 != forum.id }) {
      out += "  cross_fora:\n    - with: [\(other)]\n"
      out += "      theme: \"Joint work of \(forum.id) and \(other).\"\n"
    }
    return out
  }

  private func writeIndicators(
    forum: ForumDescriptor, year: Int, activities: Int, into out: inout String
  ) {
    let (overallCount, perEconomyCounts) = plan.economiesPerIndicator(
      values: plan.valuesByYear[year] ?? 0)
    let end = ValueSynth.iso(year, 12, 31)
    for (index, entry) in plan.overall.enumerated()
    where entry.forum == forum.id && index < overallCount {
      let definition = entry.definition
      out += "  \(definition.id):\n"
      out += overallValue(definition, year: year, activities: activities)
      out += "    source: forum_record\n    as_of: \(end)\n"
    }
    for (index, entry) in plan.perEconomy.enumerated() where entry.forum == forum.id {
      let definition = entry.definition
      let economies = perEconomyCounts[index]
      guard economies > 0 else { continue }
      out += "  \(definition.id):\n    by_economy:\n"
      for economy in 0..<economies {
        out += "      \(plan.economies[economy]): "
        out += economyValue(definition, economy: economy, year: year)
        out += "\n"
      }
      out += "    source: self_reported\n    as_of: \(end)\n"
    }
  }

  private func overallValue(
    _ definition: IndicatorDefinition, year: Int, activities: Int
  ) -> String {
    let id = definition.id
    switch definition.unit {
    case .count:
      return "    value: \(synth.overallCount(id, year, activities: activities))\n"
    case .usd:
      return "    value: \(synth.overallCount(id, year, activities: activities) * 1000)\n"
    case .economies:
      return "    value: \(synth.overallEconomies(id, year))\n"
    case .percentage:
      let denominator = synth.overallCount(id, year, activities: activities)
      let numerator = synth.draw.below(denominator + 1, id, year, 7)
      return "    numerator: \(numerator)\n    denominator: \(denominator)\n"
    case .yesNo:
      return "    value: \(synth.flag(id, 0, year) ? "yes" : "no")\n"
    case .date:
      return "    value: \(synth.date(id, 0, year))\n"
    case .economyList:
      return "    value: [\(synth.partners(id, 0, year).joined(separator: ", "))]\n"
    case .qualitative:
      return "    value: \"Synthetic assessment for \(year).\"\n"
    }
  }

  private func economyValue(_ definition: IndicatorDefinition, economy: Int, year: Int) -> String {
    let id = definition.id
    switch definition.unit {
    case .economies, .yesNo:
      return synth.flag(id, economy, year) ? "yes" : "no"
    case .count:
      return String(synth.count(id, economy, year))
    case .usd:
      return String(synth.count(id, economy, year) * 1000)
    case .percentage:
      let denominator = 1 + synth.count(id, economy, year)
      let numerator = synth.draw.below(denominator + 1, id, economy, UInt64(year))
      return "{numerator: \(numerator), denominator: \(denominator)}"
    case .date:
      return synth.date(id, economy, year)
    case .economyList:
      return "[\(synth.partners(id, economy, year).joined(separator: ", "))]"
    case .qualitative:
      return "\"Synthetic assessment for \(year).\""
    }
  }

  /// One activity as a YAML list item: inside the period, tagged as the forum's checks expect
  /// (a transport mode for TPTWG; no `food_defense` tag, which would tie it to CTTF's
  /// per-economy Food Defense answers).
  private func activity(
    forum: ForumDescriptor, year: Int, index: Int, _ rng: inout SplitMix64
  ) -> String {
    let economies = plan.economies
    let number = index + 1
    let padded = String(repeating: "0", count: max(0, 4 - String(number).count)) + "\(number)"
    var out = "  - id: \(forum.id)-\(year)-\(padded)\n"
    out += "    title: \"\(forum.id) synthetic activity \(number) of \(year)\"\n"
    let component = forum.components[rng.below(forum.components.count)]
    out += "    component: \(component)\n"
    let firstPillar = rng.below(pillars.count)
    var chosenPillars = [pillars[firstPillar]]
    if rng.chance(40), pillars.count > 1 {
      chosenPillars.append(pillars[(firstPillar + 1) % pillars.count])
    }
    out += "    pillars: [\(chosenPillars.joined(separator: ", "))]\n"
    let statuses = ["completed", "completed", "ongoing", "planned", "delayed"]
    out += "    status: \(statuses[rng.below(statuses.count)])\n"
    var taking: [String] = []
    for _ in 0..<(2 + rng.below(4)) {
      let code = economies[rng.below(economies.count)]
      if !taking.contains(code) { taking.append(code) }
    }
    out += "    economies: [\(taking.joined(separator: ", "))]\n"
    if rng.chance(30) {
      out += "    beneficiaries: [\(taking.prefix(1 + rng.below(2)).joined(separator: ", "))]\n"
      out += "    capacity_building: true\n"
    }
    if !partners.isEmpty, rng.chance(50) {
      out += "    partners: [\(partners[rng.below(partners.count)])]\n"
    }
    let others = forumIDs.filter { $0 != forum.id }
    if !others.isEmpty, rng.chance(30) {
      out += "    fora: [\(others[rng.below(others.count)])]\n"
    }
    let tags = forum.activityTags.filter { $0 != "food_defense" }
    if !tags.isEmpty {
      out += "    tags: [\(tags[rng.below(tags.count)])]\n"
    }
    let startDay = rng.below(330)
    let start = Self.date(year: year, dayOfYear: startDay)
    let end = Self.date(year: year, dayOfYear: startDay + rng.below(5))
    out += "    start: \(start)\n    end: \(end)\n"
    let apec = 10_000 * (1 + rng.below(20))
    out += "    funding: {apec_usd: \(apec), co_funding_usd: \(apec / 4)}\n"
    out += "    summary: \"Synthetic activity \(number) of \(forum.id) in \(year).\"\n"
    return out
  }

  /// The date `dayOfYear` days (0-based, below 365) after 1 January of `year`.
  static func date(year: Int, dayOfYear: Int) -> String {
    var day = dayOfYear
    for month in 1...12 {
      let length = CalendarDate.daysIn(month: month, year: year)
      if day < length { return ValueSynth.iso(year, month, day + 1) }
      day -= length
    }
    return ValueSynth.iso(year, 12, 31)
  }
}
