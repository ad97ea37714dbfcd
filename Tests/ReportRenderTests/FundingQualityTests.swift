import ReportCompose
import ReportKernel
import ReportRender
import ReportTestSupport
import Testing

/// Amounts in the report's prose say what their figures are, as tables mark them (issue 11,
/// item 4): a sentence has no table note, so it says it in words.
@Suite("Funding in prose says when its amounts are illustrative or estimated")
struct FundingQualityTests {
  static func summary(_ activities: String) throws -> String {
    let workspace = try FigureWorkspace(submissions: ["2026": "activities:\n" + activities])
    let document = try FigureReportTests.document(workspace)
    return PlainTextRenderer().render(document).split(separator: "\n").joined(separator: " ")
  }

  @Test("all funded activities illustrative: the amounts are illustrative, not reported")
  func allIllustrative() throws {
    let text = try Self.summary(
      """
        - {id: A1, title: Course, component: figures, status: completed, quality: illustrative,
           funding: {apec_usd: 100000, co_funding_usd: 20000}}
        - {id: A2, title: Visit, component: figures, status: completed, quality: illustrative,
           funding: {apec_usd: 50000}}

      """)
    // 100,000 + 50,000 = 150,000 in APEC funding; 20,000 in co-funding.
    #expect(
      text.contains(
        "APEC funding for the year's activities came to USD 150,000, with USD 20,000 in"
          + " co-funding; these amounts are illustrative, not reported figures."))
  }

  @Test("some estimated: the amounts include estimated figures; all reported: nothing added")
  func mixedAndReported() throws {
    let mixed = try Self.summary(
      """
        - {id: A1, title: Course, component: figures, status: completed, quality: estimate,
           funding: {apec_usd: 100000}}
        - {id: A2, title: Visit, component: figures, status: completed,
           funding: {apec_usd: 50000}}

      """)
    #expect(
      mixed.contains(
        "came to USD 150,000; these amounts include estimated figures."))
    let reported = try Self.summary(
      """
        - {id: A2, title: Visit, component: figures, status: completed,
           funding: {apec_usd: 50000}}

      """)
    #expect(reported.contains("came to USD 50,000."))
    #expect(!reported.contains("these amounts"))
  }

  @Test(
    "tables mark each amount and the total by the worst of what it adds; the total row is named")
  func tablesMarkAmounts() throws {
    let workspace = try FigureWorkspace(
      submissions: [
        "2026": """
        activities:
          - {id: A1, title: Course, component: figures, status: completed, quality: estimate,
             capacity_building: true, funding: {apec_usd: 100000}}
          - {id: A2, title: Visit, component: figures, status: completed,
             funding: {apec_usd: 50000, co_funding_usd: 5000}}

        """
      ])
    let document = try FigureReportTests.document(workspace)
    let tables = FigureReportTests.tables(document)
    let projects = try #require(tables.first { $0.id == "annex.projects" })
    // 100,000 (estimate) + 50,000 = 150,000, an estimate; co-funding 5,000 reported.
    #expect(
      Array(projects.rows).last == [
        .text("Total"), .empty, .empty, .empty, ReportCell.usd(150000).marked(.estimate),
        .usd(5000),
      ])
    #expect(
      FigureReportTests.column(projects, "APEC funding").first
        == ReportCell.usd(100000).marked(.estimate))
    #expect(projects.notes.contains { $0.hasPrefix("‡") })
    let initiatives = try #require(tables.first { $0.id == "capacity.initiatives" })
    #expect(
      FigureReportTests.column(initiatives, "APEC funding") == [
        ReportCell.usd(100000).marked(.estimate)
      ])
  }
}
