import Foundation
import ReportKernel
import ReportTestSupport
import Testing

/// An invisible control character written as a YAML escape in double quotes (`"\x01"`,
/// `"\0"`, `"\e"`) is refused in every text, at the escape, saying which character and how it
/// is written; tab and line breaks stay text.
@Suite("Control characters written as escapes")
struct ControlCharacterTests {
  static let activity = """
    activities:
      - id: TST-2026-01
        title: "Customs\\x01 workshop"
        component: customs
        status: completed

    """

  @Test("a title with \\x01 is refused at the escape, naming the character and its escapes")
  func title() throws {
    let found = try SubmissionErrorTests.findings(SubmissionErrorTests.header + Self.activity)
    #expect(
      found == [
        "reports/2026/submissions/TST.yaml:7:20: error: 'title' in activity 'TST-2026-01'"
          + " contains an invisible control character (U+0001, written \\x01 or \\u0001);"
          + " delete it"
      ])
  }

  @Test("a narrative with \\0 is refused at the escape as a NUL character")
  func narrative() throws {
    let found = try SubmissionErrorTests.findings(
      SubmissionErrorTests.header + """
        narrative:
          customs: "Trained officers.\\0 More to come."

        """)
    #expect(
      found == [
        "reports/2026/submissions/TST.yaml:6:30: error: 'narrative.customs' contains a NUL"
          + " character (U+0000, written \\0, \\x00 or \\u0000); delete it"
      ])
  }

  @Test("a title of nothing but a control character has that one finding")
  func onlyControl() throws {
    let found = try SubmissionErrorTests.findings(
      SubmissionErrorTests.header
        + Self.activity.replacingOccurrences(of: "Customs\\x01 workshop", with: "\\e"))
    #expect(
      found == [
        "reports/2026/submissions/TST.yaml:7:13: error: 'title' in activity 'TST-2026-01'"
          + " contains an invisible control character (U+001B, written \\e, \\x1B or \\u001B);"
          + " delete it"
      ])
  }

  @Test("several in one text are one finding that counts them")
  func several() throws {
    let found = try SubmissionErrorTests.findings(
      SubmissionErrorTests.header + """
        indicators:
          tst.text: {value: "Bell\\a, DEL\\x7F and NEL\\N"}

        """)
    #expect(
      found == [
        "reports/2026/submissions/TST.yaml:6:26: error: 'indicators.tst.text.value' contains an"
          + " invisible control character (U+0007, written \\a, \\x07 or \\u0007) and 2 more;"
          + " delete them"
      ])
  }

  @Test("on a later line of the value, after an escaped backslash, quotes and accents")
  func secondLine() throws {
    // "\\x01" is a backslash and "x01", not an escape; the bell is on the value's second line.
    let found = try SubmissionErrorTests.findings(
      SubmissionErrorTests.header + """
        narrative:
          customs: "Café \\\\x01 is text, \\"quoted\\",
            then a bell\\a on the second line"

        """)
    #expect(
      found == [
        "reports/2026/submissions/TST.yaml:7:16: error: 'narrative.customs' contains an"
          + " invisible control character (U+0007, written \\a, \\x07 or \\u0007); delete it"
      ])
  }

  @Test("tab and line breaks in a narrative, escaped or in a block, are still text")
  func tabAndNewline() throws {
    let found = try SubmissionErrorTests.findings(
      SubmissionErrorTests.header + """
        narrative:
          customs: "Column\\tone\\nSecond line\\r\\n"
        activities:
          - id: TST-2026-01
            title: "Customs workshop"
            component: customs
            status: completed
            summary: |
              First line,	with a tab.
              Second line.

        """)
    #expect(found == [])
  }

  @Test("a report title in the configuration with \\e is refused at the escape")
  func configTitle() throws {
    let workspace = try ScratchWorkspace()
    defer { workspace.remove() }
    try workspace.replace(
      "  title: \"Progress report on the APEC",
      with: "  title: \"\\e[2JProgress report on the APEC",
      in: "config/ctst.yaml")
    let messages = workspace.loaded()
      .diagnostics.map(\.description)
    #expect(
      messages == [
        "config/ctst.yaml:44:11: error: 'report.title' contains an invisible control character"
          + " (U+001B, written \\e, \\x1B or \\u001B); delete it"
      ])
  }

  @Test("the decoded text keeps what was written around the character")
  func textKept() throws {
    let workspace = try ScratchWorkspace()
    defer { workspace.remove() }
    try workspace.replace(
      "  title: \"Progress report on the APEC", with: "  title: \"Progress\\v report on the APEC",
      in: "config/ctst.yaml")
    let loaded = workspace.loaded()
    #expect(loaded.diagnostics.map(\.code) == ["value.control"])
    #expect(
      loaded.value?.config.reportTitle
        == "Progress report on the APEC Consolidated Counter-Terrorism and Secure Trade Strategy")
  }

  @Test("which characters are refused: C0 but tab, LF and CR; DEL; C1")
  func refusedSet() {
    let refused = (0...0xFF).compactMap(Unicode.Scalar.init).filter(ControlCharacter.isRefused)
    #expect(refused.count == 32 - 3 + 1 + 32)
    for allowed: Unicode.Scalar in ["\t", "\n", "\r", " ", "~", "\u{A0}", "\u{202E}", "\u{FFFE}"] {
      #expect(!ControlCharacter.isRefused(allowed))
    }
    #expect(ControlCharacter.refused(in: "plain ASCII\twith tab\r\n") == [])
    #expect(ControlCharacter.refused(in: "café ¿qué?\u{9F}x") == ["\u{9F}"])
    #expect(ControlCharacter.removed(from: "a\u{1}b\u{85}c\td") == "abc\td")
    #expect(
      ControlCharacter.named("\u{85}")
        == "an invisible control character (U+0085, written \\N, \\x85 or \\u0085)")
  }
}
