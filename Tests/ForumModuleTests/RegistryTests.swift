import Foundation
import ReportForums
import ReportKernel
import ReportTestSupport
import Testing

@Suite("Forum registry")
struct RegistryTests {
  @Test("the registry lists exactly the module folders under Plugins/")
  func registryMatchesFolders() throws {
    let plugins = TestPaths.repositoryRoot.appendingPathComponent("Plugins")
    let folders = try FileManager.default.contentsOfDirectory(atPath: plugins.path).filter {
      var isDirectory: ObjCBool = false
      FileManager.default.fileExists(
        atPath: plugins.appendingPathComponent($0).path, isDirectory: &isDirectory)
      return isDirectory.boolValue
    }
    let registered = ForumRegistry.all.map(\.descriptor.id)
    #expect(
      Set(folders) == Set(registered),
      """
      Plugins/ has \(folders.sorted()); ForumRegistry.all has \(registered.sorted()): \
      add the missing line to Sources/ReportForums/ForumRegistry.swift
      """)
  }

  @Test("every shipped module passes the kernel's definition check")
  func definitionsAreValid() throws {
    let loaded = WorkspaceLoader(
      root: TestPaths.repositoryRoot.path, registry: ForumRegistry.all
    ).load()
    let workspace = try #require(loaded.value)
    let problems = ForumDefinitionCheck(strategy: workspace.strategy).verify(ForumRegistry.all)
    #expect(problems.isEmpty, "\(problems)")
  }

  @Test("each module has at least five indicators and one derived figure")
  func substance() {
    for module in ForumRegistry.all {
      let forum = module.descriptor
      #expect(forum.indicators.count >= 5, "\(forum.id)")
      #expect(forum.indicators.contains { $0.isDerived }, "\(forum.id)")
    }
  }
}
