import ReportKernel
import ReportTestSupport
import Testing

@Suite("Change by kind of indicator")
struct ChangeByKindTests {
  /// 2025: IDN, THA, VNM take part (3), MEX reports no. 2026: IDN, MEX, MYS, VNM take part (4);
  /// THA reports no. Detections 2025: IDN 100, THA 50, VNM 200 = 350; 2026: IDN 90, MEX 30,
  /// VNM 205 = 325 (THA silent). Shares 2025: IDN 45/50, THA 9/10 = 54/60 = 90%; 2026:
  /// IDN 48/50, THA 10/10, MEX 5/10 = 63/70 = 90%.
  static let submissions = [
    "2025": """
    indicators:
      fig.members:
        by_economy: {IDN: yes, MEX: no, THA: yes, VNM: yes}
      fig.detections:
        by_economy: {IDN: 100, THA: 50, VNM: 200}
      fig.plan_share:
        by_economy:
          IDN: {numerator: 45, denominator: 50}
          THA: {numerator: 9, denominator: 10}
      fig.participants:
        value: 100

    """,
    "2026": """
    indicators:
      fig.members:
        by_economy: {IDN: yes, MEX: yes, MYS: yes, THA: no, VNM: yes}
      fig.detections:
        by_economy: {IDN: 90, MEX: 30, VNM: 205}
      fig.plan_share:
        by_economy:
          IDN: {numerator: 48, denominator: 50}
          THA: {numerator: 10, denominator: 10}
          MEX: {numerator: 5, denominator: 10}
      fig.participants:
        value: 20100
        lower_bound: true

    """,
  ]

  @Test("membership: the difference in counts, joiners and leavers named")
  func membership() throws {
    let analysis = try FigureWorkspace(submissions: Self.submissions).analyze()
    let result = try #require(analysis.result("fig.members"))
    #expect(result.definition.changeKind == .membership)
    // 4 now − 3 before = +1, although MEX and MYS were not yes-listed last year.
    #expect(result.actual == 4)
    #expect(result.previous == 3)
    #expect(result.change == 1)
    #expect(result.likeForLikeChange == nil)
    #expect(result.joined == ["MEX", "MYS"])
    #expect(result.left == ["THA"])
  }

  @Test("quantities: the total's change, and like for like where economies entered or left")
  func quantity() throws {
    let analysis = try FigureWorkspace(submissions: Self.submissions).analyze()
    let result = try #require(analysis.result("fig.detections"))
    #expect(result.definition.changeKind == .quantity)
    // Total: 325 − 350 = −25. Like for like over IDN and VNM: (90 + 205) − (100 + 200) = −5.
    #expect(result.change == -25)
    #expect(result.likeForLikeChange == -5)
    #expect(result.joined == ["MEX"])
    #expect(result.left == ["THA"])
  }

  @Test("percentages: a difference of shares, with like for like where economies entered")
  func percentage() throws {
    let analysis = try FigureWorkspace(submissions: Self.submissions).analyze()
    let result = try #require(analysis.result("fig.plan_share"))
    #expect(result.definition.changeKind == .points)
    // 63/70 = 0.9 and 54/60 = 0.9: no change in the total. Like for like over IDN and THA:
    // 58/60 − 54/60 = 4/60 = 0.0666…, 6.7 percentage points.
    #expect(result.actual == 0.9)
    #expect(result.change == 0)
    let likeForLike = try #require(result.likeForLikeChange)
    #expect(abs(likeForLike - 4.0 / 60.0) < 1e-12)
    #expect(result.joined == ["MEX"])
    #expect(result.left.isEmpty)
  }

  @Test("a derived share: like for like over the economies behind it in both periods")
  func derivedShare() throws {
    // The module derives the share from fig.plan_share's per-economy ratios. 2025: IDN 1/2,
    // THA 3/4 → 4/6; 2026: IDN 3/4, MEX 1/4 → 4/8. Change 1/2 − 2/3 = −1/6 (−16.7 pp);
    // Mexico entered, Thailand left; like for like, Indonesia alone: 3/4 − 1/2 = +1/4.
    let analysis = try FigureWorkspace(
      submissions: [
        "2025": """
        indicators:
          fig.plan_share:
            by_economy:
              IDN: {numerator: 1, denominator: 2}
              THA: {numerator: 3, denominator: 4}

        """,
        "2026": """
        indicators:
          fig.plan_share:
            by_economy:
              IDN: {numerator: 3, denominator: 4}
              MEX: {numerator: 1, denominator: 4}

        """,
      ]
    ).analyze(registry: [FigureModule(derivedFromPlans: true), FactModule()])
    let share = try #require(analysis.result("fig.derived_share"))
    #expect(share.actual == 0.5)
    #expect(share.previous.map { abs($0 - 2.0 / 3.0) < 1e-12 } == true)
    #expect(share.change.map { abs($0 + 1.0 / 6.0) < 1e-12 } == true)
    #expect(share.likeForLikeChange == 0.25)
    #expect(share.joined == ["MEX"])
    #expect(share.left == ["THA"])
  }

  @Test("a change computed from a lower bound is one")
  func lowerBound() throws {
    let analysis = try FigureWorkspace(submissions: Self.submissions).analyze()
    let result = try #require(analysis.result("fig.participants"))
    // At least 20,100 now, 100 before: at least +20,000.
    #expect(result.change == 20_000)
    #expect(result.isChangeLowerBound)
  }
}
