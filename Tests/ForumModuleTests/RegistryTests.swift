import Foundation
import ReportForums
import ReportKernel
import ReportTestSupport
import Testing

/// The registry is the one list of forums in code; the package manifest and the module folders
/// must agree with it.
@Suite("Forum registry")
struct RegistryTests {
  /// The folders under `Plugins/`.
  static func pluginFolders() throws -> [String] {
    let plugins = TestPaths.repositoryRoot.appendingPathComponent("Plugins")
    return try FileManager.default.contentsOfDirectory(atPath: plugins.path).filter {
      var isDirectory: ObjCBool = false
      let exists = FileManager.default.fileExists(
        atPath: plugins.appendingPathComponent($0).path, isDirectory: &isDirectory)
      return exists && isDirectory.boolValue
    }.sorted()
  }

  /// The quoted ids of the `let forums = [...]` line of `Package.swift`, read as text.
  static func manifestForums() throws -> [String] {
    let manifest = try String(
      contentsOf: TestPaths.repositoryRoot.appendingPathComponent("Package.swift"),
      encoding: .utf8)
    let line = try #require(
      manifest.split(separator: "\n").first { $0.hasPrefix("let forums = [") },
      "Package.swift has no 'let forums = [...]' line")
    return line.split(separator: "\"").enumerated().filter { $0.offset % 2 == 1 }
      .map { String($0.element) }
  }

  @Test("Package.swift, the Plugins/ folders and the registry list the same forums")
  func listsAgree() throws {
    let registered = ForumRegistry.ids.sorted()
    let folders = try Self.pluginFolders()
    let manifest = try Self.manifestForums()
    #expect(!registered.isEmpty)
    #expect(
      folders == registered,
      """
      Plugins/ has \(folders); ForumRegistry has \(registered): a module folder needs its line \
      in Sources/ReportForums/ForumRegistry.swift (see Plugins/README.md)
      """)
    #expect(
      manifest.sorted() == registered,
      """
      Package.swift's forums list has \(manifest.sorted()); ForumRegistry has \(registered): \
      add the id to 'let forums' in Package.swift
      """)
    #expect(manifest.count == Set(manifest).count, "Package.swift lists a forum twice")
  }

  @Test("the registry's ids are its modules' ids, in order")
  func ids() {
    #expect(ForumRegistry.ids == ForumRegistry.all.map(\.descriptor.id))
    #expect(ForumRegistry.ids.count == Set(ForumRegistry.ids).count)
  }

  @Test("every registered module passes the kernel's definition check")
  func definitionsAreValid() throws {
    let loaded = WorkspaceLoader(
      root: TestPaths.fixtureWorkspace.path, registry: ForumRegistry.all
    ).load()
    let workspace = try #require(loaded.value)
    let problems = ForumDefinitionCheck(strategy: workspace.strategy).verify(ForumRegistry.all)
    #expect(problems.isEmpty, "\(problems)")
  }
}
