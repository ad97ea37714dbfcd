import ReportKernel

/// Progress by pillar (Security, Efficiency, Resilience): for each pillar, the activities and
/// indicators tagged with it, in sentences from ``PillarSentences``.
enum PillarPart {
  /// The pillar part; nil when the strategy defines no pillars.
  static func build(_ scope: BuildScope) -> ReportPart? {
    guard !scope.strategy.pillars.isEmpty else { return nil }
    let sections = scope.strategy.pillars.map { pillar in
      // A joint activity reported by two fora (`same_as`) counts once, as everywhere else.
      let activities = scope.countedActivities.filter { $0.activity.pillars.contains(pillar.id) }
      let results = scope.results.filter { $0.definition.pillars.contains(pillar.id) }
      return ReportSection(
        id: "pillar.\(pillar.id)", title: pillar.title,
        blocks: [
          .paragraph(
            text: PillarSentences.paragraph(
              pillar, activities: activities, results: results, scope: scope),
            attribution: nil, source: nil)
        ])
    }
    return ReportPart(
      id: "pillars", title: "Progress by pillar",
      blocks: [
        .paragraph(
          text: "Each activity and indicator is tagged with the pillars it serves; an activity"
            + " may serve more than one.", attribution: nil, source: nil)
      ], sections: sections)
  }
}

/// The sentences of one pillar's paragraph.
enum PillarSentences {
  /// "To prevent … Fourteen activities served this pillar …".
  static func paragraph(
    _ pillar: Strategy.Pillar, activities: [(forum: ForumAnalysis, activity: Activity)],
    results: [IndicatorResult], scope: BuildScope
  ) -> String {
    var text = pillar.description.trimmingWhitespace
    if !text.isEmpty, !text.hasSuffix(".") { text += "." }
    if activities.isEmpty {
      text += " No activity reported for \(scope.period.id) was tagged with this pillar."
    } else {
      let fora = orderedUnique(activities.map { scope.acronym($0.forum.descriptor.id) })
      let completed = activities.filter { $0.activity.status == .completed }.count
      if let only = activities.first, activities.count == 1 {
        let status = only.activity.status
        text +=
          " One activity served it: “\(only.activity.title)”"
          + " (\(scope.acronym(only.forum.descriptor.id))),"
          + (status == .completed ? " completed in the year." : " \(status.rawValue).")
      } else {
        text +=
          " \(Prose.count(activities.count, "activity", "activities")) by"
          + " \(Prose.list(fora)) served it"
          + Prose.ofThem(completed, of: activities.count, "completed in the year") + "."
        // Two completed examples from two different fora, where two fora completed one.
        let completedOnes = activities.filter { $0.activity.status == .completed }
        var exampleFora = Set<String>()
        let firstPerForum = completedOnes.filter {
          exampleFora.insert($0.forum.descriptor.id).inserted
        }
        let picked = firstPerForum.count >= 2 ? Array(firstPerForum) : completedOnes
        let examples = picked.prefix(2)
          .map { "“\($0.activity.title)” (\(scope.acronym($0.forum.descriptor.id)))" }
        if !examples.isEmpty { text += " They include " + Prose.list(examples) + "." }
      }
    }
    let assessed = results.filter { [.onTrack, .atRisk, .offTrack].contains($0.status) }
    if !assessed.isEmpty {
      let count = { (status: IndicatorStatus) in assessed.filter { $0.status == status }.count }
      text +=
        " "
        + Prose.breakdown(
          of: assessed.count, "indicator with a target", "indicators with a target",
          [
            (count(.onTrack), "is on track", "are on track"),
            (count(.atRisk), "is at risk", "are at risk"),
            (count(.offTrack), "is off track", "are off track"),
          ])
    }
    return text.trimmingWhitespace
  }

  static func orderedUnique(_ items: [String]) -> [String] {
    var seen = Set<String>()
    return items.filter { seen.insert($0).inserted }
  }
}
