import Foundation
import ReportForums
import ReportKernel

/// The fixed world every fuzz input is checked against: the sample workspace's configuration,
/// strategy, economies, targets and forum modules, loaded once.
struct FuzzWorld: Sendable {
  /// The loaded workspace.
  let workspace: Workspace
  /// The period an input is filed under (the latest in the calendar).
  let period: Period
  /// The period before it, if any.
  let previousPeriod: Period?
  /// Each enabled forum's submission for the previous period, as shipped.
  let previous: [String: Submission]
  /// The engine that computes indicator results.
  let engine: IndicatorEngine

  /// Loads the workspace at `root`, or says why it cannot be used.
  static func load(root: String) -> Result<FuzzWorld, FuzzSetupError> {
    let loaded = WorkspaceLoader(root: root, registry: ForumRegistry.all).load()
    guard let workspace = loaded.value, !loaded.diagnostics.hasErrors else {
      let first = loaded.diagnostics.first { $0.severity == .error }
      return .failure(
        FuzzSetupError("cannot load the workspace at \(root): \(first?.description ?? "")"))
    }
    guard let period = workspace.config.latestPeriod else {
      return .failure(FuzzSetupError("the workspace at \(root) has no period"))
    }
    let previousPeriod = workspace.config.previous(before: period)
    var previous: [String: Submission] = [:]
    if let previousPeriod {
      let loader = SubmissionLoader(workspace: workspace)
      for module in workspace.modules {
        previous[module.descriptor.id] = loader.load(module, period: previousPeriod).submission
      }
    }
    let engine = IndicatorEngine(
      targets: workspace.targets, onTrack: workspace.config.onTrackThreshold,
      atRisk: workspace.config.atRiskThreshold)
    return .success(
      FuzzWorld(
        workspace: workspace, period: period, previousPeriod: previousPeriod, previous: previous,
        engine: engine))
  }
}

/// Why the fuzzer could not start.
struct FuzzSetupError: Error, CustomStringConvertible {
  let description: String

  init(_ description: String) {
    self.description = description
  }
}

/// What one input did, for the mutation fuzzer's feedback: the classes of findings it
/// produced.
struct FuzzOutcome {
  /// Stable codes of every finding (`yaml.syntax`, `schema.type`, `sccp.mra_self_pair` …),
  /// each with the number of times it occurred bucketed to a power of two.
  var features: Set<String> = []
  /// The total size of the rendered findings, so nothing is optimised away.
  var renderedBytes = 0
}

/// The code under test: one input through the YAML loader, every decoder and the whole
/// per-forum analysis, exactly as `ctst validate` runs it on a submission file but in memory.
enum FuzzTarget {
  /// Where an input pretends to be.
  static func file(for forum: String, in world: FuzzWorld) -> String {
    "reports/\(world.period.id)/submissions/\(forum).yaml"
  }

  /// Runs `bytes` through the loader, the configuration, strategy, economies and targets
  /// decoders, the submission decoder, the kernel's validator and the forum module's checks,
  /// derivations, indicator results and sections. Never throws: every problem must become a
  /// diagnostic; a crash or a hang here is a bug.
  static func run(_ bytes: [UInt8], world: FuzzWorld) -> FuzzOutcome {
    var outcome = FuzzOutcome()
    let modules = world.workspace.modules
    let reader = YAMLFileReader(root: world.workspace.root)
    let probe = DecodingContext(file: "input.yaml")
    guard let root = reader.parse(bytes, into: probe) else {
      record(probe.diagnostics, into: &outcome)
      return outcome
    }
    record(probe.diagnostics, into: &outcome)
    // The configuration decoders see the same tree.
    let config = DecodingContext(file: "config/ctst.yaml")
    let decodedConfig = ConfigDecoder.decode(root.recording(into: config))
    let strategy = DecodingContext(file: "config/strategy.yaml")
    _ = StrategyDecoder.decode(root.recording(into: strategy))
    _ = StrategyDecoder.decodeEconomies(root.recording(into: strategy))
    var targets = TargetTable()
    if let module = modules.first {
      TargetsDecoder.decode(
        root.recording(into: config), forum: module.descriptor,
        periods: decodedConfig.periods + world.workspace.config.periods, into: &targets)
    }
    record(config.diagnostics + strategy.diagnostics, into: &outcome)
    // The submission: filed under the forum it names when that forum exists.
    let scratch = root.recording(into: DecodingContext(file: "input.yaml"))
    let named = scratch.entries()?.first { $0.key == "forum" }?.value.string()
    guard
      let module = modules.first(where: { $0.descriptor.id == named }) ?? modules.first
    else { return outcome }
    let forum = module.descriptor
    let file = file(for: forum.id, in: world)
    let context = DecodingContext(file: file)
    probe.diagnostics.forEach(context.add)
    let decoded = SubmissionDecoder.decode(root.recording(into: context), file: file)
    guard let submission = decoded else {
      record(context.diagnostics, into: &outcome)
      return outcome
    }
    let validator = SubmissionValidator(
      forum: forum, period: world.period, strategy: world.workspace.strategy,
      economies: world.workspace.economies, knownForums: world.workspace.registeredForums)
    var diagnostics =
      context.diagnostics
      + validator.validate(
        submission, header: root.recording(into: context).location)
    let previous = world.previous[forum.id]
    let input = ForumInput(
      submission: submission, previous: previous, period: world.period,
      previousPeriod: world.previousPeriod, economies: world.workspace.economies,
      strategy: world.workspace.strategy)
    diagnostics += module.check(input)
    let derived = module.derive(input)
    var previousDerived: [DerivedValue] = []
    if let previous, let previousPeriod = world.previousPeriod {
      previousDerived = module.derive(
        ForumInput(
          submission: previous, previous: nil, period: previousPeriod, previousPeriod: nil,
          economies: world.workspace.economies, strategy: world.workspace.strategy))
    }
    let results = world.engine.results(
      forum: forum, period: world.period, current: submission, previous: previous,
      derived: derived, previousDerived: previousDerived)
    let sections = module.sections(input, results: results)
    outcome.renderedBytes += results.count + sections.count
    record(diagnostics.sortedForDisplay(), into: &outcome)
    return outcome
  }

  private static func record(_ diagnostics: [Diagnostic], into outcome: inout FuzzOutcome) {
    var counts: [String: Int] = [:]
    for diagnostic in diagnostics {
      counts[diagnostic.code, default: 0] += 1
      outcome.renderedBytes += diagnostic.description.utf8.count
      for note in diagnostic.notes { outcome.renderedBytes += note.message.utf8.count }
    }
    for (code, count) in counts {
      outcome.features.insert("\(code)#\(Int.bitWidth - count.leadingZeroBitCount)")
    }
  }
}
