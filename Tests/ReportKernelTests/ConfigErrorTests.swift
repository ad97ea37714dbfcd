import Foundation
import ReportForums
import ReportKernel
import ReportTestSupport
import Testing

@Suite("Configuration errors")
struct ConfigErrorTests {
  @Test("the fixture configuration loads without findings")
  func fixture() throws {
    let loaded = WorkspaceLoader(
      root: TestPaths.fixtureWorkspace.path, registry: ForumRegistry.all
    ).load()
    #expect(loaded.diagnostics.map(\.description) == [])
    let workspace = try #require(loaded.value)
    #expect(workspace.modules.map(\.descriptor.id) == ["CTTF", "TPTWG", "SCCP", "BMG", "TEL"])
    #expect(workspace.config.latestPeriod?.id == "2026")
    #expect(workspace.economies.count == 21)
    #expect(
      workspace.strategy.components.filter(\.isUnassigned).map(\.id) == [
        "travel_destination_security", "energy",
      ])
  }

  @Test("a broken ctst.yaml reports every problem with its place in one pass")
  func brokenConfig() throws {
    let workspace = try ScratchWorkspace()
    defer { workspace.remove() }
    try workspace.write(
      "config/ctst.yaml",
      """
      version: 1
      calendar:
        periods:
          - id: "2025"
            start: 2025-01-01
            end: 2024-12-31
          - id: "2026"
            start: 2026-02-30
            end: 2026-12-31
      forums: [CTTF, SCCPX]
      status:
        on_track: high
      output:
        formats: [xlsx, pdf]
        directory: ../elsewhere
      reprot:
        title: x

      """)
    let messages = workspace.loaded().diagnostics.map(\.description)
    #expect(
      messages == [
        "config/ctst.yaml:6:12: error: period '2025' ends (2024-12-31) before it starts"
          + " (2025-01-01)",
        "config/ctst.yaml:8:14: error: 'calendar.periods[1].start' is not a real date: '2026-02-30'",
        "config/ctst.yaml:12:13: error: 'status.on_track' must be a number, found 'high'",
        "config/ctst.yaml:14:19: error: 'output.formats[1]' must be one of xlsx, txt, md, json,"
          + " csv, found 'pdf'",
        "config/ctst.yaml:15:14: error: 'output.directory' must be a plain folder name (letters,"
          + " digits, '-', '_', '.'), found '../elsewhere'",
        "config/ctst.yaml:16:1: error: unknown key 'reprot' (did you mean 'report'?)",
        "config/ctst.yaml:10:16: error: 'forums' enables unknown forum 'SCCPX' (did you mean 'SCCP'?)",
        "config/ctst.yaml: error: the calendar has no periods; add one under 'calendar.periods'",
      ])
  }

  @Test("a component naming an unknown forum is located in strategy.yaml")
  func unknownLead() throws {
    let workspace = try ScratchWorkspace()
    defer { workspace.remove() }
    try workspace.replace("leads: [BMG]", with: "leads: [BGM]", in: "config/strategy.yaml")
    let errors = workspace.loaded().diagnostics.filter { $0.severity == .error }
    #expect(errors.count == 1)
    let error = try #require(errors.first)
    #expect(
      error.message
        == "component 'border_management' names unknown lead forum 'BGM' (did you mean 'BMG'?)")
    #expect(error.location?.file == "config/strategy.yaml")
    #expect((error.location?.line ?? 0) > 0)
  }

  @Test("a missing configuration file is io.missing, which the CLI maps to exit 66")
  func missingFile() throws {
    let workspace = try ScratchWorkspace()
    defer { workspace.remove() }
    try workspace.delete("config/economies.yaml")
    let loaded = workspace.loaded()
    #expect(loaded.value == nil)
    #expect(loaded.diagnostics.map(\.code) == ["io.missing"])
    #expect(
      loaded.diagnostics.first?.description
        == "config/economies.yaml: error: cannot find config/economies.yaml")
  }

  @Test("a YAML syntax error in a config file is located")
  func syntax() throws {
    let workspace = try ScratchWorkspace()
    defer { workspace.remove() }
    try workspace.write(
      "config/economies.yaml", "version: 1\neconomies:\n  - code: AUS\n    name: [Australia\n")
    let loaded = workspace.loaded()
    #expect(loaded.value == nil)
    let error = try #require(loaded.diagnostics.first)
    #expect(error.code == "yaml.syntax")
    #expect(error.location?.file == "config/economies.yaml")
    #expect(error.location?.line == 5)
  }
}
