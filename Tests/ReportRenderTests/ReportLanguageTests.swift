import Foundation
import ReportCompose
import ReportKernel
import ReportRender
import ReportTestSupport
import Testing

/// The report's language as an APEC Secretariat officer reads it, on workspaces of the tests'
/// own: sentences agree in number, every status that occurs is stated, names keep their case,
/// no heading stands over nothing, dates read as "1 November 2026", the acronyms are those the
/// report uses.
@Suite("The report's language")
struct ReportLanguageTests {
  static func document(_ workspace: FigureWorkspace) throws -> ReportDocument {
    ReportBuilder(analysis: try workspace.analyze(), toolVersion: "0.0.0-test").consolidated()
  }

  /// Every text of the body: paragraphs, bullets, notes, table titles, notes and text cells.
  static func texts(_ document: ReportDocument) -> [String] {
    func block(_ block: ReportBlock) -> [String] {
      switch block {
      case .paragraph(let text, _, _): return [text]
      case .bullets(let items): return items
      case .note(let text): return [text]
      case .keyFigures(let figures): return figures.map(\.label)
      case .table(let table):
        let cells = table.rows.joined().compactMap { cell -> String? in
          if case .text(let text) = cell { return text }
          return nil
        }
        return [table.title] + table.notes + cells
      }
    }
    func walk(_ section: ReportSection) -> [String] {
      [section.title] + section.blocks.flatMap(block) + section.subsections.flatMap(walk)
    }
    return document.parts.flatMap {
      [$0.title] + $0.blocks.flatMap(block) + $0.sections.flatMap(walk)
    }
  }

  /// The paragraph of part `id` (or of its section `section`) starting with `prefix`.
  static func paragraph(
    _ document: ReportDocument, part id: String, section: String? = nil, startingWith prefix: String
  ) -> String? {
    guard let part = document.parts.first(where: { $0.id == id }) else { return nil }
    let blocks =
      section.map { name in part.sections.first { $0.id == name }?.blocks ?? [] } ?? part.blocks
    for case .paragraph(let text, _, _) in blocks where text.hasPrefix(prefix) { return text }
    return nil
  }

  static let targets = """
      fig.participants:
        baseline: 100
        baseline_period: "2019"
        targets: {"2026": 120}
        source: strategy
      fig.detections:
        baseline: 0
        baseline_period: "2024"
        targets: {"2026": 10}
        source: strategy
      fig.members:
        baseline: 0
        baseline_period: "2024"
        targets: {"2026": 2}
        source: strategy

    """

  /// One capacity-building activity with another forum, one indicator at risk.
  static let oneOfEach = """
    indicators:
      fig.participants:
        value: 114
      fig.cash:
        by_economy: {IDN: yes}
    activities:
      - id: FIG-2026-01
        title: Trade Recovery Programme exercise
        component: figures
        pillars: [security]
        status: completed
        economies: [IDN, MEX]
        beneficiaries: [IDN]
        capacity_building: true
        fora: [FAC]
        start: 2026-11-01
        end: 2026-11-02

    """

