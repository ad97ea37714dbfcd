import ReportKernel

/// Example CTTF submissions the test suite runs: one valid, three with the module's own errors.
enum CTTFExamples {
  /// All examples.
  static let all: [ForumExample] = [
    valid, ctapDateOutOfRange, trainingAndStarContradictions, foodDefenseContradiction,
  ]

  /// A complete, valid submission.
  static let valid = ForumExample(
    "CTAP dates, training, STAR and Food Defense that agree",
    yaml: """
      forum: CTTF
      period: "2026"
      status: approved
      submitted_on: 2027-01-20
      contact: {name: "Forum lead (sample)"}
      narrative:
        financial_regulation: |
          Two CFT/AML seminars on FATF standards; CTAP updates followed up at CTWG meetings.
        sector_vulnerabilities: |
          A Food Defense workshop under the "Mitigating the Terrorist Threat to the APEC Food
          Supply" initiative.
      indicators:
        cttf.ctap_last_updated:
          source: forum_record
          by_economy: {AUS: 2025-05-01, CHL: 2026-10-01, PER: 2009-09-01}
        cttf.cft_training_events:
          value: 2
        cttf.cft_training_participants:
          value: 85
        cttf.star_participants:
          value: 340
        cttf.star_economies:
          value: 21
        cttf.food_defense_economies:
          by_economy: {THA: yes, VNM: yes, PER: no}
      activities:
        - id: CTTF-2026-01
          title: "APEC Food Defense workshop"
          component: sector_vulnerabilities
          pillars: [security, resilience]
          status: completed
          economies: [THA, VNM]
          beneficiaries: [VNM]
          capacity_building: yes
          tags: [food_defense]
          start: 2026-06-09
          end: 2026-06-11
      """)

  /// CTAP dates after the period and before the first plans existed.
  static let ctapDateOutOfRange = ForumExample(
    "CTAP last-updated dates after the period's end and before 2003",
    yaml: """
      forum: CTTF
      period: "2026"
      status: draft
      indicators:
        cttf.ctap_last_updated:
          by_economy:
            AUS: 2025-05-01
            ↓CHL: 2027-03-15
            ↓PER: 1999-09-01
      """,
    expectedErrors: ["is after the end of period 2026", "is before 2003"])

  /// Participants without events, and fewer STAR participants than economies.
  static let trainingAndStarContradictions = ForumExample(
    "CFT/AML participants without events; fewer STAR participants than economies",
    yaml: """
      forum: CTTF
      period: "2026"
      status: draft
      indicators:
        cttf.cft_training_events:
          value: 0
        cttf.cft_training_participants:
          value: ↓40
        cttf.star_participants:
          value: ↓12
        cttf.star_economies:
          value: 15
      """,
    expectedErrors: ["participants are reported but no training events", "fewer than the 15"])

  /// An economy marked `no` that a completed Food Defense activity lists.
  static let foodDefenseContradiction = ForumExample(
    "Food Defense participation contradicting an activity",
    yaml: """
      forum: CTTF
      period: "2026"
      status: draft
      indicators:
        cttf.food_defense_economies:
          by_economy: {THA: yes, ↓VNM: no}
      activities:
        - id: CTTF-2026-03
          title: "APEC Food Defense workshop"
          component: sector_vulnerabilities
          pillars: [security]
          status: completed
          economies: [THA, VNM]
          tags: [food_defense]
          start: 2026-06-09
          end: 2026-06-11
      """,
    expectedErrors: ["Viet Nam is marked 'no' for Food Defense participation"])
}
