import Foundation
import ReportKernel

/// A test-only forum, FIG, with one indicator of each kind a change is computed for, a count
/// of workshops, a yes/no fact shared with forum FAC, and a derived share.
public struct FigureModule: ForumModule {
  /// The derived share's numerator and denominator, if any.
  public var derivedShare: (Double, Double)?
  /// When true, the derived share is computed from `fig.plan_share`'s per-economy ratios:
  /// the sum of their numerators over the sum of their denominators.
  public var derivedFromPlans: Bool

  /// A module without a derived share, or with one of `derivedShare`, or one computed from
  /// the per-economy plan ratios.
  public init(derivedShare: (Double, Double)? = nil, derivedFromPlans: Bool = false) {
    self.derivedShare = derivedShare
    self.derivedFromPlans = derivedFromPlans
  }

  public func derive(_ input: ForumInput) -> [DerivedValue] {
    if derivedFromPlans, let plans = input.submission.indicator("fig.plan_share") {
      var top = 0.0
      var bottom = 0.0
      var places: [SourceLocation] = []
      for entry in plans.byEconomy {
        guard case .ratio(let numerator, let denominator) = entry.datum.value else { continue }
        top += numerator
        bottom += denominator
        places.append(entry.datum.location)
      }
      guard bottom > 0 else { return [] }
      return [
        DerivedValue(
          indicator: "fig.derived_share", value: .ratio(numerator: top, denominator: bottom),
          provenance: places, explanation: "from the plans")
      ]
    }
    guard let (top, bottom) = derivedShare else { return [] }
    return [
      DerivedValue(
        indicator: "fig.derived_share", value: .ratio(numerator: top, denominator: bottom),
        provenance: [SourceLocation(file: input.submission.file, line: 1, column: 1)],
        explanation: "from the test")
    ]
  }

  /// A section with a table of the participants, when reported.
  public func sections(_ input: ForumInput, results: [IndicatorResult]) -> [ContributedSection] {
    guard let participants = results.first(where: { $0.definition.id == "fig.participants" }),
      let actual = participants.actual
    else { return [] }
    let table = ReportTable(
      id: "fig.detail", title: "Participants in detail", columns: [ReportColumn("Participants")],
      rows: [[.number(actual, lowerBound: false)]])
    return [ContributedSection(component: "figures", title: "In detail", blocks: [.table(table)])]
  }

  public let descriptor = ForumDescriptor(
    id: "FIG", name: "Figures Test Group", summary: "Figures for tests.",
    components: ["figures"],
    indicators: [
      IndicatorDefinition(
        id: "fig.workshops", title: "Workshops held", unit: .count, component: "figures",
        pillars: ["security"], summary: "Workshops.",
        countsActivities: ActivityCount(tags: ["sea"], words: ["workshop"])),
      IndicatorDefinition(
        id: "fig.cash", title: "Cash declaration system", unit: .economies,
        breakdown: .byEconomy, component: "figures", pillars: ["security"],
        summary: "Cash declaration.", measures: "cash_declaration"),
      IndicatorDefinition(
        id: "fig.last_updated", title: "Plan last updated", unit: .date, direction: .none,
        breakdown: .byEconomy, component: "figures", pillars: ["security"],
        summary: "The date each economy last updated its plan."),
      IndicatorDefinition(
        id: "fig.derived_share", title: "Derived share", unit: .percentage,
        component: "figures", pillars: ["security"], isDerived: true, summary: "Derived."),
      IndicatorDefinition(
        id: "fig.members", title: "Economies in the programme", unit: .economies,
        breakdown: .byEconomy, component: "figures", pillars: ["security"],
        summary: "Economies taking part."),
      IndicatorDefinition(
        id: "fig.detections", title: "Detections", unit: .count, breakdown: .byEconomy,
        component: "figures", pillars: ["security"], summary: "Detections per economy."),
      IndicatorDefinition(
        id: "fig.plan_share", title: "Share of plans approved", unit: .percentage,
        breakdown: .byEconomy, component: "figures", pillars: ["security"],
        summary: "Approved plans over facilities."),
      IndicatorDefinition(
        id: "fig.participants", title: "Participants", unit: .count, component: "figures",
        pillars: ["security"], summary: "Participants, at least."),
    ])
}

/// A second test-only forum, FAC, answering the same cash declaration fact as FIG.
public struct FactModule: ForumModule {
  /// Creates the module.
  public init() {}

