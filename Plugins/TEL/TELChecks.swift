import ReportKernel

/// The TEL's own checks: exercise and awareness figures that cannot be true, and commitments
/// that an economy reported in place last period but not now.
enum TELChecks {
  /// Activity tags the TEL gives meaning to: `awareness` (an awareness event), `exercise` (a
  /// joint incident-response exercise), `csirt` (CSIRT capacity building) and `cybercrime`
  /// (cybercrime law or investigation training).
  static let activityTags = ["awareness", "exercise", "csirt", "cybercrime"]

  /// Every check, in the order of the submission's sections.
  static func run(_ input: ForumInput) -> [Diagnostic] {
    lapsedCommitments(input)
      + countBelowActivities(input, indicator: TELIndicators.awarenessEvents, tag: "awareness")
      + countBelowActivities(input, indicator: TELIndicators.incidentExercises, tag: "exercise")
      + exerciseEconomies(input)
  }

  /// A commitment reported in place last period and not in place now: possible (a law
  /// repealed, a team disbanded) but rare enough to confirm, so a warning.
  static func lapsedCommitments(_ input: ForumInput) -> [Diagnostic] {
    guard let previous = input.previous else { return [] }
    var found: [Diagnostic] = []
    for definition in TELIndicators.commitments {
      guard let report = input.submission.indicator(definition),
        let before = previous.indicator(definition)
      else { continue }
      for (code, datum) in report.byEconomy {
        guard case .flag(false) = datum.value, let earlier = before.value(for: code),
          case .flag(true) = earlier.value
        else { continue }
        let period = input.previousPeriod?.id ?? "the previous period"
        found.append(
          .warning(
            "\(input.economies.name(code)) reported '\(definition.title)' as yes for"
              + " \(period) and no now; confirm with the economy and explain in the"
              + " indicator's comment",
            at: datum.location, code: "tel.commitment_lapsed",
            notes: [.init("the value reported for \(period)", at: earlier.location)]))
      }
    }
    return found
  }

  /// A count lower than the completed activities tagged `tag` that the submission lists.
  static func countBelowActivities(
    _ input: ForumInput, indicator: IndicatorDefinition, tag: String
  ) -> [Diagnostic] {
    guard let report = input.submission.indicator(indicator), let datum = report.overall,
      case .number(let count) = datum.value
    else { return [] }
    let listed = input.completedActivities(tagged: tag)
    guard Double(listed.count) > count else { return [] }
    let noun = tag == "exercise" ? "exercise" : "awareness event"
    let reported = count == 1 ? "1 \(noun) is" : "\(NumberText.plain(count)) \(noun)s are"
    return [
      .error(
        "\(reported) reported, but \(listed.count) completed activities are"
          + " tagged \(tag); count every one held in the period, or correct the tags",
        at: datum.location, code: "tel.\(tag)_below_activities",
        notes: listed.map { .init("activity \($0.id)", at: $0.location) })
    ]
  }

  /// Economies taking part in exercises when none were held, or a "joint" exercise with one.
  static func exerciseEconomies(_ input: ForumInput) -> [Diagnostic] {
    guard let economies = input.submission.indicator(TELIndicators.exerciseEconomies),
      let datum = economies.overall, case .number(let taking) = datum.value,
      let exercises = input.submission.indicator(TELIndicators.incidentExercises),
      case .number(let held)? = exercises.overall?.value
    else { return [] }
    if held == 0, taking > 0, !exercises.isLowerBound {
      return [
        .error(
          "\(NumberText.plain(taking)) economies are reported as taking part in exercises, but no joint"
            + " incident-response exercises were held; report the exercises in"
            + " tel.incident_exercises or set this to 0",
          at: datum.location, code: "tel.exercise_economies_without_exercises")
      ]
    }
    if held > 0, taking == 1, !economies.isLowerBound {
      return [
        .error(
          "only 1 economy is reported as taking part in joint incident-response exercises;"
            + " a joint exercise involves at least two economies' CSIRTs, so give the number"
            + " of economies that took part",
          at: datum.location, code: "tel.single_economy_exercise")
      ]
    }
    return []
  }
}
