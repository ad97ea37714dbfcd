/// Everything a report needs besides the submissions: the configuration, the strategy, the
/// economies, the targets and the enabled forum modules, all checked.
public struct Workspace: Sendable {
  /// The workspace root.
  public let root: String
  /// `config/ctst.yaml`.
  public let config: WorkspaceConfig
  /// `config/strategy.yaml`.
  public let strategy: Strategy
  /// `config/economies.yaml`.
  public let economies: EconomyList
  /// `config/targets/*.yaml`.
  public let targets: TargetTable
  /// The enabled forum modules, in registry order.
  public let modules: [any ForumModule]
  /// Every registered forum id, enabled or not.
  public let registeredForums: [String]
  /// The configuration files read, with checksums.
  public let inputs: [InputFile]

  /// The module of forum `id`, if enabled.
  public func module(_ id: String) -> (any ForumModule)? {
    modules.first { $0.descriptor.id == id }
  }

  /// The period `id`, or the latest period when `id` is nil.
  public func period(_ id: String?) -> Period? {
    id.map { config.period($0) } ?? config.latestPeriod
  }
}

/// The outcome of a step that reports problems as diagnostics: a value when the step could
/// produce one, and every finding.
public struct Checked<Value: Sendable>: Sendable {
  /// The value, or nil when errors prevented it.
  public let value: Value?
  /// Everything found.
  public let diagnostics: [Diagnostic]

  /// Creates an outcome.
  public init(_ value: Value?, _ diagnostics: [Diagnostic]) {
    self.value = value
    self.diagnostics = diagnostics
  }
}

/// Loads and checks a workspace's configuration.
public struct WorkspaceLoader: Sendable {
  /// The file reader (and so the root and the YAML limits).
  public let reader: YAMLFileReader
  /// Every registered forum module.
  public let registry: [any ForumModule]

  /// Creates a loader for the workspace at `root`.
  public init(root: String, registry: [any ForumModule]) {
    self.reader = YAMLFileReader(root: root)
    self.registry = registry
  }

  /// Reads `config/ctst.yaml`, `strategy.yaml`, `economies.yaml` and `targets/*.yaml`, checks
  /// them and the forum modules' definitions, and reports every problem found.
  ///
  /// The files are read and decoded two at a time (the strategy beside the calendar and the
  /// economies, then the targets' files side by side); their records and findings are gathered
  /// in the order of reading them one after the other, so the outcome is the same.
  public func load() -> Checked<Workspace> {
    var diagnostics: [Diagnostic] = []
    var inputs: [InputFile] = []
    func gather<T>(_ decoded: Decoded<T>) -> T? {
      if let file = decoded.file { inputs.append(file) }
      diagnostics += decoded.diagnostics
      return decoded.value
    }
    let (strategyFile, (configFile, economiesFile)) = concurrently(
      { decode("config/strategy.yaml", StrategyDecoder.decode) },
      {
        (
          decode("config/ctst.yaml", ConfigDecoder.decode),
          decode("config/economies.yaml", StrategyDecoder.decodeEconomies)
        )
      })
    let config = gather(configFile)
    let strategy = gather(strategyFile) ?? nil
    let economies = gather(economiesFile)
    guard let config, let strategy, let economies else {
      return Checked(nil, diagnostics)
    }
    let registered = registry.map(\.descriptor.id)
    diagnostics += ForumDefinitionCheck(strategy: strategy).verify(registry)
    diagnostics += CrossReferenceCheck(registered: registered).check(config, strategy)
    let enabled = registry.filter { config.enabledForums?.contains($0.descriptor.id) ?? true }
    var targets = TargetTable()
    // Targets are keyed by period: with a broken calendar they would only repeat its errors.
    let calendarIsSound = !diagnostics.contains {
      $0.severity == .error && $0.location?.file == "config/ctst.yaml"
    }
    let targetFiles = (calendarIsSound ? enabled : []).concurrentMap { module in
      let path = "config/targets/\(module.descriptor.id).yaml"
      guard reader.exists(path) else { return Decoded<TargetTable>(nil, nil, []) }
      return decode(path) { value in
        var plans = TargetTable()
        TargetsDecoder.decode(
          value, forum: module.descriptor, periods: config.periods, into: &plans)
        return plans
      }
    }
    for file in targetFiles {
      if let plans = gather(file) { targets.add(plans) }
    }
    let workspace = Workspace(
      root: reader.root, config: config, strategy: strategy, economies: economies,
      targets: targets, modules: enabled, registeredForums: registered, inputs: inputs)
    return Checked(workspace, diagnostics)
  }

  /// One file read and decoded by `body`: its value (nil when it is missing, empty or cannot
  /// be parsed), its record and its findings.
  private func decode<T>(_ path: String, _ body: (ValueReader) -> T) -> Decoded<T> {
    let context = DecodingContext(file: path)
    let (root, file) = reader.read(path, into: context)
    guard let root else {
      if file != nil, !context.diagnostics.hasErrors {
        context.error(
          "the file is empty", at: .init(line: 1, column: 1), code: "config.empty")
      }
      return Decoded(nil, file, context.diagnostics)
    }
    let value = body(root)
    return Decoded(value, file, context.diagnostics)
  }
}

/// A configuration file read and decoded: its value, its record and its findings.
/// ``WorkspaceLoader/load()`` started on a thread of its own, handed over only for the folder
/// it reads: a command can start loading the workspace it is likely to be given before it knows
/// for sure (while its command line is parsed) and never use another folder's.
public struct WorkspaceLoad: Sendable {
  /// The folder being loaded, as given.
  public let root: String
  private let ahead: Ahead<Checked<Workspace>>

  /// Starts loading the workspace at `root` with the forum modules of `registry`.
  public init(root: String, registry: [any ForumModule]) {
    self.root = root
    let loader = WorkspaceLoader(root: root, registry: registry)
    ahead = Ahead { loader.load() }
  }

  /// The loaded workspace, waiting for it, when `root` is the folder this load reads (the same
  /// text); nil for any other folder.
  public func value(for root: String) -> Checked<Workspace>? {
    root == self.root ? ahead.value : nil
  }
}

private struct Decoded<Value> {
  let value: Value?
  let file: InputFile?
  let diagnostics: [Diagnostic]

  init(_ value: Value?, _ file: InputFile?, _ diagnostics: [Diagnostic]) {
    self.value = value
    self.file = file
    self.diagnostics = diagnostics
  }
}

extension Decoded: Sendable where Value: Sendable {}
