import Foundation

/// Paths tests need: the repository root (from this file's location), the fixture workspace and
/// temporary folders.
public enum TestPaths {
  /// The repository root: the folder holding Package.swift.
  public static let repositoryRoot: URL = URL(fileURLWithPath: #filePath)
    .deletingLastPathComponent()  // ReportTestSupport
    .deletingLastPathComponent()  // Tests
    .deletingLastPathComponent()

  /// The tests' own workspace, `Tests/Fixtures/workspace`: a configuration and two periods of
  /// submissions that unit tests read instead of the shipped `config/` and `reports/`, so
  /// editing the shipped sample never changes a test's outcome.
  public static let fixtureWorkspace: URL = repositoryRoot.appendingPathComponent(
    "Tests/Fixtures/workspace", isDirectory: true)

  /// A new empty temporary folder, unique per call.
  public static func temporaryDirectory(_ label: String = "ctst") -> URL {
    let url = FileManager.default.temporaryDirectory
      .appendingPathComponent("\(label)-\(UUID().uuidString)", isDirectory: true)
    try? FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
    return url
  }
}

/// A scratch workspace: a copy of the fixture workspace's `config/` and
/// `reports/*/submissions/`, in a temporary folder, that a test can change freely.
public struct ScratchWorkspace {
  /// The workspace root.
  public let root: URL

  /// Copies the workspace at `source` (default: the fixture workspace) into a new temporary
  /// folder.
  public init(copying source: URL = TestPaths.fixtureWorkspace) throws {
    root = TestPaths.temporaryDirectory("ctst-workspace")
    let manager = FileManager.default
    try manager.copyItem(
      at: source.appendingPathComponent("config"), to: root.appendingPathComponent("config"))
    let reports = source.appendingPathComponent("reports")
    for period in (try? manager.contentsOfDirectory(atPath: reports.path)) ?? [] {
      let submissions = reports.appendingPathComponent(period).appendingPathComponent(
        "submissions")
      guard manager.fileExists(atPath: submissions.path) else { continue }
      let target = root.appendingPathComponent("reports").appendingPathComponent(period)
      try manager.createDirectory(at: target, withIntermediateDirectories: true)
      try manager.copyItem(at: submissions, to: target.appendingPathComponent("submissions"))
    }
  }

  /// Writes `text` to `relative` under the root, creating folders.
  public func write(_ relative: String, _ text: String) throws {
    try write(relative, Data(text.utf8))
  }

  /// Writes `data` to `relative` under the root, creating folders.
  public func write(_ relative: String, _ data: Data) throws {
    let url = root.appendingPathComponent(relative)
    try FileManager.default.createDirectory(
      at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
    try data.write(to: url)
  }

  /// Reads `relative` under the root as text.
  public func read(_ relative: String) throws -> String {
    try String(contentsOf: root.appendingPathComponent(relative), encoding: .utf8)
  }

  /// Replaces every occurrence of `old` with `new` in the file `relative`; throws
  /// ``FixtureEditError`` when `old` is not in the file, so an edit that no longer applies fails
  /// the test instead of silently testing the unedited fixture.
  public func replace(_ old: String, with new: String, in relative: String) throws {
    let text = try read(relative)
    guard text.contains(old) else { throw FixtureEditError(file: relative, missing: old) }
    try write(relative, text.replacingOccurrences(of: old, with: new))
  }

  /// Sets the `forums:` line of `config/ctst.yaml` to enable exactly `ids`, or removes it when
  /// `ids` is nil (every registered forum enabled); throws ``FixtureEditError`` when the file
  /// has no top-level `forums:` line.
  public func enableForums(_ ids: [String]?) throws {
    let path = "config/ctst.yaml"
    var lines = try read(path).split(separator: "\n", omittingEmptySubsequences: false)
      .map(String.init)
    guard let index = lines.firstIndex(where: { $0.hasPrefix("forums:") }) else {
      throw FixtureEditError(file: path, missing: "forums:")
    }
    if let ids {
      lines[index] = "forums: [\(ids.joined(separator: ", "))]"
    } else {
      lines.remove(at: index)
    }
    try write(path, lines.joined(separator: "\n"))
  }

  /// Removes the file `relative` under the root; throws when it does not exist.
  public func delete(_ relative: String) throws {
    try FileManager.default.removeItem(at: root.appendingPathComponent(relative))
  }

  /// Removes the folder.
  public func remove() {
    try? FileManager.default.removeItem(at: root)
  }
}

/// A test's edit of a fixture file that no longer applies: the text it replaces is gone.
public struct FixtureEditError: Error, CustomStringConvertible {
  /// The file, relative to the workspace root.
  public let file: String
  /// The text the edit expected to find.
  public let missing: String

  /// What to fix.
  public var description: String {
    "\(file) does not contain the text this test replaces: '\(missing)'; update the test or"
      + " Tests/Fixtures/workspace"
  }
}
