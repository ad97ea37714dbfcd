import Foundation

/// The repository this harness was built from, and the default seed folders in it.
enum FuzzPaths {
  /// The repository root: `$CTST_ROOT`, else the folder three levels above this file.
  static var root: String {
    if let root = ProcessInfo.processInfo.environment["CTST_ROOT"], !root.isEmpty { return root }
    return URL(fileURLWithPath: #filePath)
      .deletingLastPathComponent()  // ctst-fuzz
      .deletingLastPathComponent()  // Sources
      .deletingLastPathComponent().path
  }

  /// `Tests/Corpus` and every `reports/<period>/submissions` under `root`.
  static func seedFolders(root: String) -> [String] {
    let reports = URL(fileURLWithPath: root).appendingPathComponent("reports")
    let periods = (try? FileManager.default.contentsOfDirectory(atPath: reports.path)) ?? []
    return [URL(fileURLWithPath: root).appendingPathComponent("Tests/Corpus").path]
      + periods.sorted().map { reports.appendingPathComponent($0 + "/submissions").path }
  }

  /// The regular files of `folders` (files given directly are taken as they are), sorted by
  /// path so that a run is reproducible.
  static func files(in folders: [String]) -> [String] {
    var found: [String] = []
    for folder in folders {
      var isDirectory: ObjCBool = false
      guard FileManager.default.fileExists(atPath: folder, isDirectory: &isDirectory) else {
        continue
      }
      guard isDirectory.boolValue else {
        found.append(folder)
        continue
      }
      let names = (try? FileManager.default.contentsOfDirectory(atPath: folder)) ?? []
      found += names.filter { $0.hasSuffix(".yaml") }.map { "\(folder)/\($0)" }
    }
    return found.sorted()
  }
}

/// `ctst-fuzz --mutate`: a deterministic mutation fuzzer for toolchains without libFuzzer, and
/// the fixed-seed smoke pass `make test` runs; `ctst-fuzz --replay FILE…` runs given inputs.
struct FuzzCommand {
  var seed: UInt64 = 1
  var iterations = 10_000
  var seconds: Double?
  var maxLength = 65_536
  var timeout = 10.0
  var root = FuzzPaths.root
  var corpus: [String] = []
  var artifacts: String?
  var replay: [String] = []
  var quiet = false

  static let usage = """
    usage: ctst-fuzz --mutate [--seed S] [--iterations N] [--seconds T] [--max-len BYTES]
                     [--timeout SECONDS] [--root DIR] [--corpus DIR]... [--artifacts DIR]
           ctst-fuzz --replay FILE...
    Built with -sanitize=fuzzer (make fuzz), the same program is a libFuzzer target instead.
    """

  /// Parses `arguments` (without the program name); nil with a message on a usage error.
  static func parse(_ arguments: [String]) -> Result<FuzzCommand, FuzzSetupError> {
    var command = FuzzCommand()
    var mode: String?
    var index = 0
    func value() -> String? {
      index += 1
      return index < arguments.count ? arguments[index] : nil
    }
    while index < arguments.count {
      let argument = arguments[index]
      switch argument {
      case "--mutate", "--replay": mode = argument
      case "--seed": command.seed = value().flatMap { UInt64($0) } ?? .max
      case "--iterations": command.iterations = value().flatMap { Int($0) } ?? -1
      case "--seconds": command.seconds = value().flatMap { Double($0) } ?? -1
      case "--max-len": command.maxLength = value().flatMap { Int($0) } ?? -1
      case "--timeout": command.timeout = value().flatMap { Double($0) } ?? -1
      case "--root": command.root = value() ?? ""
      case "--corpus": command.corpus.append(value() ?? "")
      case "--artifacts": command.artifacts = value()
      case "--quiet": command.quiet = true
      default:
        guard mode == "--replay", !argument.hasPrefix("-") else {
          return .failure(FuzzSetupError("unknown argument '\(argument)'\n\(usage)"))
        }
        command.replay.append(argument)
      }
      index += 1
    }
    guard mode != nil, command.iterations >= 0, command.maxLength > 0, command.timeout > 0,
      command.seed != .max, (command.seconds ?? 0) >= 0, !command.root.isEmpty
    else { return .failure(FuzzSetupError(usage)) }
    if mode == "--mutate" { command.replay = [] }
    return .success(command)
  }

