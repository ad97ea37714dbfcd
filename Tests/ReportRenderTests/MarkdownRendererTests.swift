import Foundation
import ReportKernel
import ReportRender
import ReportTestSupport
import Testing

@Suite("MarkdownRenderer")
struct MarkdownRendererTests {
  let renderer = MarkdownRenderer()

  /// Text a forum lead might paste: a heading, HTML, a table, a link, list markers.
  static let hostile = """
    # Heading
    <script>alert(1)</script>
    | a | b |
    |---|---|
    [x](javascript:alert(1)) and ![img](http://example.org/i.png)
    - item
    1. first
    `code` *bold* _em_ ~~gone~~ &amp;

    > quoted
    """

  static func hostileDocument() throws -> ReportDocument {
    let table = ReportTable(
      id: "t", title: "Cells # with | pipes",
      columns: [ReportColumn("Text"), ReportColumn("Number", .number)],
      rows: [[.text("| a | b |\nsecond <b>line</b>"), .number(-12.5, lowerBound: false)]])
    return try BuilderFixture.document([
      .paragraph(text: hostile, attribution: "SCCP", source: nil), .bullets([hostile]),
      .note(hostile), .table(table),
    ])
  }

  @Test("the consolidated report matches its golden file")
  func consolidatedGolden() throws {
    try BuilderGolden.check(
      renderer.render(BuilderFixture.consolidated()), name: "consolidated-2026.md")
  }

  @Test("the SCCP section matches its golden file")
  func sectionGolden() throws {
    try BuilderGolden.check(renderer.render(BuilderFixture.sccp()), name: "section-SCCP-2026.md")
  }

  @Test("the review pack matches its golden file")
  func reviewGolden() throws {
    try BuilderGolden.check(renderer.render(BuilderFixture.review()), name: "review-2026.md")
  }

  @Test("rendering is deterministic")
  func deterministic() throws {
    #expect(try renderer.render(BuilderFixture.sccp()) == renderer.render(BuilderFixture.sccp()))
  }

  @Test("text from submissions cannot open headings, HTML, tables, links or lists")
  func escaping() throws {
    let markdown = renderer.render(try Self.hostileDocument())
    let headings = markdown.split(separator: "\n").filter { $0.hasPrefix("#") }
    #expect(headings == ["# Test report", "## Test part"])
    #expect(!markdown.contains("<script>"))
    #expect(markdown.contains("\\<script\\>"))
    #expect(markdown.contains("\\[x\\](javascript:alert(1))"))
    #expect(markdown.contains("\\| a \\| b \\|"))
    // The narrative's own list is a real list (its form is kept); the bullet item and the note
    // holding the same text stay escaped.
    #expect(markdown.split(separator: "\n").filter { $0.hasPrefix("- item") }.count == 1)
    #expect(markdown.split(separator: "\n").filter { $0.hasPrefix("1. first") }.count == 1)
    #expect(MarkdownEscaper.inline("- item") == "\\- item")
    #expect(MarkdownEscaper.inline("1. first") == "1\\. first")
    #expect(MarkdownEscaper.inline("+ x") == "\\+ x")
    #expect(MarkdownEscaper.inline("a\nb") == "a b")
  }

  @Test("cmark-gfm renders hostile text inert", .enabled(if: cmarkPath != nil))
  func cmarkHostile() throws {
    let html = try Self.cmark(renderer.render(try Self.hostileDocument()))
    #expect(!html.contains("<script"))
    #expect(!html.contains("href=\"javascript"))
    #expect(!html.contains("<img"))
    #expect(Self.count("<ol>", in: html) == 1)  // the narrative's numbered list
    #expect(!html.contains("<blockquote>\n<p>quoted"))
    #expect(Self.count("<table>", in: html) == 1)
    #expect(Self.count("<h1>", in: html) == 1)
    #expect(Self.count("<ul>", in: html) == 2)  // the narrative's list and the bullets block
    #expect(Self.count("<tr>", in: html) == 2)
  }

  @Test("cmark-gfm renders every table of the consolidated report", .enabled(if: cmarkPath != nil))
  func cmarkReport() throws {
    let document = try BuilderFixture.consolidated()
    let html = try Self.cmark(renderer.render(document))
    let expected = document.parts.flatMap { part in
      part.blocks + part.sections.flatMap(Self.blocks)
    }.filter { block in
      if case .table(let table) = block { return !table.rows.isEmpty }
      return false
    }.count
    #expect(Self.count("<table>", in: html) == expected)
    #expect(!html.contains("<script"))
  }

  static func blocks(_ section: ReportSection) -> [ReportBlock] {
    section.blocks + section.subsections.flatMap(blocks)
  }

  static func count(_ needle: String, in text: String) -> Int {
    text.components(separatedBy: needle).count - 1
  }

  /// Where cmark-gfm is installed, if it is (`apt-get install cmark-gfm`).
  static let cmarkPath: String? = [
    "/usr/bin/cmark-gfm", "/usr/local/bin/cmark-gfm", "/opt/homebrew/bin/cmark-gfm",
  ].first(where: FileManager.default.isExecutableFile)

  /// The HTML cmark-gfm makes of `markdown`, with raw HTML let through so that an injection
  /// would show.
  static func cmark(_ markdown: String) throws -> String {
    let tool = try #require(cmarkPath)
    let input = TestPaths.temporaryDirectory("ctst-md").appendingPathComponent("report.md")
    try Data(markdown.utf8).write(to: input)
    let process = Process()
    process.executableURL = URL(fileURLWithPath: tool)
    process.arguments = [
      "--unsafe", "-e", "table", "-e", "autolink", "-e", "strikethrough", input.path,
    ]
    let output = Pipe()
    process.standardOutput = output
    try process.run()
    let data = output.fileHandleForReading.readDataToEndOfFile()
    process.waitUntilExit()
    #expect(process.terminationStatus == 0)
    return String(decoding: data, as: UTF8.self)
  }
}
