/// Whether and when a forum's submission arrived.
public enum Timeliness: Sendable, Hashable, Codable {
  /// No file.
  case missing
  /// The file could not be read as a submission.
  case unreadable
  /// Still a draft: not yet submitted.
  case draft
  /// Submitted on or before the due date.
  case onTime
  /// Submitted `days` after the due date.
  case late(days: Int)
  /// Submitted, but no submission date given.
  case undated

  /// "on time", "late by 10 days", "missing", "draft" …
  public var label: String {
    switch self {
    case .missing: "missing"
    case .unreadable: "unreadable"
    case .draft: "draft (not yet submitted)"
    case .onTime: "on time"
    case .late(let days): "late by \(days) day\(days == 1 ? "" : "s")"
    case .undated: "submitted (no date given)"
    }
  }

  /// True when a submission file exists and could be read.
  public var isReceived: Bool {
    switch self {
    case .missing, .unreadable: false
    default: true
    }
  }
}

/// One forum's part of a period: its submission, computed indicators, contributed sections and
/// findings.
public struct ForumAnalysis: Sendable {
  /// The forum.
  public let descriptor: ForumDescriptor
  /// The submission file for the period, as loaded.
  public let loaded: LoadedSubmission
  /// The previous period's submission, if any.
  public let previous: Submission?
  /// Whether and when it arrived.
  public let timeliness: Timeliness
  /// Every indicator's result (no-data results for a missing submission).
  public let results: [IndicatorResult]
  /// Content the module contributes.
  public let sections: [ContributedSection]
  /// The kernel's and the module's findings on this forum's submission.
  public let diagnostics: [Diagnostic]

  /// The decoded submission, if any.
  public var submission: Submission? { loaded.submission }
}

/// Everything computed for one period: the inputs, each forum's analysis and every finding.
/// Reports are assembled from this.
public struct PeriodAnalysis: Sendable {
  /// The workspace.
  public let workspace: Workspace
  /// The period reported on.
  public let period: Period
  /// The previous period in the calendar, if any.
  public let previousPeriod: Period?
  /// Each enabled forum, in registry order.
  public let forums: [ForumAnalysis]
  /// Every input file (configuration and submissions) with checksums.
  public let inputs: [InputFile]
  /// Findings that belong to no single forum (stray files, configuration warnings).
  public let generalDiagnostics: [Diagnostic]

  /// Every finding, sorted for display.
  public var diagnostics: [Diagnostic] {
    (generalDiagnostics + forums.flatMap(\.diagnostics)).sortedForDisplay()
  }

  /// The analysis of forum `id`.
  public func forum(_ id: String) -> ForumAnalysis? {
    forums.first { $0.descriptor.id == id }
  }
}

/// Loads a period's submissions and computes everything a report shows.
public struct Analyzer: Sendable {
  /// The workspace.
  public let workspace: Workspace

  /// Creates an analyzer.
  public init(workspace: Workspace) {
    self.workspace = workspace
  }

  /// Analyses `period`, with `generalDiagnostics` (from loading the workspace) carried along.
  public func analyze(_ period: Period, generalDiagnostics: [Diagnostic] = []) -> PeriodAnalysis {
    let loader = SubmissionLoader(workspace: workspace)
    let previousPeriod = workspace.config.previous(before: period)
    let engine = IndicatorEngine(
      targets: workspace.targets, onTrack: workspace.config.onTrackThreshold,
      atRisk: workspace.config.atRiskThreshold)
    var inputs = workspace.inputs
    var forums: [ForumAnalysis] = []
    for module in workspace.modules {
      let loaded = loader.load(module, period: period)
      let previousLoaded = previousPeriod.map { loader.load(module, period: $0) }
      let previous = previousLoaded?.submission
      if let file = loaded.file { inputs.append(file) }
      if let file = previousLoaded?.file { inputs.append(file) }
      forums.append(
        analyze(
          module, loaded: loaded, previous: previous, period: period,
          previousPeriod: previousPeriod, engine: engine))
    }
    let stray = loader.strayFiles(period: period)
    return PeriodAnalysis(
      workspace: workspace, period: period, previousPeriod: previousPeriod, forums: forums,
      inputs: inputs, generalDiagnostics: generalDiagnostics + stray)
  }

  private func analyze(
    _ module: any ForumModule, loaded: LoadedSubmission, previous: Submission?, period: Period,
    previousPeriod: Period?, engine: IndicatorEngine
  ) -> ForumAnalysis {
    let forum = module.descriptor
    var diagnostics = loaded.diagnostics
    var derived: [DerivedValue] = []
    var previousDerived: [DerivedValue] = []
    var input: ForumInput?
    if let submission = loaded.submission {
      let current = ForumInput(
        submission: submission, previous: previous, period: period,
        previousPeriod: previousPeriod, economies: workspace.economies,
        strategy: workspace.strategy)
      diagnostics += module.check(current)
      derived = module.derive(current)
      input = current
    }
    if let previous, let previousPeriod {
      previousDerived = module.derive(
        ForumInput(
          submission: previous, previous: nil, period: previousPeriod, previousPeriod: nil,
          economies: workspace.economies, strategy: workspace.strategy))
    }
    let results = engine.results(
      forum: forum, period: period, current: loaded.submission, previous: previous,
      derived: derived, previousDerived: previousDerived)
    let sections = input.map { module.sections($0, results: results) } ?? []
    return ForumAnalysis(
      descriptor: forum, loaded: loaded, previous: previous,
      timeliness: Self.timeliness(loaded, due: period.due), results: results, sections: sections,
      diagnostics: diagnostics)
  }

  /// Whether a loaded submission is missing, a draft, on time or late against `due`.
  public static func timeliness(_ loaded: LoadedSubmission, due: CalendarDate) -> Timeliness {
    guard loaded.file != nil else { return .missing }
    guard let submission = loaded.submission else { return .unreadable }
    guard submission.status != .draft else { return .draft }
    guard let date = submission.submittedOn else { return .undated }
    let days = due.days(until: date)
    return days > 0 ? .late(days: days) : .onTime
  }
}
