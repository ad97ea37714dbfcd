import ReportKernel

/// Example TPTWG submissions for the test suite: one valid, and invalid ones that each break
/// one of the module's own rules (the `↓` marks where the error must point).
enum TPTWGExamples {
  static let all: [ForumExample] = [valid, missingMode, plansAboveFacilities]

  /// Covers air, sea and land; port facility counts are consistent.
  static let valid = ForumExample(
    "ISPS support, air cargo security with CTTF and a bus security workshop",
    yaml: """
      forum: TPTWG
      period: "2026"
      status: submitted
      submitted_on: 2027-01-20
      contact: {name: "Forum lead (sample)"}
      narrative:
        goods_transport_security: |
          MEG-SEC ran ISPS Code self-assessment training for port facility security officers.
        passenger_transport_security: |
          AEG-SEC promoted the insider-risk best practices guidelines at airports.
      indicators:
        tptwg.isps_support_economies:
          by_economy: {IDN: yes, PNG: yes, VNM: yes}
        tptwg.maritime_security_workshops:
          value: 4
          source: forum_record
        tptwg.risk_tool_economies:
          by_economy: {PHL: yes, VNM: yes}
        tptwg.security_exercises:
          value: 3
        tptwg.isps_port_facilities:
          by_economy: {PHL: 30, VNM: 24}
        tptwg.pfsp_approved:
          by_economy: {PHL: 28, VNM: 18}
        tptwg.avsec_participants:
          value: 120
          lower_bound: true
        tptwg.insider_risk_economies:
          by_economy: {AUS: yes, SGP: yes, THA: no}
      activities:
        - id: TPTWG-2026-01
          title: "ISPS Code self-assessment training workshop"
          component: goods_transport_security
          pillars: [security]
          status: completed
          economies: [AUS, PHL, VNM]
          beneficiaries: [PHL, VNM]
          partners: [IMO]
          capacity_building: yes
          tags: [sea]
          start: 2026-05-12
          end: 2026-05-14
        - id: TPTWG-2026-02
          title: "Air cargo security workshop"
          component: goods_transport_security
          pillars: [security, efficiency]
          status: completed
          partners: [ICAO]
          fora: [CTTF]
          tags: [air]
          start: 2026-08-04
          end: 2026-08-06
        - id: TPTWG-2026-03
          title: "Protecting buses and mass transit against terrorism"
          component: passenger_transport_security
          pillars: [security, resilience]
          status: ongoing
          tags: [land]
          start: 2026-10-01
      """)

  /// A transport activity without an air, sea or land tag.
  static let missingMode = ForumExample(
    "activity in a transport component with no mode tag",
    yaml: """
      forum: TPTWG
      period: "2026"
      status: draft
      activities:
        - id: TPTWG-2026-01
          title: "Air cargo security workshop"
          component: goods_transport_security
          status: planned
          tags: [air]
        - ↓id: TPTWG-2026-02
          title: "Passenger screening seminar"
          component: passenger_transport_security
          status: planned
      """,
    expectedErrors: ["has no transport mode"])

  /// More approved port facility security plans than ISPS port facilities.
  static let plansAboveFacilities = ForumExample(
    "more approved security plans than port facilities",
    yaml: """
      forum: TPTWG
      period: "2026"
      status: draft
      indicators:
        tptwg.isps_port_facilities:
          by_economy: {PHL: 30, VNM: 24}
        tptwg.pfsp_approved:
          by_economy: {PHL: 28, ↓VNM: 31}
      """,
    expectedErrors: ["a share above 100%"])
}
