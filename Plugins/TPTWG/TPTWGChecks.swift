import ReportKernel

/// TPTWG's own checks: the inputs that cannot be true of transport security work.
enum TPTWGChecks {
  /// Every check, in source order within each rule.
  static func run(_ input: ForumInput) -> [Diagnostic] {
    activityModes(input) + planCounts(input.submission, economies: input.economies)
      + modeCoverage(input)
  }

  /// An activity in a transport component must say which mode it secures, or the
  /// mode-coverage figure cannot count it.
  static func activityModes(_ input: ForumInput) -> [Diagnostic] {
    input.submission.activities.compactMap { activity in
      guard TPTWGIndicators.transportComponents.contains(activity.component),
        TransportMode.modes(of: activity).isEmpty
      else { return nil }
      let component = input.strategy.component(activity.component)?.title ?? activity.component
      return .error(
        "activity '\(activity.id)' in '\(component)' has no transport mode; add `tags:` with"
          + " air, sea or land (lower case, several if it covers several modes) so the"
          + " mode-coverage figure counts it",
        at: activity.location, code: "tptwg.activity_mode_missing")
    }
  }

  /// An economy cannot have more approved Port Facility Security Plans than it has port
  /// facilities under the ISPS Code: that would be a share above 100%.
  static func planCounts(_ submission: Submission, economies: EconomyList) -> [Diagnostic] {
    guard let approved = submission.indicator(TPTWGIndicators.plansApproved) else { return [] }
    let facilities = submission.indicator(TPTWGIndicators.portFacilities)
    var found: [Diagnostic] = []
    for (code, datum) in approved.byEconomy {
      guard let plans = datum.value.asNumber else { continue }
      let name = "\(economies.name(code)) (\(code))"
      guard let facilityDatum = facilities?.value(for: code),
        let total = facilityDatum.value.asNumber
      else {
        found.append(
          .warning(
            "\(name) reports approved port facility security plans but no count of ISPS port"
              + " facilities under '\(TPTWGIndicators.portFacilities.id)'; its plans are left out"
              + " of the security-plan share until the count is added",
            at: datum.location, code: "tptwg.pfsp_without_facilities"))
        continue
      }
      guard plans > total, facilities?.isLowerBound != true else { continue }
      found.append(
        .error(
          "\(name) reports \(NumberText.plain(plans)) port facilities with an approved security plan"
            + " but only \(NumberText.plain(total)) ISPS port facilities, a share above 100%; correct"
            + " one of the two counts (a facility with a plan must also be counted as an"
            + " ISPS port facility)",
          at: datum.location, code: "tptwg.pfsp_above_facilities",
          notes: [.init("the ISPS port facility count is here", at: facilityDatum.location)]))
    }
    return found
  }

  /// Each mode the Strategy requires should have at least one activity that is not cancelled.
  static func modeCoverage(_ input: ForumInput) -> [Diagnostic] {
    let covered = TransportMode.coverage(of: input.submission.activities)
    return TransportMode.allCases.filter { covered[$0, default: []].isEmpty }.map { mode in
      .warning(
        "no TPTWG activity in \(input.period.title) covers \(mode.rawValue) transport; the"
          + " Strategy requires air, sea and land to be covered: add an activity tagged"
          + " \(mode.rawValue) (\(mode.expertGroup)) or explain the gap in the narrative",
        at: input.submission.activitiesLocation ?? SourceLocation(file: input.submission.file),
        code: "tptwg.mode_uncovered")
    }
  }
}

extension TransportMode {
  /// The modes an activity is tagged with, in tag order.
  static func modes(of activity: Activity) -> [TransportMode] {
    activity.tags.compactMap(TransportMode.init(rawValue:))
  }

  /// The activities that are not cancelled, by the mode they are tagged with.
  static func coverage(of activities: [Activity]) -> [TransportMode: [Activity]] {
    var result: [TransportMode: [Activity]] = [:]
    for activity in activities where activity.status != .cancelled {
      for mode in Set(modes(of: activity)) { result[mode, default: []].append(activity) }
    }
    return result
  }
}
