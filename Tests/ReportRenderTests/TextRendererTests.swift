import ReportKernel
import ReportRender
import Testing

@Suite("PlainTextRenderer")
struct TextRendererTests {
  let renderer = PlainTextRenderer()

  @Test("the consolidated report matches its golden file")
  func consolidatedGolden() throws {
    try BuilderGolden.check(
      renderer.render(BuilderFixture.consolidated()), name: "consolidated-2026.txt")
  }

  @Test("the SCCP section matches its golden file")
  func sectionGolden() throws {
    try BuilderGolden.check(renderer.render(BuilderFixture.sccp()), name: "section-SCCP-2026.txt")
  }

  @Test("the review pack matches its golden file")
  func reviewGolden() throws {
    try BuilderGolden.check(renderer.render(BuilderFixture.review()), name: "review-2026.txt")
  }

  @Test("no line is wider than 80 characters")
  func width() throws {
    for document in [
      try BuilderFixture.consolidated(), try BuilderFixture.sccp(), try BuilderFixture.review(),
    ] {
      let lines = renderer.render(document).split(separator: "\n", omittingEmptySubsequences: false)
      for (index, line) in lines.enumerated() where line.count > 80 {
        Issue.record("line \(index + 1) has \(line.count) characters: \(line)")
      }
    }
  }

  @Test("rendering is deterministic")
  func deterministic() throws {
    #expect(
      try renderer.render(BuilderFixture.consolidated())
        == renderer.render(BuilderFixture.consolidated()))
  }

  @Test("numbers, percentages, lower bounds and dollars are formatted for reading")
  func formatting() throws {
    let table = ReportTable(
      id: "t", title: "Figures",
      columns: [
        ReportColumn("Name"), ReportColumn("Count", .integer), ReportColumn("Value", .number),
        ReportColumn("Share", .percent), ReportColumn("Funding", .usd),
      ],
      rows: [
        [
          .text("a"), .integer(1_234_567), .number(405_000, lowerBound: true), .percent(0.5714),
          .usd(98_000),
        ],
        [.text("b"), .integer(-12), .number(-12.5, lowerBound: false), .percent(1), .empty],
      ])
    let text = renderer.render(try BuilderFixture.document([.table(table)]))
    #expect(text.contains("1,234,567"))
    #expect(text.contains("≥ 405,000"))
    #expect(text.contains("57.1%"))
    #expect(text.contains("100.0%"))
    #expect(text.contains("USD 98,000"))
    #expect(text.contains("-12.5"))
  }

  @Test("a table too wide for 80 columns becomes one block per row")
  func recordLayout() throws {
    let columns = (1...9).map { ReportColumn("Column number \($0)") }
    let row = (1...9).map { ReportCell.text("value \($0)") }
    let table = ReportTable(id: "wide", title: "Wide", columns: columns, rows: [row, row])
    let text = renderer.render(try BuilderFixture.document([.table(table)]))
    #expect(text.contains("  Column number 1: value 1"))
    #expect(text.contains("  Column number 9: value 9"))
    #expect(text.split(separator: "\n").allSatisfy { $0.count <= 80 })
  }

  @Test("long paragraphs and words wrap within the width")
  func wrapping() throws {
    let long = String(repeating: "word ", count: 60) + String(repeating: "x", count: 200)
    let text = renderer.render(
      try BuilderFixture.document([
        .paragraph(text: long, attribution: "SCCP", source: nil), .bullets([long]), .note(long),
      ]))
    #expect(text.split(separator: "\n").allSatisfy { $0.count <= 80 })
    #expect(text.contains("(SCCP)"))
  }
}
