import Foundation
import ReportForums
import ReportKernel
import ReportTestSupport
import Testing

/// A test forum with one indicator of every unit, so every value check can be exercised.
struct UnitsModule: ForumModule {
  static func indicator(
    _ name: String, _ unit: IndicatorDefinition.Unit,
    _ breakdown: IndicatorDefinition.Breakdown = .overall
  ) -> IndicatorDefinition {
    IndicatorDefinition(
      id: "tst.\(name)", title: name, unit: unit, breakdown: breakdown, component: "customs",
      pillars: ["security"], summary: name)
  }

  let descriptor = ForumDescriptor(
    id: "TST", name: "Test forum", summary: "Every unit.", components: ["customs"],
    indicators: [
      indicator("count", .count), indicator("usd", .usd), indicator("economies", .economies),
      indicator("per_economy", .economies, .byEconomy), indicator("share", .percentage),
      indicator("flag", .yesNo), indicator("date", .date),
      indicator("partners", .economyList, .byEconomy), indicator("text", .qualitative),
    ], activityTags: ["air"])
}

@Suite("Submission errors")
struct SubmissionErrorTests {
  /// Writes `yaml` as TST's 2026 submission and returns the rendered findings for it.
  static func findings(
    _ yaml: String, bytes: Data? = nil, warnings: Bool = false
  ) throws -> [String] {
    let workspace = try ScratchWorkspace()
    defer { workspace.remove() }
    try workspace.enableForums(["TST"])
    let path = "reports/2026/submissions/TST.yaml"
    if let bytes { try workspace.write(path, bytes) } else { try workspace.write(path, yaml) }
    let loaded = WorkspaceLoader(
      root: workspace.root.path, registry: ForumRegistry.all + [UnitsModule()]
    ).load()
    let space = try #require(loaded.value, "\(loaded.diagnostics)")
    let analysis = Analyzer(workspace: space).analyze(try #require(space.config.period("2026")))
    return (analysis.forum("TST")?.diagnostics ?? []).sortedForDisplay()
      .filter { warnings || $0.severity == .error }.map(\.description)
  }

  static let header = """
    forum: TST
    period: "2026"
    status: submitted
    submitted_on: 2027-01-10

    """

  @Test("every value and reference problem in a file is reported in one pass")
  func onePass() throws {
    let found = try Self.findings(
      Self.header + """
        narative: {}
        indicators:
          tst.count: {value: N/A}
          tst.usd: {value: '12,5'}
          tst.economies: {value: 22}
          tst.per_economy: {by_economy: {AUS: yes, VNN: no}}
          tst.share: {numerator: 30, denominator: 21}
          tst.flag: {value: maybe}
          tst.date: {value: 2026-02-30}
          tst.partners: {by_economy: {NZL: [AUS, KOR, XXX]}}
          tst.text: {value: 1e400}
          tst.cuont: {value: 1}
        activities:
          - id: A1
            title: Workshop
            component: custom
            pillars: [security, speed]
            status: finished
            economies: [AUS]
            start: 2026-05-01
            end: 2026-04-01
            funding: {apec_usd: -5}
            tags: [aer]

        """, warnings: true
    ).filter { !$0.contains("no value") }
    let file = "reports/2026/submissions/TST.yaml"
    #expect(
      found == [
        "\(file):5:1: error: unknown key 'narative' (did you mean 'narrative'?)",
        "\(file):7:22: error: 'indicators.tst.count.value' must be a number, found 'N/A'; if there"
          + " is no figure yet, leave the value blank while drafting, or delete the indicator's"
          + " entry (it then shows as 'no data')",
        "\(file):8:20: error: 'indicators.tst.usd.value' must be a number, found '12,5'; write"
          + " decimals with a dot: 12.5",
        "\(file):9:26: error: 'indicators.tst.economies.value' counts economies, so it must be a"
          + " whole number from 0 to 21, found 22",
        "\(file):10:44: error: unknown economy code 'VNN' (did you mean 'VNM' for Viet Nam?)",
        "\(file):11:14: error: 'indicators.tst.share.value' is a share over 100% (30 of 21); the"
          + " numerator cannot exceed the denominator",
        "\(file):12:21: error: 'indicators.tst.flag.value' must be yes or no, found 'maybe'",
        "\(file):13:21: error: 'indicators.tst.date.value' is not a real date: '2026-02-30'",
        "\(file):14:31: error: unknown economy code 'XXX'" + fixtureCodeListing,
        "\(file):16:3: error: unknown indicator 'tst.cuont' for TST (did you mean 'tst.count'?)",
        "\(file):18:5: warning: tag 'aer' means nothing to TST; known tags: air (did you mean 'air'?)",
        "\(file):20:16: error: unknown component 'custom' in activity 'A1' (did you mean"
          + " 'customs'?)",
        "\(file):21:25: error: unknown pillar 'speed' in activity 'A1'; pillars: security,"
          + " efficiency, resilience",
        "\(file):22:13: error: 'status' in activity 'A1' must be one of planned, ongoing,"
          + " completed, delayed, cancelled, found 'finished'",
        "\(file):25:10: error: activity 'A1' ends (2026-04-01) before it starts (2026-05-01)",
        "\(file):26:25: error: 'funding.apec_usd' in activity 'A1' must not be negative, found -5",
      ])
  }

