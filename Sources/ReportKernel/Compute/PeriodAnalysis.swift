import Dispatch
import FoundationEssentials
import Synchronization

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

  /// This analysis with `findings` added to its own.
  func adding(_ findings: [Diagnostic]) -> ForumAnalysis {
    guard !findings.isEmpty else { return self }
    return ForumAnalysis(
      descriptor: descriptor, loaded: loaded, previous: previous, timeliness: timeliness,
      results: results, sections: sections, diagnostics: diagnostics + findings)
  }
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
    // Fora are independent until here: load their two periods' files and analyse them on every
    // core, then gather them in registry order, so the result is the same as one after the
    // other.
    let perForum = workspace.modules.concurrentPairMap(
      first: { module in loader.load(module, period: period) },
      second: { module in previousPeriod.map { loader.load(module, period: $0) } },
      combine: { module, loaded, previousLoaded in
        let previous = previousLoaded?.submission?.withholdingValues(
          failing: previousLoaded?.diagnostics ?? [])
        let analysis = analyze(
          module, loaded: loaded, previous: previous, period: period,
          previousPeriod: previousPeriod, engine: engine)
        return (loaded.file, previousLoaded?.file, analysis)
      })
    for (file, previousFile, analysis) in perForum {
      if let file { inputs.append(file) }
      if let previousFile { inputs.append(previousFile) }
      forums.append(analysis)
    }
    let stray = loader.strayFiles(period: period)
    let crossForum =
      FactContradictions.check(forums, economies: workspace.economies)
      + JointActivityCheck.check(forums) + ThemeLinkCheck.check(forums)
    // A cross-forum finding belongs to the forum whose file it points at, so every count of a
    // forum's findings (status, validate, the review pack) is made from the same list.
    let unplaced = crossForum.filter { finding in
      !forums.contains { $0.loaded.path == finding.location?.file }
    }
    forums = forums.map { forum in
      forum.adding(crossForum.filter { $0.location?.file == forum.loaded.path })
    }
    return PeriodAnalysis(
      workspace: workspace, period: period, previousPeriod: previousPeriod, forums: forums,
      inputs: inputs, generalDiagnostics: generalDiagnostics + stray + unplaced)
  }

  /// Analyses the file at `location` (relative to the root, or absolute) as forum `module`'s
  /// submission for `period`, named `path` in findings: the checks `ctst validate FILE` runs.
  public func analyze(
    file location: String, shownAs path: String, module: any ForumModule, period: Period
  ) -> ForumAnalysis {
    let loader = SubmissionLoader(workspace: workspace)
    let previousPeriod = workspace.config.previous(before: period)
    let engine = IndicatorEngine(
      targets: workspace.targets, onTrack: workspace.config.onTrackThreshold,
      atRisk: workspace.config.atRiskThreshold)
    let loaded = loader.load(module, period: period, file: location, shownAs: path)
    let previous = previousPeriod.flatMap { loader.load(module, period: $0).submission }
    return analyze(
      module, loaded: loaded, previous: previous, period: period,
      previousPeriod: previousPeriod, engine: engine)
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
    var loaded = loaded
    if let submission = loaded.submission {
      diagnostics += module.check(
        ForumInput(
          submission: submission, previous: previous, period: period,
          previousPeriod: previousPeriod, economies: workspace.economies,
          strategy: workspace.strategy))
      // A value that failed validation is no data from here on: it enters no computation and
      // no report as a figure.
      loaded = loaded.withholdingValues(failing: diagnostics)
    }
    if let submission = loaded.submission {
      let current = ForumInput(
        submission: submission, previous: previous, period: period,
        previousPeriod: previousPeriod, economies: workspace.economies,
        strategy: workspace.strategy)
      derived = module.derive(current)
      input = current
    }
    if let previous, let previousPeriod {
      var before = ForumInput(
        submission: previous, previous: nil, period: previousPeriod, previousPeriod: nil,
        economies: workspace.economies, strategy: workspace.strategy)
      // Last period's figures are compared with, never explained: no result shows their
      // details.
      before.figuresOnly = true
      previousDerived = module.derive(before)
    }
    var comparisons: [String: DerivedComparison] = [:]
    if let current = loaded.submission, let previous, let previousPeriod {
      let economies = workspace.economies
      let strategy = workspace.strategy
      comparisons = DerivedComparison.compare(
        derived: derived, previousDerived: previousDerived, current: current,
        previous: previous
      ) { now, before in
        var nowInput = ForumInput(
          submission: now, previous: previous, period: period,
          previousPeriod: previousPeriod, economies: economies, strategy: strategy)
        var beforeInput = ForumInput(
          submission: before, previous: nil, period: previousPeriod, previousPeriod: nil,
          economies: economies, strategy: strategy)
        nowInput.figuresOnly = true
        beforeInput.figuresOnly = true
        return (module.derive(nowInput), module.derive(beforeInput))
      }
    }
    let results = engine.results(
      forum: forum, period: period, current: loaded.submission, previous: previous,
      derived: derived, previousDerived: previousDerived, derivedComparisons: comparisons)
    let sections = input.map { module.sections($0, results: results) } ?? []
    if let submission = loaded.submission {
      diagnostics += AnalystChecks(
        forum: forum, economies: workspace.economies, period: period,
        previousPeriod: previousPeriod
      ).check(submission, previous: previous, results: results)
    }
    // The checks are done: the analysis keeps the submissions, not their files' bytes.
    return ForumAnalysis(
      descriptor: forum, loaded: loaded.droppingSource(), previous: previous?.droppingSource(),
      timeliness: Self.timeliness(loaded, due: period.due), results: results, sections: sections,
      diagnostics: diagnostics)
  }

  /// Whether a loaded submission is missing, a draft, on time or late against `due`.
  public static func timeliness(_ loaded: LoadedSubmission, due: CalendarDate) -> Timeliness {
    guard !loaded.isMissing else { return .missing }
    guard let submission = loaded.submission else { return .unreadable }
    guard submission.status != .draft else { return .draft }
    guard let date = submission.submittedOn else { return .undated }
    let days = due.days(until: date)
    return days > 0 ? .late(days: days) : .onTime
  }
}

