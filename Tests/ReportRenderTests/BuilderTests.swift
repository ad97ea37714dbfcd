import ReportCompose
import ReportKernel
import ReportRender
import Testing

@Suite("ReportBuilder")
struct BuilderTests {
  @Test("the consolidated report follows the progress-report structure")
  func structure() throws {
    let document = try BuilderFixture.consolidated()
    let ids = document.parts.map(\.id)
    #expect(Array(ids.prefix(2)) == ["introduction", "summary"])
    #expect(
      Array(ids.suffix(6)) == [
        "pillars", "capacity_building", "coordination", "forward_agenda", "recommendations",
        "annexes",
      ])
    let areas = try #require(BuilderFixture.analysis).workspace.strategy.areas
    #expect(Array(ids.dropFirst(2).prefix(areas.count)) == areas.map { "area.\($0.id)" })
    let annexes = try #require(document.parts.last).sections.map(\.id)
    #expect(
      annexes == [
        "annex.submissions", "annex.indicators", "annex.projects", "annex.data_notes",
        "annex.acronyms",
      ])
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
    guard case .usd = funding.value.unmarked else {
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

@Suite("The parts of an APEC progress report")
struct ProgressReportPartsTests {
  @Test("the cover block comes first in text and Markdown, after DRAFT while TEL is a draft")
  func coverFirst() throws {
    let document = try BuilderFixture.consolidated()
    #expect(document.isDraft)
    let text = PlainTextRenderer().render(document).split(separator: "\n").prefix(6)
    #expect(
      Array(text) == [
        "DRAFT", "Document:     2027/SOM1/042", "Meeting:      First Senior Officials' Meeting",
        "Agenda item:  7", "Purpose:      Consideration", "Submitted by: APEC Secretariat",
      ])
    let markdown = MarkdownRenderer().render(document)
    #expect(markdown.hasPrefix("**DRAFT**\n\n**Document:** 2027/SOM1/042  \n**Meeting:**"))
  }

  @Test("a theme proposed by two fora appears once, with both names")
  func agendaSynthesis() throws {
    let text = PlainTextRenderer().render(try BuilderFixture.consolidated())
    let flat = text.replacingOccurrences(of: "\n    ", with: " ")
    #expect(flat.components(separatedBy: "referral checklist").count == 2)
    #expect(
      flat.contains(
        "Cash smuggling at borders (CTTF, SCCP and BMG): joint training and guidance on cash"
          + " couriers and bulk cash smuggling at borders; a shared customs-immigration referral"
          + " checklist."))
    // Two proposals between the same fora under one heading become one line.
    #expect(
      flat.contains(
        "CTAP section C (Promoting Cyber Security): share economies' updates with the SPSG;"
          + " one update cycle for both fora (CTTF and TEL)."))
  }

  @Test("each note is said once in the document, but for the mark note of each marked table")
  func notesOnce() throws {
    let document = try BuilderFixture.consolidated()
    var notes: [String] = []
    func collect(_ blocks: [ReportBlock]) {
      for block in blocks {
        if case .note(let text) = block { notes.append(text) }
        if case .table(let table) = block { notes += table.notes }
      }
    }
    func walk(_ section: ReportSection) {
      collect(section.blocks)
      section.subsections.forEach(walk)
    }
    for part in document.parts {
      collect(part.blocks)
      part.sections.forEach(walk)
    }
    let isMarkNote = { (note: String) in
      CellMark.allCases.contains { note.hasPrefix($0.symbol + " ") }
        || note.hasPrefix("Like for like: ")
    }
    let said = notes.filter { !isMarkNote($0) }
    #expect(said.count == Set(said).count)
    #expect(!said.isEmpty)
  }

  @Test("the acronyms annex lists the acronyms the report uses, and only those")
  func acronyms() throws {
    let document = try BuilderFixture.consolidated()
    let annex = try #require(document.parts.last?.sections.first { $0.id == "annex.acronyms" })
    guard case .table(let table) = annex.blocks.first else {
      Issue.record("the acronyms annex must hold a table")
      return
    }
    let shorts = table.rows.compactMap { row -> String? in
      if case .text(let text) = row.first { return text }
      return nil
    }
    #expect(shorts.contains("ABTC"))
    #expect(shorts.contains("CTAP"))
    // The Energy Working Group is configured but named nowhere in the report.
    #expect(!shorts.contains("EWG"))
    #expect(shorts == shorts.sorted())
  }
}
