import ReportKernel
import ReportTestSupport
import Testing

@Suite("Exact comparisons")
struct ExactComparisonTests {
  /// The issue's TPTWG case: 963 of 1,000 port facilities with approved plans = 96.3% against
  /// baseline 90% and target 97% is exactly 0.9 of the way, and the configuration says "at or
  /// above 0.9: on track".
  @Test("a value exactly on a threshold takes that threshold's status (the TPTWG case)")
  func tptwgCase() throws {
    let analysis = try FigureWorkspace(
      targets: """
          fig.plan_share:
            baseline: 90
            baseline_period: "2024"
            targets: {"2026": 97}

        """,
      submissions: [
        "2026": """
        indicators:
          fig.plan_share:
            by_economy:
              VNM: {numerator: 156, denominator: 159}
              IDN: {numerator: 807, denominator: 841}

        """
      ]
    ).analyze()
    let result = try #require(analysis.result("fig.plan_share"))
    // (156 + 807) / (159 + 841) = 963 / 1000 = 0.963; (0.963 − 0.90) / (0.97 − 0.90) = 0.9.
    #expect(result.actual == 0.963)
    #expect(result.baseline == 0.9)
    #expect(result.target == 0.97)
    #expect(result.progress == 0.9)
    #expect(result.status == .onTrack)
  }