extension Array where Element: Sendable {
  /// `transform` applied to every element, spread over the processor's cores; the results in
  /// the elements' order.
  func concurrentMap<Result: Sendable>(
    _ transform: @Sendable (Element) -> Result
  ) -> [Result] {
    let results = ConcurrentResults<Result>(count: count)
    withoutActuallyEscaping(transform) { transform in
      let elements = self
      let body: @Sendable (Int) -> Void = { index in
        results.set(transform(elements[index]), at: index)
      }
      DispatchQueue.concurrentPerform(iterations: count, execute: body)
    }
    return results.values
  }
}

/// `first` and `second` run at the same time (on two cores when there are two); both results.
/// Used by the kernel and by the report composition.
public func concurrently<First: Sendable, Second: Sendable>(
  _ first: @Sendable () -> First, _ second: @Sendable () -> Second
) -> (First, Second) {
  let firsts = ConcurrentResults<First>(count: 1)
  let seconds = ConcurrentResults<Second>(count: 1)
  withoutActuallyEscaping(first) { first in
    withoutActuallyEscaping(second) { second in
      let body: @Sendable (Int) -> Void = { index in
        if index == 0 {
          firsts.set(first(), at: 0)
        } else {
          seconds.set(second(), at: 0)
        }
      }
      DispatchQueue.concurrentPerform(iterations: 2, execute: body)
    }
  }
  // Both slots are set once concurrentPerform returns.
  return (firsts.values[0], seconds.values[0])
}

/// Results written by concurrent tasks, one slot each.
final class ConcurrentResults<Value: Sendable>: @unchecked Sendable {
  private let slots: Mutex<[Value?]>

  init(count: Int) {
    slots = Mutex(Array(repeating: nil, count: count))
  }

  func set(_ value: Value, at index: Int) {
    slots.withLock { $0[index] = value }
  }

  /// Every value, once all slots are set.
  var values: [Value] {
    slots.withLock { $0.compactMap { $0 } }
  }
}