  public let descriptor = ForumDescriptor(
    id: "FAC", name: "Facts Test Group", summary: "Facts for tests.", components: ["figures"],
    indicators: [
      IndicatorDefinition(
        id: "fac.cash_regime", title: "Cash declaration regime", unit: .economies,
        breakdown: .byEconomy, component: "figures", pillars: ["security"],
        summary: "Cash declaration regime.", measures: "cash_declaration")
    ])
}

/// A workspace of the test's own in a temporary folder: two periods (2025, 2026), six
/// economies, one component, the FIG forum, and the targets and submissions a test writes.
public struct FigureWorkspace {
  /// The workspace root.
  public let scratch: URL

  /// Economies of the fixture, by code, with their APEC names.
  public static let economies = [
    ("IDN", "Indonesia"), ("MYS", "Malaysia"), ("MEX", "Mexico"), ("TWN", "Chinese Taipei"),
    ("THA", "Thailand"), ("VNM", "Viet Nam"),
  ]

  /// Writes the configuration, `targets` (the body of `indicators:` in FIG's targets file) and
  /// the submissions of FIG and FAC by period (their bodies after the header).
  public init(
    targets: String = "", submissions: [String: String] = [:],
    facts: [String: String] = [:], status: String = "submitted", strategyExtra: String = ""
  ) throws {
    scratch = TestPaths.temporaryDirectory("ctst-figures")
    try write(
      "config/ctst.yaml",
      """
      version: 1
      calendar:
        periods:
          - {id: "2025", start: 2025-01-01, end: 2025-12-31, due: 2026-01-31}
          - {id: "2026", start: 2026-01-01, end: 2026-12-31, due: 2027-01-31}
      forums: [FIG, FAC]
      status: {on_track: 0.9, at_risk: 0.6}

      """)
    try write(
      "config/strategy.yaml",
      """
      version: 1
      title: Test strategy
      pillars:
        - {id: security, title: Security}
      areas:
        - id: area
          title: Area
          components:
            - {id: figures, title: Figures, leads: [FIG, FAC]}

      """ + strategyExtra)
    let economies = Self.economies.map { "  - {code: \($0.0), name: \"\($0.1)\"}" }
    try write(
      "config/economies.yaml",
      "version: 1\neconomies:\n" + economies.joined(separator: "\n") + "\n")
    if !targets.isEmpty {
      try write("config/targets/FIG.yaml", "version: 1\nforum: FIG\nindicators:\n" + targets)
    }
    for (period, body) in submissions {
      try write(
        "reports/\(period)/submissions/FIG.yaml",
        "forum: FIG\nperiod: \"\(period)\"\nstatus: \(status)\n" + body)
    }
    for (period, body) in facts {
      try write(
        "reports/\(period)/submissions/FAC.yaml",
        "forum: FAC\nperiod: \"\(period)\"\nstatus: submitted\n" + body)
    }
  }

  /// Writes `text` to `relative` under the root.
  public func write(_ relative: String, _ text: String) throws {
    let url = scratch.appendingPathComponent(relative)
    try FileManager.default.createDirectory(
      at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
    try Data(text.utf8).write(to: url)
  }

  /// Loads the workspace and analyses `period`; throws when the configuration has an error.
  public func analyze(
    _ period: String = "2026", registry: [any ForumModule] = [FigureModule(), FactModule()]
  ) throws -> PeriodAnalysis {
    defer { try? FileManager.default.removeItem(at: scratch) }
    let loaded = WorkspaceLoader(root: scratch.path, registry: registry).load()
    let errors = loaded.diagnostics.filter { $0.severity == .error }
    guard errors.isEmpty, let workspace = loaded.value, let chosen = workspace.period(period)
    else { throw FigureWorkspaceError(diagnostics: errors) }
    return Analyzer(workspace: workspace).analyze(chosen, generalDiagnostics: loaded.diagnostics)
  }
}

/// The configuration errors that kept a figure workspace from loading.
public struct FigureWorkspaceError: Error, CustomStringConvertible {
  /// The errors.
  public let diagnostics: [Diagnostic]
  /// The errors, one a line.
  public var description: String { diagnostics.map(\.description).joined(separator: "\n") }
}

extension PeriodAnalysis {
  /// The result of indicator `id` of forum FIG.
  public func result(_ id: String) -> IndicatorResult? {
    forum("FIG")?.results.first { $0.definition.id == id }
  }
}

extension Array where Element == Diagnostic {
  /// The findings with `code`, as "file:line:column: message".
  public func located(_ code: String) -> [String] {
    filter { $0.code == code }.map { "\($0.location?.description ?? "?"): \($0.message)" }
  }
}