  @Test("a pillar counts a joint activity once and takes its examples from two fora")
  func pillarJointOnce() throws {
    let document = try Self.document(
      FigureWorkspace(
        submissions: [
          "2026": """
          activities:
            - {id: FIG-1, title: Joint drill, component: figures, status: completed,
               pillars: [security], fora: [FAC]}
            - {id: FIG-2, title: Own seminar, component: figures, status: completed,
               pillars: [security]}

          """
        ],
        facts: [
          "2026": """
          activities:
            - {id: FAC-1, title: Joint drill, component: figures, status: completed,
               pillars: [security], fora: [FIG], same_as: FIG-1}
            - {id: FAC-2, title: Own course, component: figures, status: planned,
               pillars: [security]}
            - {id: FAC-3, title: Own visit, component: figures, status: completed,
               pillars: [security]}

          """
        ]))
    let pillar = try #require(
      document.parts.first { $0.id == "pillars" }?.sections.first?.blocks.first)
    guard case .paragraph(let text, _, _) = pillar else {
      Issue.record("no pillar paragraph")
      return
    }
    // Five listed, FAC-1 is FIG-1: four; three completed. Examples: FIG's first, FAC's first.
    #expect(
      text.contains(
        "Four activities by FIG and FAC served it, 3 of them completed in the year. They"
          + " include “Joint drill” (FIG) and “Own visit” (FAC)."), "\(text)")
  }

  @Test("one activity, one initiative, one indicator: every sentence in the singular")
  func singular() throws {
    let document = try Self.document(
      FigureWorkspace(targets: Self.targets, submissions: ["2026": Self.oneOfEach]))
    let activities = try #require(
      Self.paragraph(document, part: "summary", startingWith: "The fora reported"))
    #expect(
      activities
        == "The fora reported 1 activity, completed in the year; it involved another forum."
        + " The only capacity-building initiative was delivered. It reached 1 of the 6 member"
        + " economies as a beneficiary.")
    let pillar = try #require(
      document.parts.first { $0.id == "pillars" }?.sections.first?.blocks.first)
    #expect(
      pillar
        == .paragraph(
          text: "One activity served it: “Trade Recovery Programme exercise” (FIG), completed in"
            + " the year. The only indicator with a target is at risk.",
          attribution: nil, source: nil))
    let capacity = try #require(
      Self.paragraph(document, part: "capacity_building", startingWith: "The only"))
    #expect(
      capacity
        == "The only capacity-building initiative was delivered. It reached 1 of the 6 member"
        + " economies as a beneficiary.")
    let within = try #require(
      Self.paragraph(
        document, part: "coordination", section: "coordination.fora", startingWith: "The fora"))
    #expect(within == "The fora worked together on 1 activity this year:")
    #expect(
      Self.texts(document).contains {
        $0.hasPrefix("Cash declaration system:") && $0.hasSuffix("; 1 economy reported.")
      })
    // The kind, over every text of the report: no count disagrees with its noun or verb.
    let plural =
      #/\b1 (activities|indicators|fora|initiatives|economies|pillars|activity areas|were|are|have)\b|\b1 of them\b|Of (the|its) 1 |\b0 (involved|of them|were)\b/#
    for text in Self.texts(document) {
      #expect(text.firstMatch(of: plural) == nil, "\(text)")
    }
  }

  @Test("every status that occurs is stated, in the pillars and the summary")
  func everyStatus() throws {
    let submission = """
      indicators:
        fig.participants:
          value: 114
        fig.detections:
          by_economy: {IDN: 1, MEX: 0}
        fig.members:
          by_economy: {IDN: yes, MEX: yes}

      """
    let document = try Self.document(
      FigureWorkspace(targets: Self.targets, submissions: ["2026": submission]))
    let pillar = try #require(
      document.parts.first { $0.id == "pillars" }?.sections.first?.blocks.first)
    guard case .paragraph(let text, _, _) = pillar else {
      Issue.record("the pillar opens with a paragraph")
      return
    }
    // participants 114: 70% of the way from 100 to 120, at risk; detections 1 of 10: off
    // track; members 2 of 2: on track.
    #expect(
      text.hasSuffix(
        "Of the 3 indicators with a target, 1 is on track, 1 is at risk and 1 is off track."))
    let status = try #require(
      Self.paragraph(document, part: "summary", startingWith: "Of the"))
    #expect(status.contains("1 is on track against its 2026 target, 1 is at risk, 1 is off track"))
  }

  @Test(
    "titles and names keep their case inside a sentence; only a sentence's first letter changes")
  func caseOfNames() {
    #expect(
      "Trade Recovery Programme exercises".lowercasedFirst == "Trade Recovery Programme exercises")
    #expect("Food Defense reach".lowercasedFirst == "Food Defense reach")
    #expect("CTAPs current within the cycle".lowercasedFirst == "CTAPs current within the cycle")
    #expect(
      "Port facilities under the ISPS Code".lowercasedFirst
        == "port facilities under the ISPS Code")
    #expect("Energy".lowercasedFirst == "energy")
    #expect("the fora".capitalisedFirst == "The fora")
  }

  @Test("no heading over nothing; no column of zeros; a required heading says one sentence")
  func nothingEmpty() throws {
    let document = try Self.document(
      FigureWorkspace(
        targets: Self.targets, submissions: ["2026": Self.oneOfEach],
        facts: ["2026": "indicators:\n  fac.cash_regime:\n    by_economy: {IDN: yes}\n"],
        strategyExtra: """
          forward_agenda:
            - {id: near_term_priorities, title: Near-term priorities}
            - {id: coordination, title: How fora will improve coordination}
            - {id: long_term_vision, title: Longer-term vision}

          """))
    func check(_ section: ReportSection) {
      #expect(!section.blocks.isEmpty || !section.subsections.isEmpty, "\(section.title)")
      section.subsections.forEach(check)
    }
    for part in document.parts {
      #expect(!part.blocks.isEmpty || !part.sections.isEmpty, "\(part.title)")
      part.sections.forEach(check)
    }
    let agenda = try #require(document.parts.first { $0.id == "forward_agenda" })
    let vision = try #require(agenda.sections.first { $0.title == "Longer-term vision" })
    #expect(vision.blocks == [.note("No forum gave statements under this heading.")])
    let status = try #require(
      document.parts.first { $0.id == "summary" }?.blocks.compactMap { block -> ReportTable? in
        if case .table(let table) = block { return table }
        return nil
      }.first)
    // A status column only some reports need is left out when it would hold nothing but zeros.
    for (index, column) in status.columns.enumerated()
    where ["Not assessed", "No data"].contains(column.title) {
      #expect(status.rows.contains { $0[index] != .integer(0) }, "\(column.title)")
    }
  }

  @Test("coverage is said in words, once, and only when a forum is missing; no key or id")
  func coverageInWords() throws {
    let partner = "Organization of American States, Inter-American Committee against Terrorism"
    let document = try Self.document(
      FigureWorkspace(
        targets: Self.targets,
        submissions: [
          "2026": Self.oneOfEach.replacingOccurrences(
            of: "fora: [FAC]", with: "fora: [FAC]\n    partners: [OAS_CICTE]")
        ],
        strategyExtra: """
          partners:
            - {id: OAS_CICTE, name: "\(partner)"}
          acronyms:
            OAS/CICTE: \(partner)

          """))
    let partners = try #require(
      FigureReportTests.tables(document).first { $0.id == "coordination.partners" })
    #expect(partners.rows.first?.first == .text("OAS/CICTE"))
    let texts = Self.texts(document)
    let matrix = try #require(
      FigureReportTests.tables(document).first { $0.id == "coordination.matrix" })
    #expect(
      matrix.notes.last?.hasSuffix("Covers FIG only: no readable submission from FAC.") == true)
    for text in texts {
      #expect(
        text.firstMatch(of: #/Covers \d+ of \d+|fora reported\.|Covers [A-Z]+ reported/#) == nil,
        "\(text)")
      // The column title "Like for like" is never a word inside a sentence.
      #expect(!text.contains("Like for like "), "\(text)")
      // Nor is a YAML key or an id written with underscores.
      #expect(text.firstMatch(of: #/\b[A-Za-z]+_[A-Za-z_]+\b/#) == nil, "\(text)")
    }
  }

  @Test("a file not received and a file received but unreadable are said apart")
  func missingAndUnreadable() throws {
    let missing = try Self.document(
      FigureWorkspace(targets: Self.targets, submissions: ["2026": Self.oneOfEach]))
    let coverage = try #require(
      Self.paragraph(missing, part: "summary", startingWith: "This report consolidates"))
    #expect(
      coverage.contains(
        "Of the 2 fora, 1 sent its contribution; FAC did not, and its part of the report is"
          + " shown as a gap."))
    let workspace = try FigureWorkspace(
      targets: Self.targets, submissions: ["2026": Self.oneOfEach])
    try workspace.write("reports/2026/submissions/FAC.yaml", "forum: FAC\nperiod: [2026\n")
    let unreadable = try Self.document(workspace)
    let text = try #require(
      Self.paragraph(unreadable, part: "summary", startingWith: "This report consolidates"))
    #expect(
      text.contains(
        "Both fora sent their contributions, but FAC's cannot be read until its errors are"
          + " fixed, and its part of the report is shown as a gap."))
    #expect(!text.contains("did not"))
  }

  @Test(
    "the acronyms annex lists the acronyms the report shows, a renamed forum's old one only where used"
  )
  func acronyms() throws {
    let extra = """
      acronyms:
        FIG: Figures Test Group
        NFG: New Figures Group
        XYZ: Never used
      fora:
        - {id: FIG, name: "New Figures Group", acronym: NFG}

      """
    let plain = try Self.document(
      FigureWorkspace(
        targets: Self.targets, submissions: ["2026": Self.oneOfEach], strategyExtra: extra))
    let annex = try #require(
      FigureReportTests.tables(plain).first { $0.id == "annex.acronyms" })
    let listed = annex.rows.map { $0[0] }
    #expect(listed.contains(.text("NFG")))
    // "FIG-2026-01" is an identifier, not a use of FIG.
    #expect(!listed.contains(.text("FIG")))
    #expect(!listed.contains(.text("XYZ")))
    let narrated = try Self.document(
      FigureWorkspace(
        targets: Self.targets,
        submissions: [
          "2026": "narrative:\n  figures: \"With the FIG, economies met.\"\n" + Self.oneOfEach
        ], strategyExtra: extra))
    let rows = try #require(
      FigureReportTests.tables(narrated).first { $0.id == "annex.acronyms" }
    ).rows
    #expect(
      rows.contains([.text("FIG"), .text("Figures Test Group, now the New Figures Group (NFG)")]))
  }

  @Test("dates read as '1 November 2026' in text and Markdown; data keeps real dates")
  func datesInProse() throws {
    let submission =
      Self.oneOfEach.replacingOccurrences(
        of: "indicators:\n",
        with: """
          indicators:
            fig.last_updated:
              by_economy: {IDN: 2026-11-01, MEX: 2025-03-04}

          """)
    let document = try Self.document(
      FigureWorkspace(targets: Self.targets, submissions: ["2026": submission]))
    let iso = #/\d{4}-\d{2}-\d{2}/#
    let text = PlainTextRenderer().render(document)
    let markdown = MarkdownRenderer().render(document)
    #expect(text.contains("1 November 2026"))
    #expect(markdown.contains("1 November 2026"))
    #expect(text.firstMatch(of: iso) == nil)
    #expect(markdown.firstMatch(of: iso) == nil)
    // Data keeps the date as data: a date cell, written ISO in CSV.
    let data = document.sheets.data
    #expect(data.rows.joined().contains(.date(try #require(CalendarDate(iso: "2026-11-01")))))
    #expect(CSVRenderer().render(data).contains("2026-11-01"))
  }

  @Test("an internal note reaches the review pack as a located finding, never silently")
  func internalNoteInReview() throws {
    let submission =
      "narrative:\n  figures: |\n    Workshops ran.\n    Note to Secretariat: Peru to follow.\n"
    let analysis = try FigureWorkspace(submissions: ["2026": submission]).analyze()
    let review = try #require(
      ReportBuilder(analysis: analysis, toolVersion: "0.0.0-test").review())
    let findings = try #require(FigureReportTests.tables(review).first { $0.id == "findings" })
    #expect(
      findings.rows.contains {
        $0[0] == .text("reports/2026/submissions/FIG.yaml:7:5")
          && $0[2] == .text("analyst.internal_note")
      })
  }

  @Test("the forum modules' text and tables read dates as prose too (fixture workspace)")
  func modulesWriteProseDates() throws {
    let iso = #/\d{4}-\d{2}-\d{2}/#
    for document in [try BuilderFixture.consolidated(), try BuilderFixture.sccp()] {
      for text in [PlainTextRenderer().render(document), MarkdownRenderer().render(document)] {
        #expect(text.firstMatch(of: iso).map { String(text[$0.range]) } == nil)
      }
    }
    #expect(
      PlainTextRenderer().render(try BuilderFixture.consolidated()).contains("31 December 2024"))
  }
}
