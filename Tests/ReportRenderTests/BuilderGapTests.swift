import Foundation
import ReportCompose
import ReportForums
import ReportKernel
import ReportRender
import ReportTestSupport
import Testing

/// The fixture workspace without TEL's 2026 submission: a missing forum must be shown.
@Suite("ReportBuilder with a missing submission")
struct BuilderGapTests {
  static func document() throws -> ReportDocument {
    let scratch = try ScratchWorkspace()
    defer { scratch.remove() }
    try scratch.delete("reports/2026/submissions/TEL.yaml")
    let checked = WorkspaceLoader(root: scratch.root.path, registry: ForumRegistry.all).load()
    let workspace = try #require(checked.value)
    let period = try #require(workspace.period("2026"))
    let analysis = Analyzer(workspace: workspace).analyze(period)
    return ReportBuilder(analysis: analysis, toolVersion: "test").consolidated()
  }

  @Test("the missing forum is named, its component flagged, the totals qualified")
  func missingForum() throws {
    let document = try Self.document()
    let received = try #require(
      document.sheets.keyFigures.first { $0.label == "Submissions received" })
    #expect(received.context?.hasPrefix("4 of 5 fora") == true)
    let text = PlainTextRenderer().render(document)
    let flat = text.split(whereSeparator: \.isWhitespace).joined(separator: " ")
    #expect(
      flat.contains(
        "Of the 5 fora, 4 sent their contributions; TEL did not, and its part of the report is"
          + " shown as a gap."))
    #expect(text.contains("TEL, a lead forum, did not report on this component"))
    #expect(
      flat.contains(
        "Covers CTTF, TPTWG, SCCP and BMG only: no readable submission from TEL."))
    let cyber = try #require(
      document.sheets.coverage.rows.first { $0[1] == .text("Cyber-security") })
    #expect(cyber.contains(.text("lead, no report")))
    let tel = try #require(document.sheets.statusByForum.rows.first { $0[0] == .text("TEL") })
    #expect(tel.last != .integer(0))
    #expect(text.split(separator: "\n").allSatisfy { $0.count <= 80 })
  }

  @Test("data notes say comparability once per case; gaps name the components; no empty heading")
  func saidOnce() throws {
    let text = PlainTextRenderer().render(try Self.document())
    let flat = text.split(whereSeparator: \.isWhitespace).joined(separator: " ")
    #expect(
      flat.contains(
        "CTTF, TPTWG, SCCP and BMG reported for both 2025 and 2026; changes are computed by"
          + " kind of indicator, as each table's note states."))
    #expect(flat.contains("TEL reported for neither 2025 nor 2026."))
    #expect(flat.components(separatedBy: "reported for both").count == 2)
    #expect(
      flat.contains(
        "No forum reported on the components Security at the travel destination, Cyber-security"
          + " and Energy."))
    // Each component without a contribution says so under its own heading, by name.
    #expect(flat.contains("No forum leads Energy and none reported on it for 2026"))
    #expect(
      flat.contains("No forum leads Security at the travel destination and none reported on it"))
    #expect(!flat.contains("reported on it for this period"))
    // The CTAP section's table of overdue economies is the review pack's: its note joins the
    // CTWG's subsection and the heading goes.
    #expect(!text.contains("Counter-Terrorism Action Plans against the two-year cycle"))
    #expect(flat.contains("Economies have updated their CTAPs every two years"))
  }
}
