import ReportKernel
import ReportTestSupport
import Testing

/// The analyst's checks, each on a workspace of its own. Submissions start with three header
/// lines (forum, period, status), so the body's first line is line 4 of the file.
@Suite("The analyst's checks")
struct AnalystCheckTests {
  static let fig2026 = "reports/2026/submissions/FIG.yaml"

  @Test("two fora disagreeing about one economy on the same fact are named")
  func contradiction() throws {
    let analysis = try FigureWorkspace(
      submissions: [
        "2026": """
        indicators:
          fig.cash:
            by_economy: {IDN: yes, VNM: yes}

        """
      ],
      facts: [
        "2026": """
        indicators:
          fac.cash_regime:
            by_economy: {IDN: yes, VNM: no}

        """
      ]
    ).analyze()
    // FIG comes first in the registry; FAC's "VNM: no" (line 6, the code at column 28)
    // disagrees.
    #expect(
      analysis.diagnostics.located("analyst.contradiction") == [
        "reports/2026/submissions/FAC.yaml:6:28: FIG and FAC disagree about Viet Nam: FAC"
          + " answers no to 'fac.cash_regime' (Cash declaration regime) here, FIG answers yes"
          + " to 'fig.cash' (Cash declaration system) at \(Self.fig2026):6:28; both measure"
          + " cash_declaration, so agree with FIG on one answer"
      ])
  }

  @Test("a count that does not match the activities listed")
  func activityCount() throws {
    let analysis = try FigureWorkspace(
      submissions: [
        "2026": """
        indicators:
          fig.workshops:
            value: 4
        activities:
          - {id: W1, title: Port workshop, component: figures, status: completed, tags: [sea]}
          - {id: W2, title: Ship workshop, component: figures, status: ongoing, tags: [sea]}
          - {id: W3, title: Planned workshop, component: figures, status: planned, tags: [sea]}
          - {id: W4, title: Air workshop, component: figures, status: completed, tags: [air]}
          - {id: W5, title: Port visit, component: figures, status: completed, tags: [sea]}

        """
      ]
    ).analyze()
    // Counted: sea-tagged, delivered, titled workshop: W1 and W2 (W3 planned, W4 air, W5 no
    // workshop), 2 against the reported 4.
    #expect(
      analysis.diagnostics.located("analyst.activity_count") == [
        "\(Self.fig2026):6:12: 'fig.workshops' reports 4 workshops held, but the submission"
          + " lists 2 such completed or ongoing activities (W1, W2); list each one under"
          + " 'activities:' or correct the count"
      ])
  }

  @Test("a value far beyond target and baseline, more economies than exist, a share over 100%")
  func implausible() throws {
    let workspace = try FigureWorkspace(
      targets: """
          fig.participants:
            baseline: 100
            baseline_period: "2024"
            targets: {"2026": 120}

        """,
      submissions: [
        "2026": """
        indicators:
          fig.participants:
            value: 405000

        """
      ])
    let analysis = try workspace.analyze(
      registry: [FigureModule(derivedShare: (12, 10)), FactModule()])
    // 405,000 > 10 × max(100, 120) = 1,200. The derived share 12 of 10 is 120%.
    #expect(
      analysis.diagnostics.located("analyst.implausible") == [
        "\(Self.fig2026):1:1: 'fig.derived_share' is a share above 100% of what was reported"
          + " (12 of 10); the numerator cannot exceed the denominator",
        "\(Self.fig2026):6:12: 'fig.participants' is 405000, more than 10 times both its"
          + " target (120) and its baseline (100); check the figure and its unit",
      ])
    // A value within ten times its target and baseline passes.
    let result = try #require(analysis.result("fig.participants"))
    let checks = AnalystChecks(
      forum: FigureModule().descriptor, economies: analysis.workspace.economies,
      period: analysis.period, previousPeriod: nil)
    let modest = IndicatorResult(
      definition: result.definition, forum: "FIG", actual: 1_200, baseline: 100, target: 120,
      progress: nil, status: .onTrack, previous: nil, change: nil,
      provenance: result.provenance)
    #expect(checks.plausibility(modest).isEmpty)
    // Seven economies counted where the fixture has six.
    let members = try #require(FigureModule().descriptor.indicator("fig.members"))
    let tooMany = IndicatorResult(
      definition: members, forum: "FIG", actual: 7, baseline: nil, target: nil, progress: nil,
      status: .notAssessed, previous: nil, change: nil, provenance: result.provenance)
    #expect(
      checks.plausibility(tooMany).map(\.message) == [
        "'fig.members' counts 7 economies, but APEC has 6; check the list"
      ])
    // 305,000 more cards on 100,000 is a growth of 305%: no share, so no warning; the same
    // figure as a share of what was reported is one.
    func derived(growth: Bool) -> IndicatorResult {
      let definition = IndicatorDefinition(
        id: "fig.growth", title: "Growth", unit: .percentage, component: "c", pillars: [],
        isDerived: true, isGrowth: growth, summary: "A test.")
      return IndicatorResult(
        definition: definition, forum: "FIG", actual: 3.05, numerator: 305_000,
        denominator: 100_000, baseline: nil, target: nil, progress: nil, status: .notAssessed,
        previous: nil, change: nil, provenance: result.provenance)
    }
    #expect(checks.plausibility(derived(growth: true)).isEmpty)
    #expect(
      checks.plausibility(derived(growth: false)).map(\.message) == [
        "'fig.growth' is a share above 100% of what was reported (305000 of 100000); the"
          + " numerator cannot exceed the denominator"
      ])
  }

  @Test("an economy that answered last period and is silent now")
  func silentEconomy() throws {
    let analysis = try FigureWorkspace(
      submissions: [
        "2025": """
        indicators:
          fig.detections:
            by_economy: {IDN: 1, THA: 2, VNM: 3}

        """,
        "2026": """
        indicators:
          fig.detections:
            by_economy: {IDN: 4}

        """,
      ]
    ).analyze()
    #expect(
      analysis.diagnostics.located("analyst.silent_economy") == [
        "\(Self.fig2026):5:3: Thailand and Viet Nam answered 'fig.detections' for 2025 but not"
          + " for 2026; give their values under 'by_economy', or say why in 'comment'"
      ])
  }

  @Test("an economy left out, or written blank, is silent; all left out is silent too")
  func silentEconomyLeftOut() throws {
    let analysis = try FigureWorkspace(
      submissions: [
        "2025": """
        indicators:
          fig.detections:
            by_economy: {IDN: 1, THA: 2, VNM: 3}
          fig.cash:
            by_economy: {IDN: yes, MEX: no}

        """,
        "2026": """
        indicators:
          fig.detections:
            comment: "Figures to come"
            by_economy:
              IDN: 4
              VNM:
          fig.cash:
            comment: "No answers yet"

        """,
      ], status: "draft"
    ).analyze()
    // VNM is written blank (a warning of its own in a draft), THA left out; fig.cash has none.
    #expect(
      analysis.diagnostics.located("analyst.silent_economy") == [
        "\(Self.fig2026):5:3: Thailand answered 'fig.detections' for 2025 but not for 2026;"
          + " give its value under 'by_economy', or say why in 'comment'",
        "\(Self.fig2026):10:3: Indonesia and Mexico answered 'fig.cash' for 2025 but not for"
          + " 2026; give their values under 'by_economy', or say why in 'comment'",
      ])
  }

  @Test("unfinished text in a draft: framework placeholders, TBD/TODO/XX, template comments")
  func unfinishedText() throws {
    let analysis = try FigureWorkspace(
      submissions: [
        "2026": """
        narrative:
          figures: |
            [Outline critical role of customs in supply chain security]
        indicators:
          fig.workshops:
            value: 1
            comment: "Figure TBD after the meeting"
        activities:
          - id: A1
            title: Port workshop
            component: figures
            status: completed
            summary: |
              # Describe the activity here
              The workshop ran.
          - {id: A2, title: Budget 20XX review, component: figures, status: planned}

        """
      ], status: "draft"
    ).analyze()
    #expect(
      analysis.diagnostics.filter { $0.code == "analyst.unfinished_text" }.map(\.severity)
        == [.warning, .warning, .warning])
    #expect(
      analysis.diagnostics.located("analyst.unfinished_text") == [
        "\(Self.fig2026):6:5: the narrative for 'figures' has unfinished text: '[Outline"
          + " critical role of customs in supp …]'; write the final text before submitting",
        "\(Self.fig2026):10:22: the comment of 'fig.workshops' has unfinished text: 'TBD'; write"
          + " the final text before submitting",
        "\(Self.fig2026):17:7: the summary of activity 'A1' has unfinished text: a template"
          + " comment '# Describe the activity here'; write the final text before submitting",
      ])
  }

  @Test("unfinished text once submitted or approved is an error: the report would print it")
  func unfinishedTextSubmitted() throws {
    for status in ["submitted", "approved"] {
      let analysis = try FigureWorkspace(
        submissions: [
          "2026": """
          narrative:
            figures: |
              The fund grew. [Explain progress on RMAS here]
          activities:
            - {id: A1, title: Workshop TODO, component: figures, status: completed}

          """
        ], status: status
      ).analyze()
      let findings = analysis.diagnostics.filter { $0.code == "analyst.unfinished_text" }
      #expect(findings.map(\.severity) == [.error, .error])
      #expect(
        findings.map { "\($0.location?.description ?? "?"): \($0.message)" } == [
          "\(Self.fig2026):6:20: the narrative for 'figures' has unfinished text: '[Explain"
            + " progress on RMAS here]', and the status is '\(status)', so the report would print"
            + " it word for word; write the final text, or set 'status: draft' until it is written",
          "\(Self.fig2026):8:30: the title of activity 'A1' has unfinished text: 'TODO', and the"
            + " status is '\(status)', so the report would print it word for word; write the"
            + " final text, or set 'status: draft' until it is written",
        ])
    }
  }

  /// A submission with internal notes left in four printed fields.
  static let internalNotes = """
    narrative:
      figures: |
        The workshop ran in May. Officers check cargo before it is loaded.
        Note to Secretariat: figures for Peru to follow.
    indicators:
      fig.workshops:
        value: 1
    activities:
      - id: A1
        title: Port workshop
        component: figures
        status: completed
        summary: >-
          The workshop ran. Check with Peru before the submission is sent.
    agenda:
      priorities:
        - "Hold the next workshop."
        - "To do: confirm dates with the host"
    recommendations:
      - "Endorse the workshop series."

    """

  @Test("internal notes for the team are warnings at their line and column, saying what to do")
  func internalNotes() throws {
    let analysis = try FigureWorkspace(submissions: ["2026": Self.internalNotes]).analyze()
    let advice =
      "; the report will print it word for word. Delete it, or keep it as a comment line"
      + " starting with '#' outside the text (comments never reach the report)"
    #expect(
      analysis.diagnostics.located("analyst.internal_note") == [
        "\(Self.fig2026):7:5: the narrative for 'figures' holds what looks like a note for your"
          + " own team, not for Senior Officials: 'Note to Secretariat: figures for Peru to follow.'"
          + advice,
        "\(Self.fig2026):17:25: the summary of activity 'A1' holds what looks like a note for"
          + " your own team, not for Senior Officials: 'Check with Peru before the submission is sent.'"
          + advice,
        "\(Self.fig2026):21:8: the forward agenda holds what looks like a note for your own"
          + " team, not for Senior Officials: 'To do: confirm dates with the host'" + advice,
      ])
    // "Officers check cargo before it is loaded." is ordinary text: no finding for it above.
  }

  @Test("last period's activity carried over unchanged")
  func carriedOver() throws {
    let activity = """
      activities:
        - {id: OLD-1, title: Port workshop, component: figures, status: completed,
           start: 2025-03-01, end: 2025-03-03}
        - {id: OLD-2, title: Ship workshop, component: figures, status: ongoing,
           start: 2025-11-01, end: 2026-02-01}

      """
    let analysis = try FigureWorkspace(
      submissions: ["2025": activity, "2026": activity]
    ).analyze()
    // OLD-2 runs into 2026, so it is still this period's; OLD-1 ended in 2025.
    #expect(
      analysis.diagnostics.located("analyst.carried_over") == [
        "\(Self.fig2026):5:5: activity 'OLD-1' is last period's, carried over unchanged (its"
          + " dates end 2025-03-03); update its dates and status for 2026, or remove it"
      ])
  }
}

