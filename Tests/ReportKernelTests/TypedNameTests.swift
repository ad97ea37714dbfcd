import Foundation
import ReportKernel
import ReportTestSupport
import Testing

/// Names as typed: blanks and invisible characters at the ends are ignored, the rest is shown
/// with its invisible characters as escapes, and a suggestion never reads as the text shown.
@Suite("Typed names")
struct TypedNameTests {
  @Test("blanks, line breaks and invisible characters at either end are ignored; inside kept")
  func trimmed() {
    #expect(TypedName.trimmed("\u{85}txt") == "txt")
    #expect(TypedName.trimmed(" \t\u{A0}txt\u{3000}\u{2028}\n") == "txt")
    #expect(TypedName.trimmed("\u{FEFF}\u{200B}sccp\u{200D}\u{AD}") == "sccp")
    #expect(TypedName.trimmed("t\u{85}xt") == "t\u{85}xt")
    #expect(TypedName.trimmed("\u{85} \u{200B}") == "")
    // A control character that is no blank is not ignored: it is shown.
    #expect(TypedName.trimmed("\u{1}txt") == "\u{1}txt")
  }

  @Test("what does not show as itself is written as an escape")
  func shown() {
    #expect(TypedName.shown("\u{85}txt") == "\\u{85}txt")
    #expect(TypedName.shown("t\u{200B}xt") == "t\\u{200B}xt")
    #expect(TypedName.shown("a b\u{A0}c") == "a b\\u{A0}c")
    #expect(TypedName.shown("20\u{202E}26\u{E000}\u{378}") == "20\\u{202E}26\\u{E000}\\u{378}")
    // A combining mark shows on the letter before it, but not on a quote or an escape.
    #expect(TypedName.shown("Bogota\u{301}") == "Bogota\u{301}")
    #expect(TypedName.shown("\u{301}md") == "\\u{301}md")
    #expect(TypedName.shown("\u{200B}\u{301}md") == "\\u{200B}\\u{301}md")
    #expect(TypedName.shown("Côte d’Ivoire") == "Côte d’Ivoire")
  }

  @Test("a suggestion is never the text shown as wrong")
  func neverTheSameText() {
    #expect(Suggestion.didYouMean("\u{85}txt", in: ["xlsx", "txt"]) == " (did you mean 'txt'?)")
    #expect(Suggestion.didYouMean("txt", in: ["xlsx", "txt"]) == "")
    #expect(Suggestion.didYouMean("TXT", in: ["xlsx", "txt"]) == " (did you mean 'txt'?)")
  }

  @Test("a format in the configuration is shown with its invisible characters")
  func configFormat() throws {
    let workspace = try ScratchWorkspace()
    defer { workspace.remove() }
    try workspace.replace(
      "formats: [xlsx, txt, md]", with: #"formats: [xlsx, "t\u200Bxt"]"#,
      in: "config/ctst.yaml")
    let messages = workspace.loaded().diagnostics.map(\.description)
    #expect(
      messages == [
        "config/ctst.yaml:39:19: error: 'output.formats[1]' must be one of xlsx, txt, md, json,"
          + " csv, found 't\\u{200B}xt' (did you mean 'txt'?)"
      ])
  }
}
