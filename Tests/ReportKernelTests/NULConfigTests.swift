import Foundation
import ReportForums
import ReportKernel
import ReportTestSupport
import Testing

/// A NUL character (the YAML escape `\0`, `\x00` or `\u0000`) ends a text handed to the
/// operating system: a command or a path would be cut at it without a word. Every
/// configuration value that becomes a command, a path, a file name or a format is refused
/// when the file is read, at the value's place.
@Suite("NUL characters in the configuration")
struct NULConfigTests {
  static func messages(_ workspace: ScratchWorkspace) -> [String] {
    workspace.loaded()
      .diagnostics.map(\.description)
  }

  static let onFailureComment =
    "    # on_failure: 'mail -s \"ctst export failed ($CTST_EXIT_CODE)\""
    + " secretariat@example.org < /dev/null'"

  @Test("an on_failure command with a NUL is refused at the escape, saying what would run")
  func command() throws {
    let workspace = try ScratchWorkspace()
    defer { workspace.remove() }
    try workspace.replace(
      Self.onFailureComment, with: #"    on_failure: "mail -s failed ops@example.org\0; rm x""#,
      in: "config/ctst.yaml")
    #expect(
      Self.messages(workspace) == [
        "config/ctst.yaml:56:48: error: 'exports[0].on_failure' contains a NUL character"
          + " (U+0000, written \\0, \\x00 or \\u0000): a command ends at the first one, so only"
          + " 'mail -s failed ops@example.org' would run; delete it"
      ])
  }

  @Test("an export directory with a NUL is refused at the escape, saying where it would go")
  func directory() throws {
    let workspace = try ScratchWorkspace()
    defer { workspace.remove() }
    try workspace.replace(
      "directory: exports/nightly ", with: #"directory: "exports\x00/nightly""#,
      in: "config/ctst.yaml")
    #expect(
      Self.messages(workspace) == [
        "config/ctst.yaml:54:24: error: 'exports[0].directory' contains a NUL character"
          + " (U+0000, written \\0, \\x00 or \\u0000): a path ends at the first one, so it would be"
          + " 'exports'; delete it"
      ])
  }

  @Test("a NUL as the first character leaves nothing: the message says so")
  func nothingLeft() throws {
    let workspace = try ScratchWorkspace()
    defer { workspace.remove() }
    try workspace.replace(
      Self.onFailureComment, with: #"    on_failure: "\u0000echo failed""#,
      in: "config/ctst.yaml")
    #expect(
      Self.messages(workspace) == [
        "config/ctst.yaml:56:18: error: 'exports[0].on_failure' contains a NUL character"
          + " (U+0000, written \\0, \\x00 or \\u0000): a command ends at the first one, so nothing"
          + " would run; delete it"
      ])
  }

  @Test("a job name with a NUL is refused as any other character outside the id set")
  func jobName() throws {
    let workspace = try ScratchWorkspace()
    defer { workspace.remove() }
    try workspace.replace("- name: nightly ", with: #"- name: "night\0ly""#, in: "config/ctst.yaml")
    #expect(
      Self.messages(workspace) == [
        "config/ctst.yaml:49:11: error: export job name 'night\\u{0}ly' may hold only letters,"
          + " digits, '-', '_' and '.'"
      ])
  }

  @Test("periods, formats, sections and the output folder with a NUL are refused, shown")
  func idsAndFormats() throws {
    let workspace = try ScratchWorkspace()
    defer { workspace.remove() }
    let path = "config/ctst.yaml"
    try workspace.replace("period: latest ", with: #"period: "20\u000026""#, in: path)
    try workspace.replace(
      "formats: [xlsx, txt, md, json, csv]   ", with: #"formats: [xlsx, "txt\0"]"#, in: path)
    try workspace.replace(
      "sections: [CTTF, TPTWG, SCCP, BMG, TEL]", with: #"sections: ["SC\0CP"]"#, in: path)
    try workspace.replace("directory: output ", with: #"directory: "out\0put""#, in: path)
    #expect(
      Self.messages(workspace) == [
        "config/ctst.yaml:40:14: error: 'output.directory' must be a plain folder name (letters,"
          + " digits, '-', '_', '.'), found 'out\\u{0}put'",
        "config/ctst.yaml:52:21: error: 'exports[0].formats[1]' must be one of xlsx, txt, md,"
          + " json, csv, found 'txt\\u{0}' (did you mean 'txt'?)",
        "config/ctst.yaml:53:13: error: 'period' must be a period id or 'latest', found"
          + " '20\\u{0}26'",
        "config/ctst.yaml:51:15: error: export job 'nightly': 'sections' names unknown forum"
          + " 'SC\\u{0}CP' (did you mean 'SCCP'?); registered forums: "
          + ForumRegistry.ids.joined(separator: ", "),
      ])
  }
}