@Suite("Joint activities")
struct JointActivityTests {
  @Test("an activity whose id names last period, undated or dated then, is carried over")
  func carriedOverByItsID() throws {
    let analysis = try FigureWorkspace(
      submissions: [
        "2025": """
        activities:
          - {id: OLD-1, title: Port workshop, component: figures, status: completed}

        """,
        "2026": """
        activities:
          - id: "FIG-2025-02"
            title: Ship workshop
            component: figures
            status: completed
          - {id: FIG-2025-03, title: Air workshop, component: figures, status: completed,
             start: 2025-06-01, end: 2025-06-02}
          - {id: OLD-1, title: Port workshop, component: figures, status: completed}
          - {id: FIG-2025-04, title: Rail workshop, component: figures, status: ongoing}
          - {id: FIG-2026-01, title: Road workshop, component: figures, status: completed}

        """,
      ]
    ).analyze()
    // FIG-2025-04 is ongoing and undated: it may well continue. FIG-2026-01 is this period's.
    let expected0 = [
      "\(AnalystCheckTests.fig2026):5:5: activity 'FIG-2025-02' looks like last period's, carried over (its",
      " id names 2025, it is completed and has no dates); give its 'start:' and 'end:' in",
      " 2026 if it ran again, or remove it",
    ].joined()
    let expected1 = [
      "\(AnalystCheckTests.fig2026):9:5: activity 'FIG-2025-03' is last period's, carried over unchanged",
      " (its id names 2025, its dates end 2025-06-02); update its dates and status for",
      " 2026, or remove it",
    ].joined()
    let expected2 = [
      "\(AnalystCheckTests.fig2026):11:5: activity 'OLD-1' looks like last period's, carried over (its id",
      " is one of last period's, it is completed and has no dates); give its 'start:' and",
      " 'end:' in 2026 if it ran again, or remove it",
    ].joined()
    #expect(
      analysis.diagnostics.located("analyst.carried_over") == [expected0, expected1, expected2])
  }

  @Test("same_as naming no other forum's activity is a located warning")
  func unknownSameAs() throws {
    let analysis = try FigureWorkspace(
      submissions: [
        "2026": """
        activities:
          - {id: FIG-1, title: Workshop, component: figures, status: completed, same_as: FAC-9}

        """
      ],
      facts: [
        "2026": """
        activities:
          - {id: FAC-1, title: Workshop, component: figures, status: completed}

        """
      ]
    ).analyze()
    #expect(
      analysis.diagnostics.located("analyst.same_as") == [
        "reports/2026/submissions/FIG.yaml:5:5: activity 'FIG-1' is declared the same as"
          + " 'FAC-9', but no other forum lists an activity 'FAC-9' this period, so it is"
          + " counted on its own (did you mean 'FAC-1'?)"
      ])
  }
}
