import ReportKernel
import ReportTestSupport
import Testing

@Suite("Values that failed validation are withheld")
struct WithheldValueTests {
  /// 2025: members IDN, THA (2); workshops 4; participants 100. 2026: members IDN, MEX, and an
  /// unknown key 'Viet Nam' (an error); workshops `1,250` and participants `N/A` (errors: a
  /// count must be a number). Workshops: baseline 2, target 10.
  static let submissions = [
    "2025": """
    indicators:
      fig.members:
        by_economy: {IDN: yes, THA: yes}
      fig.workshops:
        value: 4
      fig.participants:
        value: 100

    """,
    "2026": """
    indicators:
      fig.members:
        by_economy: {IDN: yes, MEX: yes, Viet Nam: yes}
      fig.workshops:
        value: 1,250
      fig.participants:
        value: N/A

    """,
  ]
  static let targets = """
      fig.workshops:
        baseline: 2
        baseline_period: "2025"
        targets: {"2026": 10}

    """

  @Test("the bad values are errors, and no figure, status or progress is made of them")
  func withheld() throws {
    let analysis = try FigureWorkspace(targets: Self.targets, submissions: Self.submissions)
      .analyze()
    let file = "reports/2026/submissions/FIG.yaml"
    #expect(
      analysis.diagnostics.filter { $0.severity == .error }.map {
        "\($0.location?.description ?? "?")"
      }
        == ["\(file):6:38", "\(file):8:12", "\(file):10:12"])
    // Members: IDN and MEX count (2); 'Viet Nam' is withheld, so it neither counts nor joins.
    let members = try #require(analysis.result("fig.members"))
    #expect(members.actual == 2)
    #expect(members.previous == 2)
    #expect(members.change == 0)
    #expect(members.joined == ["MEX"])
    #expect(members.left == ["THA"])
    #expect(members.notes.contains("figure withheld: the forum's submission has errors in it"))
    // Workshops: no data, though it has a target; no progress from 1,250 read as text.
    let workshops = try #require(analysis.result("fig.workshops"))
    #expect(workshops.actual == nil)
    #expect(workshops.textValue == nil)
    #expect(workshops.target == 10)
    #expect(workshops.progress == nil)
    #expect(workshops.status == .noData)
    #expect(workshops.change == nil)
    #expect(workshops.notes == ["figure withheld: the forum's submission has errors in it"])
    let participants = try #require(analysis.result("fig.participants"))
    #expect(participants.actual == nil)
    #expect(participants.textValue == nil)
    #expect(participants.status == .noData)
    // The forum's section shows no figure made of the withheld values.
    #expect(analysis.forum("FIG")?.sections.isEmpty == true)
    #expect(analysis.forum("FIG")?.submission?.hasWithheldValues == true)
  }
}
