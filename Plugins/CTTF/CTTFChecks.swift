import ReportKernel

/// The CTTF's own checks: inputs that cannot be true of Counter-Terrorism Action Plans, CFT/AML
/// training, STAR conferences or Food Defense participation.
enum CTTFChecks {
  /// Activity tags the CTTF gives meaning to: `star` (a STAR conference), `cft_aml` (a CFT/AML
  /// training event) and `food_defense` (a Food Defense workshop or pilot).
  static let activityTags = ["star", "cft_aml", "food_defense"]

  /// The year the first CTAPs were drawn up (template considered at SOM I, February 2003).
  static let firstCTAPYear = 2003

  /// Every check, in the order of the submission's sections.
  static func run(_ input: ForumInput) -> [Diagnostic] {
    ctapDates(input) + training(input) + star(input) + foodDefense(input)
  }

  // MARK: - CTAP dates

  /// A CTAP update after the period, before 2003, or earlier than last period's date.
  static func ctapDates(_ input: ForumInput) -> [Diagnostic] {
    guard let report = input.submission.indicator(CTTFIndicators.ctapLastUpdated) else {
      return []
    }
    let previous = input.previous?.indicator(CTTFIndicators.ctapLastUpdated)
    var found: [Diagnostic] = []
    for (code, datum) in report.byEconomy {
      guard case .date(let date) = datum.value else { continue }
      let name = input.economies.name(code)
      if date > input.period.end {
        found.append(
          .error(
            "\(name)'s CTAP last-updated date \(date) is after the end of period"
              + " \(input.period.id) (\(input.period.end.prose)); report the update that was on file"
              + " at the period's end and give the newer date next period",
            at: datum.location, code: "cttf.ctap_after_period_end"))
      } else if date.year < firstCTAPYear {
        found.append(
          .error(
            "\(name)'s CTAP last-updated date \(date) is before \(firstCTAPYear), when the"
              + " first Counter-Terrorism Action Plans were drawn up; check the year",
            at: datum.location, code: "cttf.ctap_before_2003"))
      } else if let earlier = previous?.value(for: code), case .date(let before) = earlier.value,
        date < before
      {
        let period = input.previousPeriod?.id ?? "the previous period"
        found.append(
          .error(
            "\(name)'s CTAP last-updated date \(date) is earlier than the \(before) reported"
              + " for \(period); a plan's last update cannot move back, so check both dates",
            at: datum.location, code: "cttf.ctap_date_went_back",
            notes: [.init("the date reported for \(period)", at: earlier.location)]))
      }
    }
    return found
  }

  // MARK: - CFT/AML training

  /// Participants without events, events without participants, or fewer events than the
  /// completed CFT/AML activities listed.
  static func training(_ input: ForumInput) -> [Diagnostic] {
    let submission = input.submission
    let events = submission.indicator(CTTFIndicators.cftTrainingEvents)
    let participants = submission.indicator(CTTFIndicators.cftTrainingParticipants)
    var found: [Diagnostic] = []
    if let events, let count = events.overallNumber, !events.isLowerBound,
      case let listed = input.completedActivities(tagged: "cft_aml"), Double(listed.count) > count,
      let datum = events.overall
    {
      found.append(
        .error(
          "\(areReported(count, "CFT/AML training event")), but \(listed.count) completed"
            + " activities are tagged cft_aml; count every event held in the period, or correct"
            + " the tags",
          at: datum.location, code: "cttf.cft_events_below_activities",
          notes: listed.map { .init("activity \($0.id)", at: $0.location) }))
    }
    guard let events, let eventCount = events.overallNumber, !events.isLowerBound,
      let participants, let people = participants.overallNumber, let datum = participants.overall
    else { return found }
    if eventCount == 0, people > 0 {
      found.append(
        .error(
          "\(areReported(people, "CFT/AML training participant")) but no training events;"
            + " report the events they attended in cttf.cft_training_events",
          at: datum.location, code: "cttf.cft_participants_without_events"))
    } else if eventCount > 0, people == 0, !participants.isLowerBound {
      found.append(
        .error(
          "\(areReported(eventCount, "CFT/AML training event")) with no participants;"
            + " give the number registered, or leave the indicator out if it is not known",
          at: datum.location, code: "cttf.cft_events_without_participants"))
    }
    return found
  }

  // MARK: - STAR

  /// Fewer STAR participants than economies represented, or a STAR conference held with none.
  static func star(_ input: ForumInput) -> [Diagnostic] {
    let submission = input.submission
    guard let participants = submission.indicator(CTTFIndicators.starParticipants),
      let people = participants.overallNumber, !participants.isLowerBound,
      let datum = participants.overall
    else { return [] }
    if let economies = submission.indicator(CTTFIndicators.starEconomies),
      let represented = economies.overallNumber, people < represented
    {
      return [
        .error(
          "\(NumberText.plain(people)) STAR participants are fewer than the \(NumberText.plain(represented))"
            + " economies represented; each economy sends at least one delegate, so check both",
          at: datum.location, code: "cttf.star_fewer_participants_than_economies",
          notes: [.init("economies represented", at: economies.overall?.location)])
      ]
    }
    if people == 0, let first = input.completedActivities(tagged: "star").first {
      return [
        .error(
          "no STAR participants are reported, but activity \(first.id) records a completed"
            + " STAR conference; give its registered participants",
          at: datum.location, code: "cttf.star_held_without_participants",
          notes: [.init("the STAR conference", at: first.location)])
      ]
    }
    return []
  }

  // MARK: - Food Defense

  /// An economy marked `no` for Food Defense that an activity tagged `food_defense` lists as
  /// taking part.
  static func foodDefense(_ input: ForumInput) -> [Diagnostic] {
    guard let report = input.submission.indicator(CTTFIndicators.foodDefenseEconomies) else {
      return []
    }
    let activities = input.submission.activities.filter { activity in
      activity.tags.contains("food_defense")
        && (activity.status == .completed || activity.status == .ongoing)
        && activity.falls(in: input.period)
    }
    var found: [Diagnostic] = []
    for (code, datum) in report.byEconomy {
      guard case .flag(false) = datum.value,
        let activity = activities.first(where: { $0.economies.contains(code) })
      else { continue }
      found.append(
        .error(
          "\(input.economies.name(code)) is marked 'no' for Food Defense participation, but"
            + " activity \(activity.id) ('\(activity.title)') lists it as taking part; change"
            + " the value to yes or correct the activity's economies",
          at: datum.location, code: "cttf.food_defense_contradiction",
          notes: [.init("activity \(activity.id)", at: activity.location)]))
    }
    return found
  }

  // MARK: - Helpers

  /// "1 event is reported" or "3 events are reported".
  static func areReported(_ count: Double, _ noun: String) -> String {
    count == 1 ? "1 \(noun) is reported" : "\(NumberText.plain(count)) \(noun)s are reported"
  }
}