  @Test("a target met exactly is 100%, whatever the figures' decimals")
  func targetMetExactly() {
    // Targets met exactly, in figures a Double holds only approximately.
    let cases: [(actual: Double, baseline: Double, target: Double)] = [
      (0.3, 0.1, 0.3), (0.97, 0.9, 0.97), (1.1, 0.7, 1.1), (0.07, 0.01, 0.07),
    ]
    for (actual, baseline, target) in cases {
      let progress = IndicatorEngine.progress(
        actual: actual, baseline: baseline, target: target, direction: .higher)
      #expect(progress == 1, "\(actual) from \(baseline) to \(target)")
    }
    // A lower-is-better target met exactly: from 20 down to 12.3, now 12.3.
    #expect(
      IndicatorEngine.progress(actual: 12.3, baseline: 20, target: 12.3, direction: .lower) == 1)
  }

  @Test("every threshold is met by a progress exactly on it, computed or not")
  func thresholdsGeneralised() {
    let engine = IndicatorEngine(targets: TargetTable(), onTrack: 0.9, atRisk: 0.6)
    // 0.1 + 0.2 + 0.6 is 0.9000000000000001 in Double, 0.6 + 0.3 is 0.8999999999999999.
    #expect(engine.status(0.6 + 0.3) == .onTrack)
    #expect(engine.status(0.9) == .onTrack)
    #expect(engine.status(0.3 + 0.3) == .atRisk)
    #expect(engine.status(0.8999) == .atRisk)
    #expect(engine.status(0.5999) == .offTrack)
    // The tolerance is stated and far below a shown decimal.
    #expect(ExactFigures.tolerance <= 1e-9)
    #expect(!ExactFigures.atLeast(0.8999999, 0.9))
  }

  @Test("targets entered in percent are stored as exact shares")
  func percentStoredExactly() throws {
    let analysis = try FigureWorkspace(
      targets: """
          fig.plan_share:
            baseline: 7
            baseline_period: "2024"
            targets: {"2025": 70, "2026": 29}

        """
    ).analyze()
    let table = analysis.workspace.targets
    // 70 × 0.01 is 0.7000000000000001; 70 / 100 is 0.7.
    #expect(table.target("fig.plan_share", period: "2025") == 0.7)
    #expect(table.target("fig.plan_share", period: "2026") == 0.29)
    #expect(table.baseline("fig.plan_share") == 0.07)
  }

  @Test("changes of shares are exact differences")
  func exactDifference() {
    // 71.4% − 52.4%: 0.714 − 0.524 is 0.18999999999999995 in Double.
    #expect(ExactFigures.difference(0.714, 0.524) == 0.19)
    #expect(ExactFigures.quotient(963, 1000) == 0.963)
  }

  @Test("a target behind its baseline is met by reaching it, not by a negative share of the way")
  func targetBehindBaseline() {
    // Baseline 340, target 300 where more is better: 350 beats it (the share of the way from
    // 340 to 300 would be -25%, off track); 290 does not.
    #expect(
      IndicatorEngine.progress(actual: 350, baseline: 340, target: 300, direction: .higher) == 1)
    #expect(
      IndicatorEngine.progress(actual: 290, baseline: 340, target: 300, direction: .higher) == 0)
    // Where less is better, a target above the baseline.
    #expect(IndicatorEngine.progress(actual: 11, baseline: 10, target: 12, direction: .lower) == 1)
    #expect(IndicatorEngine.progress(actual: 13, baseline: 10, target: 12, direction: .lower) == 0)
    // Ahead of the baseline, the share of the way as before.
    #expect(
      IndicatorEngine.progress(actual: 345, baseline: 340, target: 350, direction: .higher) == 0.5)
  }

  @Test("a target behind its baseline is a warning at the target, in the forum lead's words")
  func targetBehindBaselineWarning() throws {
    let workspace = try ScratchWorkspace()
    defer { workspace.remove() }
    try workspace.replace(
      #"    targets: {"2025": 340, "2026": 350}    # illustrative"#,
      with: #"    targets: {"2025": 340, "2026": 300}    # illustrative"#,
      in: "config/targets/CTTF.yaml")
    let messages = workspace.loaded().diagnostics.map(\.description)
    #expect(
      messages == [
        "config/targets/CTTF.yaml:64:28: warning: the 2026 target of 'cttf.star_participants'"
          + " (300) is below its baseline (340), but more is better: the baseline already meets"
          + " it; check the target"
      ])
  }

  @Test("figures beyond what decimals hold are worked out in Doubles; none is NaN or infinite")
  func beyondDecimals() {
    // Foundation's Decimal has exponents from -128 to 127: 350 - 1e-300 came out as NaN.
    #expect(ExactFigures.difference(350, 1e-300) == 350)
    #expect(ExactFigures.difference(1e200, 1e199) == 9e199)
    #expect(ExactFigures.points(1e300) == 1e302)
    #expect(ExactFigures.quotient(3, 1e-300) == nil)  // 3e300: past any figure given
    // Infinite: its Decimal trapped.
    #expect(ExactFigures.quotient(1, .leastNonzeroMagnitude) == nil)
    #expect(ExactFigures.quotient(405_000, 2e-301) == nil)  // was shown as "inf%"
    #expect(ExactFigures.quotient(1e15, 1) == 1e15)
    #expect(ExactFigures.progress(actual: 1, baseline: 0, target: 1e-300) == nil)
    #expect(ExactFigures.decimal(.infinity).isNaN)
    #expect(ExactFigures.progress(actual: 5e-300, baseline: 0, target: 1e-299) == 0.5)
    #expect(ExactFigures.progress(actual: 1, baseline: 1e-300, target: 1e-300) == nil)
    // Within their range the decimal figures stay exact.
    #expect(ExactFigures.difference(0.714, 0.524) == 0.19)
    #expect(ExactFigures.points(0.19) == 19)
  }
}

@Suite("The template carries figures' years and marks")
struct FigureTemplateTests {
  @Test("baselines with their year; last period's marks and joint ids carried over")
  func template() throws {
    let analysis = try FigureWorkspace(
      targets: """
          fig.participants:
            baseline: 100
            baseline_period: "2019"
            targets: {"2026": 120}

        """,
      submissions: [
        "2025": """
        activities:
          - {id: A1, title: Course, component: figures, status: ongoing,
             quality: illustrative, same_as: FAC-1}

        """
      ]
    ).analyze()
    let module = try #require(analysis.workspace.module("FIG"))
    let text = TemplateWriter(workspace: analysis.workspace).template(
      for: module, period: analysis.period, previous: analysis.forum("FIG")?.previous)
    #expect(text.contains("baseline 100 (2019), target 2026: 120"))
    #expect(text.contains("\n    quality: illustrative\n    same_as: \"FAC-1\"\n"))
    #expect(text.contains("add 'quality: estimate' or 'quality: illustrative'"))
  }
}
