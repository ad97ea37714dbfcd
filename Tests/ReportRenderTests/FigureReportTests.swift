import ReportCompose
import ReportKernel
import ReportRender
import ReportTestSupport
import Testing

/// The report's display of trustworthy figures, on workspaces of the tests' own.
@Suite("Figures a reader can trust, as the report shows them")
struct FigureReportTests {
  static func document(_ workspace: FigureWorkspace) throws -> ReportDocument {
    ReportBuilder(analysis: try workspace.analyze(), toolVersion: "0.0.0-test").consolidated()
  }

  /// Every table in the body, at any depth.
  static func tables(_ document: ReportDocument) -> [ReportTable] {
    func walk(_ sections: [ReportSection]) -> [ReportTable] {
      sections.flatMap { section in
        section.blocks.compactMap { block -> ReportTable? in
          if case .table(let table) = block { return table }
          return nil
        } + walk(section.subsections)
      }
    }
    return document.parts.flatMap { part in
      part.blocks.compactMap { block -> ReportTable? in
        if case .table(let table) = block { return table }
        return nil
      } + walk(part.sections)
    }
  }

  static func column(_ table: ReportTable, _ title: String) -> [ReportCell] {
    guard let index = table.columns.firstIndex(where: { $0.title == title }) else { return [] }
    return table.rows.map { $0[index] }
  }

  static let planTargets = """
        fig.participants:
          baseline: 100
          baseline_period: "2019"
          targets: {"2026": 120}
          source: "forum work plan 2025-2027"
          quality: estimate
        fig.plan_share:
          baseline: 80
          baseline_period: "2024"
          baseline_quality: illustrative
          targets: {"2026": 90}
          source: strategy

    """

