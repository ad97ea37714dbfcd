import ReportCompose
import ReportKernel
import Testing

@Suite("ReportBuilder")
struct BuilderTests {
  @Test("the consolidated report follows the progress-report structure")
  func structure() throws {
    let document = try BuilderFixture.consolidated()
    let ids = document.parts.map(\.id)
    #expect(ids.first == "summary")
    #expect(
      Array(ids.suffix(4)) == ["capacity_building", "coordination", "forward_agenda", "annexes"])
    let areas = try #require(BuilderFixture.analysis).workspace.strategy.areas
    #expect(Array(ids.dropFirst().prefix(areas.count)) == areas.map { "area.\($0.id)" })
    #expect(document.kind == .consolidated)
    #expect(document.forum == nil)
    #expect(document.previousPeriod?.id == "2025")
  }

  @Test("components with no contribution and unassigned ones are shown")
  func gaps() throws {
    let document = try BuilderFixture.consolidated()
    let sections = document.parts.flatMap(\.sections)
    let energy = try #require(sections.first { $0.id == "component.energy" })
    guard case .paragraph(let lead, _, _) = energy.blocks.first else {
      Issue.record("the energy section must open with its lead")
      return
    }
    #expect(lead == "Lead: unassigned in the strategy.")
    let coverage = document.sheets.coverage
    let rows = coverage.rows.filter { $0[1] == .text("Energy") }
    #expect(rows.count == 1)
    #expect(rows.first?[2] == .text("unassigned"))
  }

  @Test("headline figures state their coverage")
  func keyFigures() throws {
    let document = try BuilderFixture.consolidated()
    let figures = document.sheets.keyFigures
    let received = try #require(figures.first { $0.label == "Submissions received" })
    let forums = try #require(BuilderFixture.analysis).forums
    let count = forums.filter(\.timeliness.isReceived).count
    #expect(received.value == .integer(count))
    #expect(received.context?.hasPrefix("\(count) of \(forums.count) fora") == true)
    let funding = try #require(figures.first { $0.label == "APEC funding" })
    guard case .usd = funding.value else {
      Issue.record("APEC funding must be a USD cell")
      return
    }
  }

  @Test("the sheets hold typed cells: no number is written as text")
  func typedCells() throws {
    let sheets = try BuilderFixture.consolidated().sheets
    let tables = [
      sheets.statusByForum, sheets.submissions, sheets.indicators, sheets.activities,
      sheets.economies, sheets.data,
    ]
    for table in tables {
      for row in table.rows {
        #expect(row.count == table.columns.count, "\(table.id): ragged row")
        for (index, cell) in row.enumerated() where table.columns[index].kind != .text {
          if case .text(let text) = cell, Double(text) != nil {
            Issue.record("\(table.id).\(table.columns[index].title) holds '\(text)' as text")
          }
        }
      }
    }
    #expect(
      sheets.statusByForum.columns.map(\.title) == [
        "Forum", "On track", "At risk", "Off track", "Not assessed", "No data",
      ])
    #expect(sheets.economies.rows.count == 21)
  }

  @Test("the data table has a numeric value column")
  func dataTable() throws {
    let data = try BuilderFixture.consolidated().sheets.data
    let value = try #require(data.columns.firstIndex { $0.title == "Value" })
    #expect(data.columns[value].kind == .number)
    #expect(!data.rows.isEmpty)
    for row in data.rows {
      switch row[value] {
      case .number, .empty: continue
      default: Issue.record("Value holds \(row[value])")
      }
    }
  }

  @Test("a section is restricted to its forum")
  func section() throws {
    let document = try BuilderFixture.sccp()
    #expect(document.kind == .section)
    #expect(document.forum == "SCCP")
    #expect(document.sheets.statusByForum.rows.map { $0[0] } == [.text("SCCP")])
    #expect(document.sheets.forums.map(\.forum) == ["SCCP"])
    let forumColumn = try #require(
      document.sheets.indicators.columns.firstIndex { $0.title == "Forum" })
    #expect(document.sheets.indicators.rows.allSatisfy { $0[forumColumn] == .text("SCCP") })
    let components = document.parts.flatMap(\.sections).map(\.id).filter {
      $0.hasPrefix("component.")
    }
    #expect(components.contains("component.customs"))
    #expect(!components.contains("component.cyber_security"))
    #expect(
      document.findings.allSatisfy {
        $0.location?.file.hasSuffix("SCCP.yaml") ?? true
      })
    #expect(try BuilderFixture.builder().section(forum: "NOPE") == nil)
  }

  @Test("building twice gives equal documents")
  func deterministic() throws {
    #expect(try BuilderFixture.consolidated() == BuilderFixture.consolidated())
    #expect(try BuilderFixture.sccp() == BuilderFixture.sccp())
  }
}