  /// Runs the command; returns the exit status.
  func run() -> Int32 {
    let world: FuzzWorld
    switch FuzzWorld.load(root: root) {
    case .success(let loaded): world = loaded
    case .failure(let error):
      print(error, to: &standardError)
      return 66
    }
    if !replay.isEmpty { return runReplay(world) }
    return runMutations(world)
  }

  private func runReplay(_ world: FuzzWorld) -> Int32 {
    for path in replay {
      guard let data = FileManager.default.contents(atPath: path) else {
        print("ctst-fuzz: cannot read \(path)", to: &standardError)
        return 66
      }
      let start = Date()
      let outcome = FuzzTarget.run([UInt8](data), world: world)
      let elapsed = Date().timeIntervalSince(start)
      print(
        "\(path): \(data.count) bytes, \(outcome.features.sorted().joined(separator: " ")),"
          + " \(String(format: "%.3f", elapsed)) s")
    }
    return 0
  }

  private func runMutations(_ world: FuzzWorld) -> Int32 {
    let folders = corpus.isEmpty ? FuzzPaths.seedFolders(root: root) : corpus
    var pool = FuzzPaths.files(in: folders).compactMap { path in
      FileManager.default.contents(atPath: path).map { Array([UInt8]($0).prefix(maxLength)) }
    }
    if pool.isEmpty { pool = [Array("forum: SCCP\nperiod: \"2026\"\nstatus: draft\n".utf8)] }
    let dictionary = URL(fileURLWithPath: root).appendingPathComponent("Tests/Corpus/fuzz.dict")
    let tokens = (try? String(contentsOf: dictionary, encoding: .utf8)).map(FuzzDictionary.parse)
    let folder =
      artifacts ?? URL(fileURLWithPath: root).appendingPathComponent(".build-fuzz/artifacts").path
    try? FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
    CrashGuard.install(
      crash: "\(folder)/crash-seed\(seed).yaml", hang: "\(folder)/hang-seed\(seed).yaml",
      timeout: timeout)
    var features: Set<String> = []
    for input in pool {
      CrashGuard.begin(input)
      features.formUnion(FuzzTarget.run(input, world: world).features)
      CrashGuard.end()
    }
    let seeds = pool.count
    var mutator = Mutator(
      random: SplitMix64(seed: seed), tokens: tokens ?? [], maxLength: maxLength)
    let start = Date()
    var executions = 0
    var slowest = 0.0
    while executions < iterations {
      if let seconds, Date().timeIntervalSince(start) >= seconds { break }
      let base = pool[mutator.random.below(pool.count)]
      let other = pool[mutator.random.below(pool.count)]
      let input = mutator.mutate(base, other: other)
      let began = Date()
      CrashGuard.begin(input)
      let outcome = FuzzTarget.run(input, world: world)
      CrashGuard.end()
      slowest = max(slowest, Date().timeIntervalSince(began))
      executions += 1
      if !outcome.features.isSubset(of: features), pool.count < 20_000 {
        features.formUnion(outcome.features)
        pool.append(input)
      }
      if !quiet, executions % 10_000 == 0 {
        print("ctst-fuzz: \(executions) executions, pool \(pool.count)", to: &standardError)
      }
    }
    let elapsed = Date().timeIntervalSince(start)
    print(
      "ctst-fuzz: seed \(seed): \(executions) executions in \(String(format: "%.1f", elapsed)) s"
        + " from \(seeds) seeds; pool \(pool.count) inputs, \(features.count) finding classes;"
        + " slowest input \(String(format: "%.3f", slowest)) s; no crash, no hang")
    return 0
  }
}

/// Standard error as a `TextOutputStream`.
struct StandardError: TextOutputStream {
  mutating func write(_ string: String) {
    FileHandle.standardError.write(Data(string.utf8))
  }
}

nonisolated(unsafe) var standardError = StandardError()
