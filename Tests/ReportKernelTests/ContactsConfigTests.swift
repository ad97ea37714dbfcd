import Foundation
import ReportKernel
import ReportTestSupport
import Testing

@Suite("Contacts in the configuration")
struct ContactsConfigTests {
  private func config(_ text: String) throws -> (WorkspaceConfig?, [String]) {
    let workspace = try ScratchWorkspace()
    defer { workspace.remove() }
    try workspace.write("config/ctst.yaml", text)
    let loaded = workspace.loaded()
    return (
      loaded.value?.config,
      loaded.diagnostics.map(\.description).filter { $0.hasPrefix("config/ctst.yaml") }
    )
  }

  @Test("contacts are read per forum, with an optional e-mail")
  func contacts() throws {
    let (config, messages) = try config(
      """
      version: 1
      calendar:
        periods: [{id: "2026", start: 2026-01-01, end: 2026-12-31}]
      contacts:
        - forum: TEL
          name: "TEL lead"
          email: tel@example.org
        - forum: BMG
          name: "BMG lead"

      """)
    #expect(messages == [])
    #expect(
      config?.contacts["TEL"] == Submission.Contact(name: "TEL lead", email: "tel@example.org"))
    #expect(config?.contacts["BMG"] == Submission.Contact(name: "BMG lead", email: nil))
  }

  @Test("a forum with two contacts, a missing name and an unknown key are located errors")
  func errors() throws {
    let (_, messages) = try config(
      """
      version: 1
      calendar:
        periods: [{id: "2026", start: 2026-01-01, end: 2026-12-31}]
      contacts:
        - forum: TEL
          name: "TEL lead"
        - forum: TEL
          name: "Other"
        - forum: BMG
          mail: bmg@example.org

      """)
    #expect(
      messages == [
        "config/ctst.yaml:7:12: error: forum 'TEL' has two contacts; keep one entry per forum",
        "config/ctst.yaml:9:5: error: missing required key 'name' in 'contacts[2]'",
        "config/ctst.yaml:10:5: error: unknown key 'mail' in 'contacts[2]' (did you mean 'email'?)",
      ])
  }
}
