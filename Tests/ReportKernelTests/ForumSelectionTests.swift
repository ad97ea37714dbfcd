import Foundation
import ReportForums
import ReportKernel
import ReportTestSupport
import Testing

/// Which forums a workspace reports on (`forums:`) and which sections an export job writes
/// (`sections:`): both optional, both checked against the registry.
@Suite("Forum selection")
struct ForumSelectionTests {
  static let sections = "sections: [CTTF, TPTWG, SCCP, BMG, TEL]"

  @Test("without 'forums:' every registered forum is enabled, in registry order")
  func defaultIsEveryForum() throws {
    let workspace = try ScratchWorkspace()
    defer { workspace.remove() }
    try workspace.enableForums(nil)
    let loaded = workspace.loaded()
    #expect(loaded.diagnostics.map(\.description) == [])
    let space = try #require(loaded.value)
    #expect(space.config.enabledForums == nil)
    #expect(space.modules.map(\.descriptor.id) == ForumRegistry.ids)
    #expect(space.registeredForums == ForumRegistry.ids)
  }

  @Test("'sections: all' writes every enabled forum's section, in registry order")
  func sectionsAll() throws {
    let workspace = try ScratchWorkspace()
    defer { workspace.remove() }
    try workspace.replace(Self.sections, with: "sections: all", in: "config/ctst.yaml")
    try workspace.enableForums(["TEL", "SCCP"])
    let loaded = workspace.loaded()
    #expect(loaded.diagnostics.map(\.description) == [])
    let job = try #require(loaded.value?.config.exportJobs.first)
    #expect(job.sections == .all)
    #expect(job.sections.forums(among: ["SCCP", "TEL"]) == ["SCCP", "TEL"])
    #expect(SectionChoice.forums(["TEL"]).forums(among: ["SCCP", "TEL"]) == ["TEL"])
  }

  @Test("a section of an unknown forum is an error at its place; of a disabled one, a warning")
  func sectionsChecked() throws {
    let workspace = try ScratchWorkspace()
    defer { workspace.remove() }
    try workspace.replace(Self.sections, with: "sections: [SCCP, BGM, TEL]", in: "config/ctst.yaml")
    try workspace.enableForums(["SCCP"])
    let messages = workspace.loaded().diagnostics.map(\.description)
    #expect(
      messages == [
        "config/ctst.yaml:51:15: error: export job 'nightly': 'sections' names unknown forum"
          + " 'BGM' (did you mean 'BMG'?); registered forums: "
          + ForumRegistry.ids.joined(separator: ", "),
        "config/ctst.yaml:51:15: warning: export job 'nightly': 'sections' names TEL, which"
          + " 'forums' does not enable; its section is not written",
      ])
  }

  @Test("'sections' must be 'all' or a list")
  func sectionsShape() throws {
    let workspace = try ScratchWorkspace()
    defer { workspace.remove() }
    try workspace.replace(Self.sections, with: "sections: every", in: "config/ctst.yaml")
    let messages = workspace.loaded().diagnostics.map(\.description)
    #expect(
      messages == [
        "config/ctst.yaml:51:15: error: 'exports[0].sections' must be 'all' or a list of forum"
          + " ids such as [SCCP, BMG], found 'every'"
      ])
  }

  @Test("an unknown forum under 'forums:' is an error at the id itself")
  func unknownEnabledForumLocated() throws {
    let workspace = try ScratchWorkspace()
    defer { workspace.remove() }
    try workspace.enableForums(["SCCP", "CTFT"])
    let messages = workspace.loaded().diagnostics.map(\.description)
    // `forums: [SCCP, CTFT]` is line 25; CTFT starts in column 16.
    #expect(
      messages.contains(
        "config/ctst.yaml:31:16: error: 'forums' enables unknown forum 'CTFT' (did you mean"
          + " 'CTTF'?)"))
  }

  @Test("a forum id in the configuration with an invisible character shows it as an escape")
  func unknownForumShowsInvisibleCharacters() throws {
    let workspace = try ScratchWorkspace()
    defer { workspace.remove() }
    try workspace.replace(
      "forums: [CTTF, TPTWG, SCCP, BMG, TEL]", with: "forums: [\"CT\\u200BTF\", SCCP]",
      in: "config/ctst.yaml")
    try workspace.replace(
      Self.sections, with: "sections: [\"SC\\u200BCP\"]", in: "config/ctst.yaml")
    let messages = workspace.loaded().diagnostics.map(\.description)
    // Shown raw, 'CT\u{200B}TF' would look exactly like the 'CTTF' suggested in its place.
    #expect(
      messages.contains(
        "config/ctst.yaml:31:10: error: 'forums' enables unknown forum 'CT\\u{200B}TF' (did you"
          + " mean 'CTTF'?)"), "\(messages)")
    #expect(
      messages.contains(
        "config/ctst.yaml:51:15: error: export job 'nightly': 'sections' names unknown forum"
          + " 'SC\\u{200B}CP' (did you mean 'SCCP'?); registered forums: CTTF, TPTWG, SCCP, BMG,"
          + " TEL"), "\(messages)")
  }
}
