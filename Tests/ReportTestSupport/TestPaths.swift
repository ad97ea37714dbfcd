import Foundation

/// Paths tests need: the repository root (from this file's location) and temporary folders.
public enum TestPaths {
  /// The repository root: the folder holding Package.swift.
  public static let repositoryRoot: URL = URL(fileURLWithPath: #filePath)
    .deletingLastPathComponent()  // ReportTestSupport
    .deletingLastPathComponent()  // Tests
    .deletingLastPathComponent()

  /// A new empty temporary folder, unique per call.
  public static func temporaryDirectory(_ label: String = "ctst") -> URL {
    let url = FileManager.default.temporaryDirectory
      .appendingPathComponent("\(label)-\(UUID().uuidString)", isDirectory: true)
    try? FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
    return url
  }
}

/// A scratch workspace: a copy of the repository's `config/` and `reports/*/submissions/`, in a
/// temporary folder, that a test can change without touching the real one.
public struct ScratchWorkspace {
  /// The workspace root.
  public let root: URL

  /// Copies the shipped sample workspace into a new temporary folder.
  public init() throws {
    root = TestPaths.temporaryDirectory("ctst-workspace")
    let manager = FileManager.default
    let source = TestPaths.repositoryRoot
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

  /// Removes the folder.
  public func remove() {
    try? FileManager.default.removeItem(at: root)
  }
}
