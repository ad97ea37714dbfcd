import Foundation
import ReportForums
import ReportKernel
import ReportTestSupport
import Testing

/// One file of `Tests/Corpus/`: a broken or hostile input and, in its leading comment lines, what
/// `ctst validate` must say about it (see `Tests/Corpus/README.md`).
struct CorpusCase: Sendable, CustomTestStringConvertible {
  /// The file name.
  let name: String
  /// `# case:` — what the file tries.
  let title: String
  /// `# path:` — where the file goes in the workspace (default: SCCP's 2026 submission).
  let path: String
  /// `# args:` — extra command-line arguments (only `--period ID` is understood here).
  let arguments: [String]
  /// `# exit:` — the exit status.
  let exit: Int32
  /// `# expect:` — every error line about the file, in display order.
  let errors: [String]
  /// `# note:` — every note line about the file, in display order.
  let notes: [String]
  /// `# warning:` — warning lines that must be among those shown.
  let warnings: [String]
  /// The file's bytes, exactly as stored.
  let bytes: Data

  var testDescription: String { name }

  /// `Tests/Corpus`, found from this file's place in the repository.
  static let folder = URL(fileURLWithPath: #filePath)
    .deletingLastPathComponent()  // ReportKernelTests
    .deletingLastPathComponent()  // Tests
    .appendingPathComponent("Corpus")

  /// The default place of a case file.
  static let defaultPath = "reports/2026/submissions/SCCP.yaml"

  /// Every `*.yaml` file of the corpus, by name.
  static let all: [CorpusCase] = {
    let names = (try? FileManager.default.contentsOfDirectory(atPath: folder.path)) ?? []
    return names.filter { $0.hasSuffix(".yaml") }.sorted().map { name in
      let data = FileManager.default.contents(atPath: folder.appendingPathComponent(name).path)
      return CorpusCase(name: name, bytes: data ?? Data())
    }
  }()

  /// Reads the header of `bytes`: the leading lines of the form `# key: value`.
  init(name: String, bytes: Data) {
    self.name = name
    self.bytes = bytes
    var text = String(decoding: bytes, as: UTF8.self)
    if text.hasPrefix("\u{FEFF}") { text.removeFirst() }
    var fields: [(key: String, value: String)] = []
    // "\r\n" is one Character in Swift, so CRLF lines are split on it as well.
    let lines = text.split(omittingEmptySubsequences: false) { $0 == "\n" || $0 == "\r\n" }
    for line in lines {
      guard line.hasPrefix("# "), let colon = line.firstIndex(of: ":") else { break }
      let key = String(line[line.index(line.startIndex, offsetBy: 2)..<colon])
      guard Self.keys.contains(key) else { break }
      let value = line[line.index(after: colon)...].drop { $0 == " " }
      fields.append((key, String(value)))
    }
    func all(_ key: String) -> [String] { fields.filter { $0.key == key }.map(\.value) }
    title = all("case").first ?? ""
    path = all("path").first ?? Self.defaultPath
    arguments = all("args").first.map { $0.split(separator: " ").map(String.init) } ?? []
    exit = all("exit").first.flatMap { Int32($0) } ?? -1
    errors = all("expect")
    notes = all("note")
    warnings = all("warning")
  }

  /// The header keys.
  static let keys: Set<String> = ["case", "path", "args", "exit", "expect", "note", "warning"]

  /// The forum whose submission the case is, when its path is a registered forum's submission.
  var forum: String? {
    let parts = path.split(separator: "/")
    guard parts.count == 4, parts[0] == "reports", parts[2] == "submissions",
      parts[3].hasSuffix(".yaml")
    else { return nil }
    let id = String(parts[3].dropLast(5))
    return ForumRegistry.all.contains { $0.descriptor.id == id } ? id : nil
  }

  /// The period named by `--period`, if any.
  var period: String? {
    guard let index = arguments.firstIndex(of: "--period"), index + 1 < arguments.count else {
      return nil
    }
    return arguments[index + 1]
  }
}

/// What `ctst validate` would do with a workspace: the exit status and the lines it would print
/// about one file.
struct CorpusOutcome: Sendable {
  /// The exit status, mapped from the diagnostics as `ExitStatus.forDiagnostics` maps them
  /// (66 for a missing file, 65 for any other error), or 64 for an unknown period.
  var exit: Int32
  /// The error lines about the file, as printed (`file:line:column: error: message`).
  var errors: [String] = []
  /// The note lines about the file, as printed (`file:line:column: note: message`).
  var notes: [String] = []
  /// The warning lines about the file, as printed.
  var warnings: [String] = []
}

/// Runs corpus inputs the way `ctst validate [--forum F] [--period P]` does, in a scratch copy of
/// the fixture workspace.
enum CorpusRunner {
  /// Puts `bytes` at `path` in a scratch workspace and validates it.
  static func run(
    _ bytes: Data, at path: String, forum: String?, period: String? = nil,
    prepare: (ScratchWorkspace) throws -> Void = { _ in }
  ) throws -> CorpusOutcome {
    let workspace = try ScratchWorkspace()
    defer { workspace.remove() }
    try workspace.write(path, bytes)
    try prepare(workspace)
    return validate(workspace, path: path, forum: forum, period: period)
  }

  /// Runs a corpus case.
  static func run(_ corpusCase: CorpusCase) throws -> CorpusOutcome {
    try run(
      corpusCase.bytes, at: corpusCase.path, forum: corpusCase.forum, period: corpusCase.period)
  }

  /// Validates `workspace` and keeps what is printed about `path`.
  static func validate(
    _ workspace: ScratchWorkspace, path: String, forum: String?, period: String?
  ) -> CorpusOutcome {
    let loaded = workspace.loaded()
    guard let space = loaded.value, !loaded.diagnostics.hasErrors else {
      return outcome(loaded.diagnostics, path: path)
    }
    let chosen = period.map { space.config.period($0) } ?? space.config.latestPeriod
    guard let chosen else { return CorpusOutcome(exit: 64) }
    let analysis = Analyzer(workspace: space).analyze(
      chosen, generalDiagnostics: loaded.diagnostics)
    let diagnostics =
      forum.map { analysis.forum($0)?.diagnostics.sortedForDisplay() ?? [] }
      ?? analysis.diagnostics
    return outcome(diagnostics, path: path)
  }

  /// The exit status of `diagnostics` and the lines printed about `path`.
  static func outcome(_ diagnostics: [Diagnostic], path: String) -> CorpusOutcome {
    let errors = diagnostics.filter { $0.severity == .error }
    let exit: Int32 =
      errors.contains { $0.code == "io.missing" } ? 66 : errors.isEmpty ? 0 : 65
    var result = CorpusOutcome(exit: exit)
    let about = { (line: String) in line.hasPrefix(path + ":") }
    for diagnostic in diagnostics where diagnostic.severity <= .warning {
      let line = diagnostic.description
      if about(line) {
        if diagnostic.severity == .error { result.errors.append(line) }
        if diagnostic.severity == .warning { result.warnings.append(line) }
      }
      for note in diagnostic.notes {
        let rendered = (note.location.map { "\($0): " } ?? "") + "note: \(note.message)"
        if about(rendered) { result.notes.append(rendered) }
      }
    }
    return result
  }
}