  @Test("every baseline shows its year, every target its source")
  func baselineYearAndTargetSource() throws {
    let document = try Self.document(
      FigureWorkspace(
        targets: Self.planTargets,
        submissions: ["2026": "indicators:\n  fig.participants:\n    value: 110\n"]))
    // The body's compact table leaves baselines to the annex, which shows each one's year.
    let annex = try #require(Self.tables(document).first { $0.id == "annex.indicators" })
    let titles = Self.column(annex, "Indicator")
    let years = Self.column(annex, "Baseline year")
    #expect(years.count == titles.count)
    let participants = try #require(titles.firstIndex(of: .text("Participants")))
    let share = try #require(titles.firstIndex(of: .text("Share of plans approved")))
    try #require(years.count > max(participants, share))
    #expect(years[participants] == .year(2019))
    #expect(years[share] == .year(2024))
    let body = try #require(Self.tables(document).first { $0.id == "indicators.FIG.figures" })
    #expect(
      (body.notes + annex.notes).contains("Targets from: strategy; forum work plan 2025-2027."))
    let sheet = document.sheets.indicators
    let ids = Self.column(sheet, "Indicator id")
    let sources = Self.column(sheet, "Target source")
    let row = try #require(ids.firstIndex(of: .text("fig.participants")))
    #expect(sources[row] == .text("forum work plan 2025-2027"))
  }

  @Test("illustrative and estimated figures are marked in body tables and sheets")
  func qualityMarks() throws {
    let document = try Self.document(
      FigureWorkspace(
        targets: Self.planTargets,
        submissions: [
          "2026": """
          indicators:
            fig.participants:
              value: 110
              quality: illustrative
          activities:
            - {id: A1, title: Port visit, component: figures, status: completed,
               quality: estimate, funding: {apec_usd: 5000}}

          """
        ]))
    let body = try #require(Self.tables(document).first { $0.id == "indicators.FIG.figures" })
    let titles = Self.column(body, "Indicator")
    let targets = Self.column(body, "Target")
    let actuals = Self.column(body, "Actual")
    let participants = try #require(titles.firstIndex(of: .text("Participants")))
    let share = try #require(titles.firstIndex(of: .text("Share of plans approved")))
    try #require(actuals.count == titles.count)
    // Participants: the actual 110 is illustrative (†), the target 120 an estimate (‡); each
    // stays a number.
    #expect(actuals[participants] == .marked(.number(110, lowerBound: false), .illustrative))
    #expect(targets[participants] == .marked(.number(120, lowerBound: false), .estimate))
    // The share's target 90% is from the strategy: reported, no mark; it has no actual.
    #expect(targets[share] == .percent(0.9))
    #expect(actuals[share] == .empty)
    // The verbose column is gone; one note explains both marks, once.
    #expect(!body.columns.contains { $0.title == "Not reported as measured" })
    let note =
      "† illustrative, invented to illustrate: not a reported figure; ‡ the forum's own"
      + " estimate."
    #expect(body.notes.filter { $0.hasPrefix("†") || $0.hasPrefix("‡") } == [note])
    // The annex marks the share's illustrative baseline, 80%.
    let annex = try #require(Self.tables(document).first { $0.id == "annex.indicators" })
    let annexTitles = Self.column(annex, "Indicator")
    let annexShare = try #require(annexTitles.firstIndex(of: .text("Share of plans approved")))
    #expect(Self.column(annex, "Baseline")[annexShare] == .marked(.percent(0.8), .illustrative))
    // Every table showing a mark keeps its own note, though the editing pass says other notes
    // once per document.
    #expect(annex.notes.contains(note))
    let text = PlainTextRenderer().render(document)
    #expect(text.contains("110 †"))
    #expect(text.contains("120 ‡"))
    let sheet = document.sheets.indicators
    let ids = Self.column(sheet, "Indicator id")
    let row = try #require(ids.firstIndex(of: .text("fig.participants")))
    #expect(Self.column(sheet, "Actual 2026")[row].mark == .illustrative)
    #expect(sheet.notes.contains(note))
    // The activity's figures carry its estimate mark (‡): no economies listed, USD 5,000.
    let activities = try #require(
      Self.tables(document).first { $0.id == "activities.FIG.figures" })
    #expect(Self.column(activities, "Economies taking part") == [.marked(.integer(0), .estimate)])
    #expect(activities.notes == ["‡ the forum's own estimate."])
    let funding = try #require(document.sheets.keyFigures.first { $0.label == "APEC funding" })
    #expect(funding.value == .marked(.usd(5000), .estimate))
    #expect(funding.context?.hasSuffix("‡ includes estimate amounts") == true)
    #expect(Self.column(document.sheets.data, "Quality").contains(.text("illustrative")))
    // The forum's own table (the module makes its cells): the mark of the worst value it draws
    // on after its title (the illustrative participants, †), and one note.
    let detail = try #require(
      document.parts.flatMap(\.sections).flatMap(\.subsections).flatMap(\.subsections).first {
        $0.id == "contributed.FIG.figures.1"
      })
    guard case .table(let table)? = detail.blocks.first else {
      Issue.record("no table in the forum's section")
      return
    }
    #expect(table.title == "Participants in detail †")
    #expect(
      table.notes == [
        "† Figures here draw on values and activities the FIG submission declares illustrative"
          + " (invented, not reported)."
      ])
    let forumSheet = try #require(document.sheets.forums.first { $0.forum == "FIG" })
    #expect(forumSheet.tables.first { $0.id == "fig.detail" }?.notes == table.notes)
  }

  @Test("a withheld value reads as withheld, with one note per table")
  func withheldShown() throws {
    let document = try Self.document(
      FigureWorkspace(
        targets: WithheldFixture.targets, submissions: WithheldFixture.submissions))
    let body = try #require(Self.tables(document).first { $0.id == "indicators.FIG.figures" })
    let titles = Self.column(body, "Indicator")
    let actuals = Self.column(body, "Actual")
    let workshops = try #require(titles.firstIndex(of: .text("Workshops held")))
    let members = try #require(titles.firstIndex(of: .text("Economies in the programme")))
    // Workshops `1,250` failed validation: no figure, "Withheld §".
    #expect(actuals[workshops] == .marked(.text("Withheld"), .withheld))
    // Members: IDN and MEX count (2); 'Viet Nam' was withheld, so the 2 carries §.
    #expect(actuals[members] == .marked(.number(2, lowerBound: false), .withheld))
    let note =
      "§ withheld pending correction by the forum: the value, or part of the values behind the"
      + " figure, failed validation."
    #expect(body.notes.filter { $0.hasPrefix("§") } == [note])
    let text = PlainTextRenderer().render(document)
    #expect(text.contains("Withheld §"))
  }

  @Test("a draft is marked wherever its content appears")
  func draftMarked() throws {
    let document = try Self.document(
      FigureWorkspace(
        submissions: [
          "2026": """
          narrative:
            figures: Work continued.
          indicators:
            fig.participants:
              value: 110

          """
        ], status: "draft"))
    let note =
      "DRAFT: FIG's submission is still a draft, not yet submitted; its content may change."
    let section = try #require(
      document.parts.flatMap(\.sections).flatMap(\.subsections).first {
        $0.id == "component.figures.FIG"
      })
    #expect(section.title.hasSuffix(", draft)"))
    #expect(section.blocks.first == .note(note))
    let body = try #require(Self.tables(document).first { $0.id == "indicators.FIG.figures" })
    #expect(body.title == "FIG (draft) indicators: Figures")
    let sheet = try #require(document.sheets.forums.first { $0.forum == "FIG" })
    #expect(sheet.name.hasSuffix("(DRAFT: not yet submitted)"))
    #expect(sheet.tables.contains { $0.title == "FIG (draft) indicators" })
    let received = try #require(
      document.sheets.keyFigures.first { $0.label == "Submissions received" })
    #expect(received.context?.contains("1 still a draft") == true)
  }

  @Test("a joint activity is counted once; capacity building counts delivered activities")
  func jointActivitiesOnce() throws {
    let document = try Self.document(
      FigureWorkspace(
        submissions: [
          "2026": """
          activities:
            - {id: FIG-1, title: Joint workshop, component: figures, status: completed,
               fora: [FAC], capacity_building: true, beneficiaries: [VNM, TWN]}
            - {id: FIG-2, title: Planned course, component: figures, status: planned,
               capacity_building: true, beneficiaries: [THA]}
            - {id: FIG-3, title: Delayed course, component: figures, status: delayed,
               capacity_building: true, beneficiaries: [VNM]}

          """
        ],
        facts: [
          "2026": """
          activities:
            - {id: FAC-1, title: Joint workshop, component: figures, status: completed,
               fora: [FIG], same_as: FIG-1, capacity_building: true, beneficiaries: [VNM]}
            - {id: FAC-2, title: Own course, component: figures, status: ongoing,
               capacity_building: true, beneficiaries: [IDN]}

          """
        ]))
    let figure = { (label: String) in document.sheets.keyFigures.first { $0.label == label } }
    // Five listed, FAC-1 is FIG-1: four activities.
    #expect(figure("Activities")?.value == .integer(4))
    // Capacity building delivered: FIG-1 and FAC-2 (FIG-2 planned, FIG-3 delayed).
    #expect(figure("Capacity-building activities delivered")?.value == .integer(2))
    #expect(
      figure("Capacity-building activities delivered")?.context?.hasPrefix(
        "completed or ongoing; 2 more planned, delayed or cancelled") == true)
    // Beneficiaries of delivered activities: VNM, TWN (FIG-1) and IDN (FAC-2); not THA.
    #expect(figure("Beneficiary economies")?.value == .integer(3))
    let matrix = try #require(Self.tables(document).first { $0.id == "coordination.matrix" })
    // Rows FIG, FAC; columns FIG, FAC: FIG-1 once in FIG's row, FAC-1 left out.
    #expect(
      matrix.rows == [[.text("FIG"), .empty, .integer(1)], [.text("FAC"), .integer(0), .empty]])
    let perEconomy = try #require(
      Self.tables(document).first { $0.id == "capacity.beneficiaries" })
    let names = Self.column(perEconomy, "Economy")
    let counts = Self.column(perEconomy, "Initiatives")
    let vietNam = try #require(names.firstIndex(of: .text("Viet Nam")))
    // Viet Nam: FIG-1 only (FAC-1 is the same workshop; FIG-3 is delayed).
    #expect(counts[vietNam] == .integer(1))
    // In the component, the joint workshop is listed once, under FIG, naming FAC; FAC's own
    // table keeps only its own course.
    let fig = try #require(Self.tables(document).first { $0.id == "activities.FIG.figures" })
    #expect(
      Self.column(fig, "Activity") == [
        .text("Joint workshop (also reported by FAC)"), .text("Planned course"),
        .text("Delayed course"),
      ])
    let fac = try #require(Self.tables(document).first { $0.id == "activities.FAC.figures" })
    #expect(Self.column(fac, "Activity") == [.text("Own course")])
  }

  @Test("economies by APEC name in the configured APEC order, never by code or name")
  func namesNotCodes() throws {
    let document = try Self.document(
      FigureWorkspace(
        submissions: [
          "2026": """
          indicators:
            fig.detections:
              by_economy: {TWN: 3, THA: 1, IDN: 2}
          activities:
            - {id: A1, title: Visit, component: figures, status: completed,
               economies: [VNM, TWN, IDN], beneficiaries: [TWN, MYS]}

          """
        ]))
    let activities = document.sheets.activities
    #expect(Self.column(activities, "Economies") == [.text("Indonesia; Chinese Taipei; Viet Nam")])
    #expect(Self.column(activities, "Beneficiaries") == [.text("Malaysia; Chinese Taipei")])
    #expect(
      Self.column(document.sheets.economies, "Economy") == [
        .text("Indonesia"), .text("Malaysia"), .text("Mexico"), .text("Chinese Taipei"),
        .text("Thailand"), .text("Viet Nam"),
      ])
    let data = document.sheets.data
    let economies = Self.column(data, "Economy").filter { $0 != .empty }
    #expect(economies == [.text("Indonesia"), .text("Chinese Taipei"), .text("Thailand")])
    let everything = [activities, document.sheets.economies, data].flatMap(\.rows).joined()
    #expect(!everything.contains(.text("TWN")))
  }

  @Test("beneficiaries by their APEC names, in the configured APEC order, short names unused")
  func beneficiaryNames() throws {
    let workspace = try FigureWorkspace(
      submissions: [
        "2026": """
        activities:
          - {id: A1, title: Course, component: figures, status: completed,
             capacity_building: true, beneficiaries: [VNM, MYS, TWN]}

        """
      ])
    try workspace.write(
      "config/economies.yaml",
      """
      version: 1
      economies:
        - {code: MYS, name: Malaysia}
        - {code: TWN, name: Chinese Taipei}
        - {code: VNM, name: Viet Nam, short: VN}

      """)
    let document = ReportBuilder(analysis: try workspace.analyze(), toolVersion: "0").consolidated()
    let initiatives = try #require(
      Self.tables(document).first { $0.id == "capacity.initiatives" })
    #expect(
      Self.column(initiatives, "Beneficiaries") == [.text("Malaysia; Chinese Taipei; Viet Nam")])
    #expect(Self.column(document.sheets.economies, "Economy").last == .text("Viet Nam"))
  }

  @Test("a forum's display name and acronym are configuration; its module id stays")
  func forumRenamed() throws {
    let document = try Self.document(
      FigureWorkspace(
        submissions: [
          "2026": """
          narrative:
            figures: Work continued.
          activities:
            - {id: FIG-1, title: Joint workshop, component: figures, status: completed,
               fora: [FAC]}

          """
        ],
        strategyExtra: "fora:\n  - {id: FIG, name: Figures Working Group, acronym: FWG}\n"))
    let section = try #require(
      document.parts.flatMap(\.sections).flatMap(\.subsections).first {
        $0.id == "component.figures.FIG"
      })
    #expect(section.title == "Figures Working Group (FWG, lead forum)")
    // The heading names the forum by its display acronym; its own narrative is not
    // attributed again, and never by the module id.
    let narrative = section.blocks.first { block in
      if case .paragraph(_, nil, _) = block { return true }
      return false
    }
    #expect(narrative != nil)
    #expect(
      !section.blocks.contains { block in
        if case .paragraph(_, .some, _) = block { return true }
        return false
      })
    let matrix = try #require(Self.tables(document).first { $0.id == "coordination.matrix" })
    #expect(matrix.columns.map(\.title) == ["Reported by", "FWG", "FAC"])
    #expect(
      document.sheets.forums.first { $0.forum == "FIG" }?.name == "Figures Working Group (FWG)")
    // Unrenamed fora keep their module's name and id.
    #expect(document.sheets.forums.first { $0.forum == "FAC" }?.name == "Facts Test Group (FAC)")
  }

  @Test("the Data sheet and the CSV name a renamed forum as the report does, and keep its id")
  func dataNamesForumsAsTheReport() throws {
    let document = try Self.document(
      FigureWorkspace(
        submissions: [
          "2026": """
          indicators:
            fig.workshops:
              value: 3

          """
        ],
        strategyExtra: "fora:\n  - {id: FIG, name: Figures Working Group, acronym: FWG}\n"))
    let data = document.sheets.data
    let forum = try #require(data.columns.firstIndex { $0.title == "Forum" })
    let forumID = try #require(data.columns.firstIndex { $0.title == "Forum id" })
    let row = try #require(data.rows.first { $0[2] == .text("fig.workshops") })
    #expect(row[forum] == .text("FWG"))
    #expect(row[forumID] == .text("FIG"))
    let csv = CSVRenderer().render(document).split(separator: "\r\n").map(String.init)
    #expect(csv[0].hasPrefix("Period,Forum,Indicator,") && csv[0].hasSuffix(",Forum id"))
    #expect(
      csv.contains { $0.hasPrefix("2026,FWG,fig.workshops,overall,") && $0.hasSuffix(",FIG") })
  }

  @Test("dates are date cells in the Data sheet")
  func datesAsDates() throws {
    let document = try Self.document(
      FigureWorkspace(
        submissions: [
          "2026": """
          indicators:
            fig.last_updated:
              by_economy: {IDN: 2026-03-01, VNM: 2025-11-15}

          """
        ]))
    let data = document.sheets.data
    let dates = Self.column(data, "Date").filter { $0 != .empty }
    let march = try #require(CalendarDate(year: 2026, month: 3, day: 1))
    let november = try #require(CalendarDate(year: 2025, month: 11, day: 15))
    // Two economy rows and the roll-up (the latest date).
    #expect(dates == [.date(march), .date(november), .date(march)])
    #expect(!Self.column(data, "Text").contains(.text("2026-03-01")))
  }

  @Test("a change in a percentage reads in percentage points")
  func percentagePoints() throws {
    let table = ReportTable(
      id: "t", title: "T", columns: [ReportColumn("Change", .number)],
      rows: [[.points(19)], [.points(-4.25)], [.points(0)]])
    let text = PlainTextRenderer().render(try BuilderFixture.document([.table(table)]))
    #expect(text.contains("+19.0 pp"))
    #expect(text.contains("-4.3 pp") || text.contains("-4.2 pp"))
    #expect(text.contains(" 0.0 pp"))
  }
}
