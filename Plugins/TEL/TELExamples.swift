import ReportKernel

/// Example TEL submissions the test suite runs: one valid, two with the module's own errors.
enum TELExamples {
  /// All examples.
  static let all: [ForumExample] = [valid, exercisesWithoutExercises, exerciseUndercounted]

  /// A complete, valid submission.
  static let valid = ForumExample(
    "Commitments per economy, exercises and awareness that agree",
    yaml: """
      forum: TEL
      period: "2026"
      status: submitted
      submitted_on: 2027-01-25
      contact: {name: "Forum lead (sample)"}
      narrative:
        cyber_security: |
          The SPSG marked APEC Cybersecurity Awareness Day on 29 October and ran a joint CSIRT
          drill.
      indicators:
        tel.national_csirt:
          source: self_reported
          by_economy: {AUS: yes, PNG: no, VNM: yes}
        tel.cybercrime_law:
          by_economy: {AUS: yes, PNG: yes, VNM: yes}
        tel.contact_point_24_7:
          by_economy: {AUS: yes, PNG: no}
        tel.awareness_events:
          value: 3
        tel.incident_exercises:
          value: 1
        tel.exercise_economies:
          value: 9
      activities:
        - id: TEL-2026-01
          title: "APEC CSIRT incident-response drill"
          component: cyber_security
          pillars: [resilience]
          status: completed
          economies: [AUS, JPN, KOR, MYS, NZL, SGP, THA, USA, VNM]
          tags: [exercise, csirt]
          start: 2026-09-15
          end: 2026-09-16
      """)

  /// Economies counted as taking part when no exercise was held, and awareness undercounted.
  static let exercisesWithoutExercises = ForumExample(
    "Awareness events undercounted; exercise economies without exercises",
    yaml: """
      forum: TEL
      period: "2026"
      status: draft
      indicators:
        tel.awareness_events:
          value: ↓0
        tel.incident_exercises:
          value: 0
        tel.exercise_economies:
          value: ↓8
      activities:
        - id: TEL-2026-02
          title: "APEC Cybersecurity Awareness Day"
          component: cyber_security
          pillars: [security]
          status: completed
          tags: [awareness]
          start: 2026-10-29
          end: 2026-10-29
      """,
    expectedErrors: ["0 awareness events are reported, but 1", "no joint incident-response"])

  /// Fewer exercises than the completed exercise activities, and a one-economy "joint" drill.
  static let exerciseUndercounted = ForumExample(
    "Exercises undercounted; a joint exercise with one economy",
    yaml: """
      forum: TEL
      period: "2026"
      status: draft
      indicators:
        tel.incident_exercises:
          value: ↓1
        tel.exercise_economies:
          value: ↓1
      activities:
        - id: TEL-2026-03
          title: "APEC CSIRT drill, first round"
          component: cyber_security
          pillars: [resilience]
          status: completed
          tags: [exercise]
          start: 2026-05-19
          end: 2026-05-20
        - id: TEL-2026-04
          title: "APEC CSIRT drill, second round"
          component: cyber_security
          pillars: [resilience]
          status: completed
          tags: [exercise]
          start: 2026-11-17
          end: 2026-11-18
      """,
    expectedErrors: ["1 exercise is reported, but 2", "a joint exercise involves"])
}
