import Foundation
import ReportForums
import ReportKernel
import ReportTestSupport
import Testing

/// A workspace loaded ahead is handed over for the folder it reads and no other.
@Suite("Workspace loaded ahead")
struct WorkspaceLoadTests {
  @Test("the folder it reads gets what loading it directly gives")
  func sameFolder() throws {
    let workspace = try ScratchWorkspace()
    defer { workspace.remove() }
    try workspace.replace(
      "version: 1\ntitle:", with: "version: 1\ntitel: x\ntitle:", in: "config/strategy.yaml")
    let ahead = WorkspaceLoad(root: workspace.root.path, registry: ForumRegistry.all)
    let direct = workspace.loaded()
    let handed = try #require(ahead.value(for: workspace.root.path))
    #expect(handed.diagnostics.map(\.description) == direct.diagnostics.map(\.description))
    #expect(
      handed.diagnostics.map(\.description) == [
        "config/strategy.yaml:17:1: error: unknown key 'titel' (did you mean 'title'?)"
      ])
    #expect(handed.value?.inputs == direct.value?.inputs)
    #expect(handed.value?.root == workspace.root.path)
  }

  @Test("any other folder gets nothing, even the same folder written another way")
  func otherFolder() throws {
    let workspace = try ScratchWorkspace()
    defer { workspace.remove() }
    let ahead = WorkspaceLoad(root: workspace.root.path, registry: ForumRegistry.all)
    #expect(ahead.value(for: workspace.root.path + "/") == nil)
    #expect(ahead.value(for: workspace.root.deletingLastPathComponent().path) == nil)
    #expect(ahead.value(for: "") == nil)
    #expect(ahead.value(for: workspace.root.path) != nil)
  }
}
