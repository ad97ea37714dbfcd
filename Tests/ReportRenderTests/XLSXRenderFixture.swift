import Foundation
import ReportCompose
import ReportForums
import ReportKernel
import ReportRender
import ReportTestSupport
import Testing

/// Hand-built documents for the workbook tests, and a place to render them.
enum XLSXRenderFixture {
  /// Text longer than Excel's 32,767-character cell limit.
  static let longText = String(repeating: "abcdefghij", count: 4_000)

  /// A date, or a test failure.
  static func date(_ year: Int, _ month: Int, _ day: Int) throws -> CalendarDate {
    try #require(CalendarDate(year: year, month: month, day: day))
  }

  /// The Indicators table: every cell kind, formula-like text, control characters, a lower
  /// bound and text over Excel's limit.
  static func indicators() throws -> ReportTable {
    let columns = [
      ReportColumn("Forum"), ReportColumn("Indicator id"), ReportColumn("Title"),
      ReportColumn("Baseline", .number), ReportColumn("Target 2026", .number),
      ReportColumn("Actual 2026", .number), ReportColumn("Progress", .percent),
      ReportColumn("Status", .status), ReportColumn("As of", .date),
      ReportColumn("Budget", .usd), ReportColumn("Narrative"),
      ReportColumn("Economies reporting", .integer),
    ]
    let rows: [[ReportCell]] = [
      [
        .text("CTTF"), .text("cttf.trained"), .text("Officials trained"),
        .number(100, lowerBound: false), .number(200, lowerBound: false),
        .number(150, lowerBound: false), .percent(0.5), .status(.atRisk),
        .date(try date(2026, 6, 30)), .usd(125_000.5), .text("=1+1"), .integer(12),
      ],
      [
        .text("SCCP"), .text("sccp.ports"), .text("Ports \u{01}with\u{1F} controls"),
        .empty, .empty, .number(405_000.5, lowerBound: true), .percent(0.762, lowerBound: true),
        .status(.noData),
        .empty, .empty, .text("+SUM(A1) -2 @x"), .empty,
      ],
      [
        .text("CTTF"), .text("cttf.long"), .text("Long narrative"),
        .number(1, lowerBound: false), .number(2, lowerBound: false),
        .number(2.25, lowerBound: false), .percent(1.25), .status(.onTrack),
        .date(try date(2026, 12, 31)), .usd(9_000), .text(longText), .integer(3),
      ],
    ]
    return ReportTable(
      id: "indicators", title: "Indicators", columns: columns, rows: rows,
      notes: ["≥ marks a lower bound."])
  }

  /// A small table with a text and an integer column.
  static func small(_ id: String, _ title: String, rows: Int = 2) -> ReportTable {
    ReportTable(
      id: id, title: title, columns: [ReportColumn("Name"), ReportColumn("Count", .integer)],
      rows: (0..<rows).map { [.text("\(title) \($0 + 1)"), .integer($0 * 1_000)] },
      notes: ["\(title) note"])
  }

  /// Indicator status counts for two fora.
  static let statusByForum = ReportTable(
    id: "status_by_forum", title: "Indicator status by forum",
    columns: [ReportColumn("Forum")]
      + IndicatorStatus.allCases.map { ReportColumn($0.label, .integer) },
    rows: [
      [.text("CTTF"), .integer(2), .integer(1), .integer(0), .integer(1)],
      [.text("SCCP"), .integer(1), .integer(0), .integer(1), .integer(2)],
    ])

  /// A consolidated document over `forums` (forum ids), each forum's sheet labelled as
  /// `labels` says (its id when absent), with `forumTables` on it (two small tables when nil).
  static func document(
    forums: [String] = ["CTTF", "SCCP"], labels: [String: String] = [:],
    forumTables: [ReportTable]? = nil, data: ReportTable? = nil
  ) throws -> ReportDocument {
    let period = Period(
      id: "2026", title: "APEC year 2026", start: try date(2026, 1, 1),
      end: try date(2026, 12, 31), due: try date(2026, 9, 30))
    let previous = Period(
      id: "2025", title: "APEC year 2025", start: try date(2025, 1, 1),
      end: try date(2025, 12, 31))
    let submissions = ReportTable(
      id: "submissions", title: "Submissions",
      columns: [
        ReportColumn("Forum"), ReportColumn("Received", .date), ReportColumn("Findings", .integer),
      ],
      rows: [
        [.text("CTTF"), .date(try date(2026, 9, 1)), .integer(2)],
        [.text("SCCP"), .empty, .integer(0)],
      ])
    let smallData = ReportTable(
      id: "data", title: "Data",
      columns: [ReportColumn("Indicator"), ReportColumn("Value", .number), ReportColumn("Text")],
      rows: [
        [.text("cttf.trained"), .number(150, lowerBound: false), .empty],
        [.text("sccp.ports"), .number(405_000.5, lowerBound: true), .text("=A1")],
      ])
    let sheets = ReportSheets(
      keyFigures: [
        KeyFigure(label: "Submissions received", value: .integer(1), context: "1 of 2 fora"),
        KeyFigure(label: "Indicators on track", value: .percent(0.25)),
        KeyFigure(label: "Capacity building", value: .usd(250_000)),
      ],
      statusByForum: statusByForum, submissions: submissions,
      forums: forums.map { id in
        ForumSheet(
          forum: id, name: "\(id) forum", label: labels[id],
          tables: forumTables ?? [
            small("indicators.\(id)", "\(id) indicators"),
            small("activities.\(id)", "\(id) activities"),
          ])
      },
      indicators: try indicators(), activities: small("activities", "Activities"),
      coverage: small("coverage", "Coverage"), economies: small("economies", "Economies"),
      agenda: small("agenda", "Agenda", rows: 0), data: data ?? smallData,
      findings: small("findings", "Findings"))
    return ReportDocument(
      kind: .consolidated, forum: nil, title: "CTST progress report", subtitle: period.label,
      period: period, previousPeriod: previous, author: "APEC Secretariat",
      toolVersion: "0.0.0-test", parts: [], sheets: sheets,
      inputs: [try input("config/ctst.yaml", bytes: 1_234)], findings: [])
  }

  /// An input file record (decoded: its memberwise initialiser is internal to the kernel).
  static func input(_ path: String, bytes: Int) throws -> InputFile {
    let json =
      #"{"path": "\#(path)", "sha256": "\#(String(repeating: "a", count: 64))", "bytes": \#(bytes)}"#
    return try JSONDecoder().decode(InputFile.self, from: Data(json.utf8))
  }

  /// The fixture workspace's consolidated report for 2026, built as the CLI builds it.
  static func sampleDocument(review: Bool = false) throws -> ReportDocument {
    let checked = WorkspaceLoader(
      root: TestPaths.fixtureWorkspace.path, registry: ForumRegistry.all
    ).load()
    let workspace = try #require(checked.value, "the fixture workspace must load")
    let period = try #require(workspace.period("2026"))
    let analysis = Analyzer(workspace: workspace).analyze(
      period, generalDiagnostics: checked.diagnostics)
    let builder = ReportBuilder(analysis: analysis, toolVersion: "0.0.0-test")
    return try review ? #require(builder.review()) : builder.consolidated()
  }

  /// Renders `document` into a new temporary folder and returns the package.
  static func render(
    _ document: ReportDocument, renderer: XLSXRenderer = XLSXRenderer(),
    name: String = "report.xlsx"
  ) throws -> XLSXPackage {
    let path = TestPaths.temporaryDirectory("ctst-xlsx").appendingPathComponent(name).path
    try renderer.write(document, to: path)
    return XLSXPackage(path: path)
  }
}
