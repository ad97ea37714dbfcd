import ReportKernel

/// A valid BMG submission and one invalid submission per BMG check; `↓` marks where each
/// expected error points.
enum BMGExamples {
  /// All examples.
  static let all: [ForumExample] = [
    ForumExample(
      "ABTC as a lower bound, virtual cards, API and RMAS",
      yaml: """
        forum: BMG
        period: "2026"
        status: submitted
        submitted_on: 2027-01-25
        contact: {name: "Forum lead (example)"}
        narrative:
          border_management: |
            More than 405,000 APEC Business Travel Cards are active; RMAS checks continue.
          cash_smuggling: |
            Arrival declarations in most economies now ask travellers about cash.
        indicators:
          bmg.abtc_active:
            value: 405000
            lower_bound: true
            source: forum_record
          bmg.abtc_participation:
            by_economy: {AUS: yes, CAN: yes, NZL: yes, USA: yes}
          bmg.virtual_abtc_economies:
            by_economy: {AUS: yes, CAN: no, NZL: yes, USA: no}
          bmg.api_economies:
            by_economy: {AUS: yes, CAN: yes, NZL: yes, USA: yes, PNG: no}
          bmg.rmas_economies:
            by_economy: {AUS: yes, NZL: yes, USA: yes, CAN: no}
          bmg.rmas_detections:
            by_economy: {AUS: 150, NZL: 60, USA: 140}
            comment: "Illustrative figures."
          bmg.cash_declaration_prompt:
            by_economy: {AUS: yes, NZL: yes, USA: yes, PNG: no}
        activities:
          - id: BMG-2026-01
            title: "Joint BMG-SCCP workshop on cash couriers at borders"
            component: cash_smuggling
            pillars: [security]
            status: completed
            economies: [AUS, USA, VNM]
            fora: [SCCP]
            start: 2026-06-01
            end: 2026-06-03
        """),
    ForumExample(
      "RMAS detections by an economy not connected to RMAS",
      yaml: """
        forum: BMG
        period: "2026"
        status: draft
        indicators:
          bmg.rmas_economies:
            by_economy: {AUS: yes, NZL: yes, USA: yes, CHL: no}
          bmg.rmas_detections:
            by_economy:
              AUS: 120
              ↓CHL: 4
        """,
      expectedErrors: ["Chile reports 4 RMAS detections, but it is reported as not connected"]),
    ForumExample(
      "Virtual ABTCs from an economy outside the ABTC scheme",
      yaml: """
        forum: BMG
        period: "2026"
        status: draft
        indicators:
          bmg.abtc_participation:
            by_economy: {AUS: yes, PNG: no}
          bmg.virtual_abtc_economies:
            by_economy:
              AUS: yes
              ↓PNG: yes
        """,
      expectedErrors: ["Papua New Guinea is reported as issuing virtual ABTCs"]),
    ForumExample(
      "More economies issuing virtual ABTCs than take part in the scheme",
      yaml: """
        forum: BMG
        period: "2026"
        status: draft
        indicators:
          bmg.abtc_participation:
            value: 8
          bmg.virtual_abtc_economies:
            value: ↓9
        """,
      expectedErrors: ["but only 8 take part in the ABTC scheme"]),
    ForumExample(
      "A fraction of a card",
      yaml: """
        forum: BMG
        period: "2026"
        status: draft
        indicators:
          bmg.abtc_active:
            value: ↓405000.5
        """,
      expectedErrors: ["the number of active ABTCs must be a whole number"]),
  ]
}
