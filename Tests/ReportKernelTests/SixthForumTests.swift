import Foundation
import ReportForums
import ReportKernel
import ReportTestSupport
import Testing

/// A test-only forum: the Tourism Working Group, which reported on travel-destination security
/// in the 2012 progress report. Adding it needs no kernel change: a module, a registry that
/// lists it, its lead in the strategy, targets and a submission (Plugins/README.md).
struct TWGModule: ForumModule {
  let descriptor = ForumDescriptor(
    id: "TWG", name: "Tourism Working Group",
    summary: "Tourism and major-event security.",
    components: ["travel_destination_security"],
    indicators: [
      IndicatorDefinition(
        id: "twg.event_security_workshops", title: "Major-event security workshops",
        unit: .count, component: "travel_destination_security", pillars: ["security"],
        summary: "Workshops held in the period."),
      IndicatorDefinition(
        id: "twg.doubled", title: "Workshops, doubled", unit: .count,
        component: "travel_destination_security", pillars: ["security"], isDerived: true,
        summary: "Twice the workshops, to prove derivations run."),
    ])

  func derive(_ input: ForumInput) -> [DerivedValue] {
    guard let report = input.submission.indicator("twg.event_security_workshops"),
      case .number(let count)? = report.overall?.value
    else { return [] }
    return [
      DerivedValue(
        indicator: "twg.doubled", value: .number(count * 2),
        provenance: report.overall.map { [$0.location] } ?? [], explanation: "twice the count")
    ]
  }
}

@Suite("Adding a forum")
struct SixthForumTests {
  @Test("a sixth forum plugs in through the registry, its lead, targets and a submission")
  func sixthForum() throws {
    let workspace = try ScratchWorkspace()
    defer { workspace.remove() }
    try workspace.replace(
      "leads: []   # unassigned in the draft (major events, tourism)",
      with: "leads: [TWG]   # (major events, tourism)", in: "config/strategy.yaml")
    try workspace.enableForums(nil)
    try workspace.write(
      "config/targets/TWG.yaml",
      """
      version: 1
      forum: TWG
      indicators:
        twg.event_security_workshops:
          baseline: 1
          targets: {"2026": 5}

      """)
    try workspace.write(
      "reports/2026/submissions/TWG.yaml",
      """
      forum: TWG
      period: "2026"
      status: submitted
      submitted_on: 2027-01-15
      narrative:
        travel_destination_security: Workshops on major-event security.
      indicators:
        twg.event_security_workshops:
          value: 3

      """)
    let registry: [any ForumModule] = ForumRegistry.all + [TWGModule()]
    let loaded = WorkspaceLoader(root: workspace.root.path, registry: registry).load()
    #expect(loaded.diagnostics.filter { $0.severity == .error }.isEmpty, "\(loaded.diagnostics)")
    let space = try #require(loaded.value)
    #expect(space.modules.map(\.descriptor.id).last == "TWG")
    let component = space.strategy.components.first { $0.id == "travel_destination_security" }
    #expect(component?.leads == ["TWG"])
    let period = try #require(space.config.period("2026"))
    let analysis = Analyzer(workspace: space).analyze(period)
    let twg = try #require(analysis.forum("TWG"))
    #expect(twg.timeliness == .onTime)
    #expect(twg.diagnostics.isEmpty, "\(twg.diagnostics)")
    #expect(twg.results.map(\.actual) == [3, 6])
    #expect(twg.results[0].target == 5)
    #expect(twg.results[0].progress == 0.5)  // (3 - 1) / (5 - 1)
    #expect(
      twg.results[1].provenance.first?.description == "reports/2026/submissions/TWG.yaml:9:12")
  }

  @Test("disabling a forum is configuration")
  func disabling() throws {
    let workspace = try ScratchWorkspace()
    defer { workspace.remove() }
    try workspace.enableForums(["SCCP"])
    let loaded = workspace.loaded()
    let space = try #require(loaded.value)
    #expect(space.modules.map(\.descriptor.id) == ["SCCP"])
    let analysis = Analyzer(workspace: space).analyze(try #require(space.config.latestPeriod))
    #expect(analysis.forums.map(\.descriptor.id) == ["SCCP"])
  }

  @Test("broken module definitions are all reported at once")
  func brokenDefinitions() throws {
    let loaded = WorkspaceLoader(
      root: TestPaths.fixtureWorkspace.path, registry: ForumRegistry.all
    ).load()
    let strategy = try #require(loaded.value?.strategy)
    let broken = ForumDescriptor(
      id: "BAD", name: "Broken", summary: "", components: ["nowhere"],
      indicators: [
        IndicatorDefinition(
          id: "bad.Camel", title: "", unit: .count, component: "customs", pillars: ["speed"],
          summary: ""),
        IndicatorDefinition(
          id: "sccp.aeo_operational", title: "", unit: .count, component: "customs",
          pillars: [], summary: ""),
      ])
    struct Broken: ForumModule { let descriptor: ForumDescriptor }
    let problems = ForumDefinitionCheck(strategy: strategy).verify(
      ForumRegistry.all + [Broken(descriptor: broken)]
    ).map(\.message)
    #expect(
      problems == [
        "forum module definition: BAD contributes to unknown component 'nowhere'",
        "forum module definition: indicator 'bad.Camel' of BAD must be named 'bad.<snake_case>'",
        "forum module definition: indicator 'bad.Camel' names unknown pillar 'speed'",
        "forum module definition: indicator 'sccp.aeo_operational' is defined by both SCCP and BAD",
        "forum module definition: indicator 'sccp.aeo_operational' of BAD must be named"
          + " 'bad.<snake_case>'",
      ])
  }
}
