import ReportCompose
import ReportKernel
import ReportRender
import ReportTestSupport
import Testing

/// The review pack's per-indicator lists, on a workspace of the test's own, in every format.
@Suite("Joiners, leavers and withheld values in the review pack")
struct FigureReviewTests {
  /// 2025: members IDN, THA (VNM no); detections IDN 3, THA 2. 2026: members IDN, MEX, MYS
  /// (THA no); detections IDN 4, TWN 1; workshops `1,250` (an error: withheld).
  static let submissions = [
    "2025": """
    indicators:
      fig.members:
        by_economy: {IDN: yes, THA: yes, VNM: no}
      fig.detections:
        by_economy: {IDN: 3, THA: 2}

    """,
    "2026": """
    indicators:
      fig.members:
        by_economy: {IDN: yes, MEX: yes, MYS: yes, THA: no}
      fig.detections:
        by_economy: {IDN: 4, TWN: 1}
      fig.workshops:
        value: 1,250

    """,
  ]

  static func review() throws -> ReportDocument {
    let analysis = try FigureWorkspace(submissions: submissions).analyze()
    return try #require(ReportBuilder(analysis: analysis, toolVersion: "0").review())
  }

  @Test("joiners and leavers per indicator, by APEC name in APEC order")
  func joinersAndLeavers() throws {
    let review = try Self.review()
    let table = try #require(review.sheets.joiners)
    // Members: {IDN, MEX, MYS} now against {IDN, THA}: Mexico and Malaysia joined — in APEC
    // order by name Malaysia before Mexico, though MEX sorts before MYS — and Thailand left.
    // Detections: reported by {IDN, TWN} against {IDN, THA}: Chinese Taipei entered, Thailand
    // left (total 5 → 5: change 0; like for like, Indonesia 3 → 4: +1).
    #expect(
      table.rows == [
        [
          .text("FIG"), .text("fig.members"), .text("Economies in the programme"),
          .text("yes-list (membership)"), .text("Malaysia; Mexico"), .text("Thailand"),
        ],
        [
          .text("FIG"), .text("fig.detections"), .text("Detections"),
          .text("economies reporting"), .text("Chinese Taipei"), .text("Thailand"),
        ],
      ])
    let parts = review.parts.first { $0.id == "review.economies" }
    #expect(parts?.blocks.contains(.table(table)) == true)
  }

  @Test("a withheld value is listed with its place and error")
  func withheldListed() throws {
    let review = try Self.review()
    let table = try #require(review.sheets.withheld)
    // `value: 1,250` is on line 10 of the file (3 header lines, then the body), column 12.
    #expect(table.rows.count == 1)
    let row = try #require(table.rows.first)
    #expect(
      Array(row.prefix(4)) == [
        .text("FIG"), .text("fig.workshops"), .text("Workshops held"),
        .text("reports/2026/submissions/FIG.yaml:10:12"),
      ])
    guard case .text(let message) = row[4] else {
      Issue.record("no error message beside the withheld value")
      return
    }
    #expect(message.contains("1,250"))
  }

  @Test("change by kind; the like-for-like rule in every table that has the column")
  func changeByKindPerTable() throws {
    let analysis = try FigureWorkspace(submissions: Self.submissions).analyze()
    let document = ReportBuilder(analysis: analysis, toolVersion: "0").consolidated()
    let tables = FigureReportTests.tables(document).filter { table in
      table.columns.contains { $0.title == "Like for like" }
    }
    #expect(tables.map(\.id) == ["indicators.FIG.figures", "annex.indicators"])
    let rule =
      "Like for like: the change over only the economies reporting in both periods; the"
      + " economies that entered or left are named below."
    for table in tables {
      #expect(table.notes.contains(rule))
      let titles = FigureReportTests.column(table, "Indicator")
      let changes = FigureReportTests.column(table, "Change vs 2025")
      let likeForLike = FigureReportTests.column(table, "Like for like")
      let members = try #require(titles.firstIndex(of: .text("Economies in the programme")))
      let detections = try #require(titles.firstIndex(of: .text("Detections")))
      // Members 3 − 2 = 1, a membership count: no like-for-like figure.
      #expect(changes[members] == .number(1, lowerBound: false))
      #expect(likeForLike[members] == .empty)
      // Detections: total (4 + 1) − (3 + 2) = 0; like for like, Indonesia alone, 4 − 3 = 1.
      #expect(changes[detections] == .number(0, lowerBound: false))
      #expect(likeForLike[detections] == .number(1, lowerBound: false))
    }
    let notes = tables.first?.notes ?? []
    #expect(
      notes.contains("Economies in the programme: Malaysia and Mexico joined; Thailand left."))
    #expect(
      notes.contains(
        "Detections: Chinese Taipei reported for the first time; Thailand did not report this"
          + " time."))
  }

  @Test("the lists read in text, Markdown and the workbook")
  func everyFormat() throws {
    let review = try Self.review()
    for text in [PlainTextRenderer().render(review), MarkdownRenderer().render(review)] {
      #expect(text.contains("Economies that joined or left since 2025"))
      #expect(text.contains("Malaysia; Mexico"))
      #expect(text.contains("Chinese Taipei"))
      #expect(text.contains("reports/2026/submissions/FIG.yaml:10:12"))
      #expect(!text.contains("TWN"))
    }
    let package = try XLSXRenderFixture.render(review)
    let names = try package.sheetNames()
    #expect(names.contains("Joiners and leavers"))
    #expect(names.contains("Withheld"))
    let strings = try package.sharedStrings()
    #expect(strings.contains("Malaysia; Mexico"))
    #expect(strings.contains("reports/2026/submissions/FIG.yaml:10:12"))
  }
}

/// The submissions of ``WithheldValueTests`` for the report's tests: 2026 members IDN, MEX and
/// an unknown key 'Viet Nam' (withheld); workshops `1,250` and participants `N/A` (withheld).
enum WithheldFixture {
  static let submissions = [
    "2025": """
    indicators:
      fig.members:
        by_economy: {IDN: yes, THA: yes}
      fig.workshops:
        value: 4
      fig.participants:
        value: 100

    """,
    "2026": """
    indicators:
      fig.members:
        by_economy: {IDN: yes, MEX: yes, Viet Nam: yes}
      fig.workshops:
        value: 1,250
      fig.participants:
        value: N/A

    """,
  ]
  static let targets = """
      fig.workshops:
        baseline: 2
        baseline_period: "2025"
        targets: {"2026": 10}

    """
}
