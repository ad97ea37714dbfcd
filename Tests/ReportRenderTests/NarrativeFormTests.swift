import ReportKernel
import ReportRender
import Testing

@Suite("Narratives keep their form")
struct NarrativeFormTests {
  static let pasted = """
    Results this year:
    • first result, with “curly quotes”
    – second result
    ▪ third result

    Challenges:
    1. one
    2) two
       continued
    The forum will report again.
    """

  static func render(_ text: String) throws -> (text: String, markdown: String) {
    let document = try BuilderFixture.document([
      .paragraph(text: text, attribution: "SCCP", source: nil)
    ])
    return (PlainTextRenderer().render(document), MarkdownRenderer().render(document))
  }

  @Test("bullets, a heading line, a numbered list and a closing paragraph in text")
  func text() throws {
    let lines = try Self.render(Self.pasted).text.split(
      separator: "\n", omittingEmptySubsequences: false)
    let start = try #require(lines.firstIndex(of: "Results this year:"))
    #expect(
      Array(lines[start..<(start + 12)]) == [
        "Results this year:", "", "  - first result, with “curly quotes”", "  - second result",
        "  - third result", "", "Challenges:", "", "  1. one", "  2. two continued", "",
        "The forum will report again.",
      ])
  }

  @Test("real Markdown lists")
  func markdown() throws {
    let markdown = try Self.render(Self.pasted).markdown
    #expect(
      markdown.contains(
        "Results this year:\n\n- first result, with “curly quotes”\n- second result\n"
          + "- third result\n\nChallenges:\n\n1. one\n2. two continued\n\n"
          + "The forum will report again."))
  }

  @Test("lines wrapped by the YAML source are joined; hyphenated words are not lists")
  func sourceWrapping() throws {
    let wrapped =
      "The forum met twice and agreed a work plan covering air, sea and land\n"
      + "transport security for the coming two years.\n-not a list"
    let text = try Self.render(wrapped).text
    #expect(
      text.contains(
        "The forum met twice and agreed a work plan covering air, sea and land transport\n"
          + "security for the coming two years. -not a list"))
  }

  @Test("a long bullet wraps with a hanging indent within 80 columns")
  func hanging() throws {
    let item = String(repeating: "word ", count: 30)
    let lines = try Self.render("- " + item).text.split(separator: "\n")
    let first = try #require(lines.firstIndex { $0.hasPrefix("  - word") })
    #expect(lines[first + 1].hasPrefix("    word"))
    #expect(lines.allSatisfy { $0.count <= 80 })
  }
}
