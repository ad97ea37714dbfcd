import Foundation
import ReportKernel
import Testing

@testable import ReportRender

/// What changed between export runs, and runs stopped at a step.
@Suite struct ExportChangesTests {
  typealias Value = RunSnapshot.Value

  static func snapshot(
    values: [Value], activities: [RunSnapshot.Activity] = [], findings: [String] = []
  ) -> RunSnapshot {
    RunSnapshot(period: "2026", values: values, activities: activities, findings: findings)
  }

  static func input(_ path: String, _ sha: String) -> ExportManifest.Input {
    ExportManifest.Input(path: path, sha256: sha)
  }

  @Test func valuesActivitiesFindingsAndInputsAreCompared() throws {
    let old = Self.snapshot(
      values: [
        Value(forum: "BMG", indicator: "bmg.abtc_active", economy: "overall", value: "405000"),
        Value(forum: "BMG", indicator: "bmg.api", economy: "PER", value: "no"),
        Value(forum: "SCCP", indicator: "sccp.aeo", economy: "CHL", value: "yes"),
      ],
      activities: [
        RunSnapshot.Activity(forum: "SCCP", id: "SCCP-2026-01", title: "AEO workshop"),
        RunSnapshot.Activity(forum: "SCCP", id: "SCCP-2026-02", title: "Dropped"),
      ],
      findings: [
        "reports/2026/submissions/TEL.yaml:12:5: warning: 'tel.x' is blank",
        "reports/2026/submissions/BMG.yaml:3:9: error: old problem",
      ])
    let new = Self.snapshot(
      values: [
        Value(forum: "BMG", indicator: "bmg.abtc_active", economy: "overall", value: "410000"),
        Value(forum: "BMG", indicator: "bmg.api", economy: "PER", value: "no"),
        Value(forum: "BMG", indicator: "bmg.api", economy: "BRN", value: "yes"),
      ],
      activities: [
        RunSnapshot.Activity(forum: "SCCP", id: "SCCP-2026-01", title: "AEO workshop"),
        RunSnapshot.Activity(forum: "TEL", id: "TEL-2026-01", title: "New"),
      ],
      findings: [
        // The same finding, moved two lines down: not new.
        "reports/2026/submissions/TEL.yaml:14:5: warning: 'tel.x' is blank",
        "reports/2026/submissions/SCCP.yaml:7:1: error: new problem",
      ])
    let changes = RunChanges(
      since: "20261128T023000Z",
      old: ([Self.input("a.yaml", "1"), Self.input("b.yaml", "2")], old),
      new: ([Self.input("a.yaml", "1"), Self.input("b.yaml", "3"), Self.input("c.yaml", "4")], new))
    #expect(changes.inputsAdded == ["c.yaml"])
    #expect(changes.inputsRemoved == [])
    #expect(changes.inputsChanged == ["b.yaml"])
    #expect(
      changes.values == [
        .init(
          forum: "BMG", indicator: "bmg.abtc_active", economy: "overall", old: "405000",
          new: "410000"),
        .init(forum: "BMG", indicator: "bmg.api", economy: "BRN", old: nil, new: "yes"),
        .init(forum: "SCCP", indicator: "sccp.aeo", economy: "CHL", old: "yes", new: nil),
      ])
    #expect(changes.activitiesAdded.map(\.id) == ["TEL-2026-01"])
    #expect(changes.activitiesRemoved.map(\.id) == ["SCCP-2026-02"])
    #expect(changes.findingsNew == ["reports/2026/submissions/SCCP.yaml:7:1: error: new problem"])
    #expect(
      changes.findingsResolved == ["reports/2026/submissions/BMG.yaml:3:9: error: old problem"])
    #expect(
      changes.summary
        == "Compared with run 20261128T023000Z: 1 input file added, 1 input file changed,"
        + " 3 values changed, 1 activity added, 1 activity removed, 1 new finding,"
        + " 1 finding resolved.")
    let names = ChangeNames(
      indicatorTitles: ["bmg.abtc_active": "Active APEC Business Travel Cards"],
      economyNames: ["BRN": "Brunei"])
    let rows = ChangesPart.rows(changes, names: names)
    #expect(rows.count == 9)
    #expect(
      rows[0] == [.text("Input"), .text("added"), .empty, .text("Configuration (c)")] + [
        .empty, .empty, .empty,
      ])
    #expect(
      rows[2] == [
        .text("Indicator value"), .text("changed"), .text("BMG"),
        .text("Active APEC Business Travel Cards"), .text("Overall"),
        .number(405000, lowerBound: false), .number(410000, lowerBound: false),
      ])
    #expect(rows[3][3...4] == [.text("bmg.api"), .text("Brunei")])
    // The report names the earlier run by its date and activities by title, not by id.
    let part = ChangesPart.part(changes, names: names)
    #expect(part.title == "Changes since the export of 28 November 2026 at 02:30 UTC")
    #expect(
      part.blocks.first
        == .paragraph(
          text: "Compared with the export of 28 November 2026 at 02:30 UTC: 1 input file added,"
            + " 1 input file changed, 3 values changed, 1 activity added, 1 activity removed,"
            + " 1 new finding, 1 finding resolved.", attribution: nil, source: nil))
    #expect(rows[5][3] == .text(changes.activitiesAdded[0].title))
    #expect(
      rows[7...8].map { $0[0...3] } == [
        [
          .text("Findings"), .text("new"), .empty,
          .text("1 validation finding; listed in the review pack"),
        ],
        [
          .text("Findings"), .text("resolved"), .empty,
          .text("1 validation finding; listed in the review pack"),
        ],
      ])
    #expect(names.input("reports/2026/submissions/SCCP.yaml") == "SCCP submission for 2026")
    #expect(names.input("config/targets/SCCP.yaml") == "SCCP baselines and targets")
    #expect(names.input("config/economies.yaml") == "Member economies")
    // The manifest keeps the values' kinds: numbers as JSON numbers, yes/no as text.
    let encoder = JSONEncoder()
    encoder.outputFormatting = [.sortedKeys]
    let json = String(decoding: try encoder.encode(changes.values), as: UTF8.self)
    #expect(
      json
        == #"[{"economy":"overall","forum":"BMG","indicator":"bmg.abtc_active","new":410000,"old":405000},"#
        + #"{"economy":"BRN","forum":"BMG","indicator":"bmg.api","new":"yes"},"#
        + #"{"economy":"CHL","forum":"SCCP","indicator":"sccp.aeo","old":"yes"}]"#)
    #expect(
      try JSONDecoder().decode([RunChanges.ValueChange].self, from: Data(json.utf8))
        == changes.values)
  }

  @Test func identicalRunsHaveNothingChanged() {
    let snapshot = Self.snapshot(values: [
      Value(forum: "BMG", indicator: "bmg.abtc_active", economy: "overall", value: "1")
    ])
    let changes = RunChanges(
      since: "R1", old: ([Self.input("a", "1")], snapshot), new: ([Self.input("a", "1")], snapshot))
    #expect(changes.summary == "Nothing changed since run R1.")
    #expect(ChangesPart.part(changes).blocks.count == 1)
    #expect(ChangesPart.sentence(changes) == "Nothing changed since the export R1.")
    #expect(
      ChangesPart.sentence(.unreadable(run: "20261128T023000Z-2"))
        == "The export of 28 November 2026 at 02:30 UTC cannot be compared with this one.")
  }

  @Test func aFirstRunStillHasAChangesSheetSayingSo() throws {
    let part = ChangesPart.part(.firstRun(job: "nightly"))
    let document = try BuilderFixture.document([]).appending(part)
    let sheet = try #require(ChangesPart.sheetTable(in: document))
    #expect(sheet.title == "Changes since the last export")
    #expect(
      sheet.rows == [
        [.text("This is the first export of this report: there is nothing to compare with.")]
      ])
    #expect(ChangesPart.table(in: document) == nil)
  }

  @Test func anExportedReportKeepsItsCoverAndDraftMark() throws {
    let plain = try BuilderFixture.document([])
    let cover = [
      ReportDocument.CoverLine("Document symbol", "2026/SOM3/017"),
      ReportDocument.CoverLine("Submitted by", "APEC Secretariat"),
    ]
    let document = ReportDocument(
      kind: plain.kind, forum: plain.forum, title: plain.title, subtitle: plain.subtitle,
      period: plain.period, previousPeriod: plain.previousPeriod, author: plain.author,
      toolVersion: plain.toolVersion, parts: plain.parts, sheets: plain.sheets,
      inputs: plain.inputs, findings: plain.findings, cover: cover, isDraft: true)
    let exported = document.appending(ChangesPart.part(.firstRun(job: "nightly")))
    #expect(exported.cover == cover)
    #expect(exported.isDraft)
    #expect(exported.parts.map(\.id) == document.parts.map(\.id) + ["changes"])
  }

  @Test func valuesAreWrittenAsUsersWriteThem() throws {
    let here = SourceLocation(file: "f", line: 1, column: 1)
    #expect(Datum(.number(405000), at: here).value.text == "405000")
    #expect(Datum(.number(0.25), at: here).value.text == "0.25")
    #expect(Datum(.ratio(numerator: 3, denominator: 4), at: here).value.text == "3/4")
    #expect(Datum(.flag(true), at: here).value.text == "yes")
    #expect(Datum(.economies(["AUS", "CHL"]), at: here).value.text == "AUS, CHL")
  }

  @Test func runsRecordChangesAndAStoppedRunLeavesNothing() throws {
    let analysis = try #require(BuilderFixture.analysis)
    let directory = FileManager.default.temporaryDirectory
      .appendingPathComponent("ctst-changes-\(UUID().uuidString)")
    defer { try? FileManager.default.removeItem(at: directory) }
    var job = ExportJob(name: "nightly")
    job.formats = [.txt, .xlsx]
    let runner = ExportRunner(
      analysis: analysis, job: job, directory: directory, keep: 5, strict: false,
      toolVersion: "0.0.0-test")
    let first = runner.run(now: { Date(timeIntervalSince1970: 1_800_000_000) })
    #expect(first.changes?.since == nil)
    #expect(first.changes?.summary == "First run of job 'nightly': nothing to compare with.")
    let firstName = try #require(first.runDirectory?.lastPathComponent)
    let snapshot = try #require(RunSnapshot.load(run: directory.appendingPathComponent(firstName)))
    #expect(snapshot.values.count > 10)

    let second = runner.run(now: { Date(timeIntervalSince1970: 1_800_000_100) })
    #expect(second.changes?.since == firstName)
    #expect(second.changes?.summary == "Nothing changed since run \(firstName).")
    let secondName = try #require(second.runDirectory?.lastPathComponent)
    let text = try String(
      contentsOf: directory.appendingPathComponent(secondName)
        .appendingPathComponent("ctst-2026-consolidated.txt"), encoding: .utf8)
    #expect(text.contains("CHANGES SINCE THE EXPORT OF 15 JANUARY 2027 AT 08:00 UTC"))

    for step in ["lock", "render", "manifest", "publish"] {
      let stopped = runner.run(
        now: { Date(timeIntervalSince1970: 1_800_000_200) },
        checkpoint: { current throws(ExportInterrupted) in
          if current.name == step { throw ExportInterrupted(signal: SIGTERM) }
        })
      #expect(stopped.status == .interrupted(signal: SIGTERM), "\(step)")
      let names = try FileManager.default.contentsOfDirectory(atPath: directory.path).sorted()
      #expect(names == [".ctst.lock", firstName, secondName, "latest"], "\(step)")
      let latest = try FileManager.default.destinationOfSymbolicLink(
        atPath: directory.appendingPathComponent("latest").path)
      #expect(latest == secondName)
    }
  }
}
