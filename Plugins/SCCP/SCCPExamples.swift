import ReportKernel

/// A valid SCCP submission and one invalid submission per SCCP check; `↓` marks where each
/// expected error points.
enum SCCPExamples {
  /// All examples.
  static let all: [ForumExample] = [
    ForumExample(
      "AEO programmes, MRAs reported from both sides, TRP and cash controls",
      yaml: """
        forum: SCCP
        period: "2026"
        status: submitted
        submitted_on: 2027-01-20
        contact: {name: "Forum lead (example)"}
        narrative:
          customs: |
            The AEO Working Group compared programmes with the 2016 PSU best-practice study.
          cash_smuggling: |
            Customs and immigration officers trained together on detecting cash couriers.
        indicators:
          sccp.aeo_operational:
            by_economy: {AUS: yes, JPN: yes, NZL: yes, USA: yes, PNG: no}
            source: self_reported
          sccp.mra_partners:
            by_economy: {JPN: [USA, NZL], NZL: [JPN, AUS], USA: [JPN]}
          sccp.trp_economies:
            by_economy: {AUS: yes, CHN: yes, JPN: yes, NZL: yes, SGP: yes, USA: yes, VNM: yes}
          sccp.cash_declaration:
            value: 19
            comment: "Illustrative figure."
          sccp.cash_officers_trained:
            value: 60
        activities:
          - id: SCCP-2026-01
            title: "Joint SCCP-BMG workshop on cash couriers at borders"
            component: cash_smuggling
            pillars: [security]
            status: completed
            economies: [AUS, USA, VNM]
            fora: [BMG]
            start: 2026-06-01
            end: 2026-06-03
        """),
    ForumExample(
      "MRA pairing an economy with itself",
      yaml: """
        forum: SCCP
        period: "2026"
        status: draft
        indicators:
          sccp.mra_partners:
            by_economy:
              ↓AUS: [AUS, NZL]
              NZL: [AUS]
        """,
      expectedErrors: ["lists itself ('AUS') as an AEO MRA partner"]),
    ForumExample(
      "MRA reported by an economy without an operational AEO programme",
      yaml: """
        forum: SCCP
        period: "2026"
        status: draft
        indicators:
          sccp.aeo_operational:
            by_economy: {AUS: yes, NZL: yes, PNG: no}
          sccp.mra_partners:
            by_economy:
              AUS: [NZL]
              ↓PNG: [AUS]
        """,
      expectedErrors: ["Papua New Guinea reports AEO MRA partners, but its AEO programme"]),
    ForumExample(
      "MRA partner without an operational AEO programme",
      yaml: """
        forum: SCCP
        period: "2026"
        status: draft
        indicators:
          sccp.aeo_operational:
            by_economy: {AUS: yes, NZL: yes, PNG: no}
          sccp.mra_partners:
            by_economy:
              ↓AUS: [NZL, PNG]
              NZL: [AUS]
        """,
      expectedErrors: ["Papua New Guinea's AEO programme is reported as not operational"]),
    ForumExample(
      "More economies in MRAs than economies with an AEO programme",
      yaml: """
        forum: SCCP
        period: "2026"
        status: draft
        indicators:
          sccp.aeo_operational:
            value: ↓2
          sccp.mra_partners:
            by_economy: {AUS: [NZL], JPN: [USA]}
        """,
      expectedErrors: ["4 economies take part in the AEO MRAs"]),
  ]
}
