import Foundation
import ReportCompose
import ReportForums
import ReportKernel
import ReportTestSupport
import Testing

/// The fixture workspace (`Tests/Fixtures/workspace`), analysed once for period 2026, and small
/// hand-built documents.
enum BuilderFixture {
  /// The tool version recorded in test documents.
  static let toolVersion = "0.0.0-test"

  /// The analysis of the fixture workspace for 2026, or nil when it cannot be loaded.
  static let analysis: PeriodAnalysis? = {
    let checked = WorkspaceLoader(
      root: TestPaths.fixtureWorkspace.path, registry: ForumRegistry.all
    ).load()
    guard let workspace = checked.value, let period = workspace.period("2026") else {
      return nil
    }
    return Analyzer(workspace: workspace).analyze(
      period, generalDiagnostics: checked.diagnostics)
  }()

  /// The builder over ``analysis``.
  static func builder() throws -> ReportBuilder {
    let analysis = try #require(analysis, "the fixture workspace must load")
    return ReportBuilder(analysis: analysis, toolVersion: toolVersion)
  }

  /// The consolidated report of the fixture workspace.
  static func consolidated() throws -> ReportDocument { try builder().consolidated() }

  /// The SCCP section of the fixture workspace.
  static func sccp() throws -> ReportDocument {
    try #require(try builder().section(forum: "SCCP"))
  }

  /// The review pack beside the consolidated report of the sample workspace.
  static func review() throws -> ReportDocument { try #require(try builder().review()) }

  /// An empty table.
  static func empty(_ id: String) -> ReportTable {
    ReportTable(id: id, title: id, columns: [ReportColumn("A")], rows: [])
  }

  /// A document with one part holding `blocks`, and `data` as its data table.
  static func document(_ blocks: [ReportBlock], data: ReportTable? = nil) throws
    -> ReportDocument
  {
    let start = try #require(CalendarDate(year: 2026, month: 1, day: 1))
    let end = try #require(CalendarDate(year: 2026, month: 12, day: 31))
    let period = Period(id: "2026", title: "APEC year 2026", start: start, end: end)
    let sheets = ReportSheets(
      keyFigures: [], statusByForum: empty("status"), submissions: empty("submissions"),
      forums: [], indicators: empty("indicators"), activities: empty("activities"),
      coverage: empty("coverage"), economies: empty("economies"), agenda: empty("agenda"),
      data: data ?? empty("data"), findings: empty("findings"))
    return ReportDocument(
      kind: .consolidated, forum: nil, title: "Test report", subtitle: period.label,
      period: period, previousPeriod: nil, author: "Tester", toolVersion: toolVersion,
      parts: [ReportPart(id: "test", title: "Test part", blocks: blocks, sections: [])],
      sheets: sheets, inputs: [], findings: [])
  }
}

/// Golden files under `Tests/ReportRenderTests/Golden/`, found from this file's path.
enum BuilderGolden {
  /// The golden folder.
  static let directory = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
    .appendingPathComponent("Golden", isDirectory: true)

  /// Compares `text` with the golden file `name`; records it when missing or when
  /// `RECORD_GOLDEN=1`, failing with "recorded new golden" so a recording never passes
  /// silently.
  static func check(
    _ text: String, name: String, sourceLocation: Testing.SourceLocation = #_sourceLocation
  ) throws {
    let url = directory.appendingPathComponent(name)
    let record = ProcessInfo.processInfo.environment["RECORD_GOLDEN"] == "1"
    guard !record, let data = FileManager.default.contents(atPath: url.path) else {
      try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
      try Data(text.utf8).write(to: url)
      Issue.record("recorded new golden \(name); re-run to compare", sourceLocation: sourceLocation)
      return
    }
    let expected = String(decoding: data, as: UTF8.self)
    guard expected != text else { return }
    let want = expected.components(separatedBy: "\n")
    let got = text.components(separatedBy: "\n")
    let index =
      zip(want, got).enumerated().first { $0.element.0 != $0.element.1 }?.offset
      ?? min(want.count, got.count)
    let wanted = index < want.count ? want[index] : "<end of file>"
    let actual = index < got.count ? got[index] : "<end of file>"
    Issue.record(
      """
      \(name) differs from its golden at line \(index + 1) \
      (RECORD_GOLDEN=1 to re-record):
        golden: \(wanted)
        actual: \(actual)
      """, sourceLocation: sourceLocation)
  }
}