  @Test("text in numeric fields: .nan, .inf and 1e400 are not numbers")
  func nonFinite() throws {
    for text in [".nan", ".inf", "-.inf", "1e400", "twelve"] {
      let found = try Self.findings(Self.header + "indicators:\n  tst.count: {value: \(text)}\n")
      #expect(
        found.first
          == "reports/2026/submissions/TST.yaml:6:22: error: 'indicators.tst.count.value'"
          + " must be a number, found '\(text)'", "\(text): \(found)")
    }
  }

  @Test("negative counts are refused")
  func negative() throws {
    let found = try Self.findings(Self.header + "indicators:\n  tst.count: {value: -3}\n")
    #expect(
      found == [
        "reports/2026/submissions/TST.yaml:6:22: error: 'indicators.tst.count.value' must not be"
          + " negative, found -3"
      ])
  }

  @Test("a header naming another forum or period than its file")
  func headerMismatch() throws {
    let found = try Self.findings("forum: SCCP\nperiod: \"2025\"\nstatus: draft\n")
    #expect(
      found.contains(
        "reports/2026/submissions/TST.yaml:1:8: error: this file is TST's submission, but its"
          + " header names forum 'SCCP'; write 'forum: TST'"))
    #expect(
      found.contains(
        "reports/2026/submissions/TST.yaml:2:9: error: this file is filed under period '2026', but"
          + " its header names period '2025'; write 'period: \"2026\"'"))
  }

  @Test("syntax errors, tabs and invalid UTF-8 in a submission are located")
  func fatal() throws {
    let file = "reports/2026/submissions/TST.yaml"
    #expect(
      try Self.findings(Self.header + "indicators:\n\ttst.count: {value: 1}\n")
        == ["\(file):6:1: error: tab character used for indentation; YAML allows only spaces"])
    #expect(
      try Self.findings(Self.header + "indicators: [\n")
        == ["\(file):6:1: error: invalid YAML: did not find expected node content"])
    var bytes = Data((Self.header + "contact: {name: Ren").utf8)
    bytes.append(0xFF)
    bytes.append(contentsOf: Array("}\n".utf8))
    #expect(
      try Self.findings("", bytes: bytes)
        == ["\(file):5:20: error: invalid UTF-8 (byte 0xFF); save the file as UTF-8"])
  }

  @Test("a blank value is a warning in a draft and an error once submitted")
  func blanks() throws {
    let draft = Self.header.replacingOccurrences(of: "status: submitted", with: "status: draft")
    let found = try Self.findings(draft + "indicators:\n  tst.count:\n", warnings: true)
    #expect(
      found.contains(
        "reports/2026/submissions/TST.yaml:6:3: warning: no value yet for 'tst.count' (count)"))
    #expect(!found.contains { $0.contains("error:") })
    let submitted = try Self.findings(Self.header + "indicators:\n  tst.count:\n")
    #expect(
      submitted == [
        "reports/2026/submissions/TST.yaml:6:3: error: no value yet for 'tst.count' (count); fill"
          + " it in, or delete the entry if there is no figure (it then shows as 'no data')"
      ])
  }
}
