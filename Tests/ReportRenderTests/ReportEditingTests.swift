import Foundation
import ReportCompose
import ReportKernel
import ReportRender
import ReportTestSupport
import Testing

/// The editor's pass over the publication text, as the Secretariat reads it: no attribution
/// repeating the heading, each activity once, no internal ids or software on the page,
/// capacity building said one way, the change rule said as it is applied, and no sentence
/// starting with a numeral. On the tests' own workspaces, in txt, md and JSON.
@Suite("The report as edited for Senior Officials")
struct ReportEditingTests {
  static func formats(_ document: ReportDocument) -> [String] {
    [
      PlainTextRenderer().render(document), MarkdownRenderer().render(document),
      JSONRenderer().render(document),
    ]
  }

  /// The forum subsections of the area parts (`component.<component>.<FORUM>`), with the
  /// forum id.
  static func forumSubsections(_ document: ReportDocument) -> [(String, ReportSection)] {
    document.parts.filter { $0.id.hasPrefix("area.") }.flatMap(\.sections).flatMap { section in
      section.subsections.compactMap { sub in
        sub.id.split(separator: ".").last.map { (String($0), sub) }
      }
    }
  }

  static func paragraphs(_ section: ReportSection) -> [(String, String?)] {
    section.blocks.compactMap { block -> (String, String?)? in
      guard case .paragraph(let text, let attribution, _) = block else { return nil }
      return (text, attribution)
    } + section.subsections.flatMap(paragraphs)
  }

  @Test("inside a forum's own subsection nothing is attributed to that forum again")
  func noAttributionUnderOwnHeading() throws {
    let document = try BuilderFixture.consolidated()
    let strategy = try #require(BuilderFixture.analysis).workspace.strategy
    let subsections = Self.forumSubsections(document)
    #expect(subsections.count > 3)
    var narratives = 0
    for (forum, section) in subsections {
      let acronym = strategy.forumAcronym(forum)
      for (text, attribution) in Self.paragraphs(section) {
        #expect(attribution != forum && attribution != acronym, "\(forum): \(text)")
        narratives += 1
      }
    }
    #expect(narratives > 3)
    // No line that is only an attribution, in text or Markdown.
    let alone = #/(?m)^\*?\((CTWG|CTTF|TPTWG|SCCP|BMG|TEL)\)\*?$/#
    for text in Self.formats(document).prefix(2) {
      #expect(text.firstMatch(of: alone).map { String(text[$0.range]) } == nil)
    }
  }

  @Test("each activity once in the body; no internal activity id in the publication")
  func activitiesOnce() throws {
    let document = try BuilderFixture.consolidated()
    let analysis = try #require(BuilderFixture.analysis)
    let activities = analysis.forums.flatMap { $0.submission?.activities ?? [] }
    #expect(activities.count > 5)
    // In the area parts, an activity's title is one table row, and no list repeats it.
    var rows: [String: Int] = [:]
    var listed: [String] = []
    func count(_ section: ReportSection) {
      for block in section.blocks {
        switch block {
        case .table(let table):
          for row in table.rows {
            for case .text(let text) in row { rows[text, default: 0] += 1 }
          }
        case .bullets(let items): listed += items
        default: break
        }
      }
      section.subsections.forEach(count)
    }
    document.parts.filter { $0.id.hasPrefix("area.") }.flatMap(\.sections).forEach(count)
    // A joint activity is one row, under the forum the other's `same_as:` names, naming it.
    for activity in activities where activity.sameAs == nil {
      let hits = rows.filter {
        $0.key == activity.title || $0.key.hasPrefix(activity.title + " (also reported by ")
      }
      #expect(hits.values.reduce(0, +) == 1, "\(activity.title): \(hits)")
      #expect(!listed.contains { $0.contains(activity.title) }, "\(activity.title) listed")
    }
    #expect(
      rows[
        "Joint SCCP-BMG workshop on bulk cash smuggling and cash couriers at borders"
          + " (also reported by BMG)"] == 1)
    for activity in activities where activity.sameAs != nil {
      #expect(rows[activity.title] == nil, "\(activity.title) listed twice")
    }
    // No id (CTTF-2026-01) in txt, md or the JSON's text; the project number instead.
    let ids = Set(activities.map(\.id))
    for (index, text) in Self.formats(document).enumerated() {
      let body = index == 2 ? Self.jsonBody(text) : text
      for id in ids { #expect(!body.contains(id), "\(id) in format \(index)") }
    }
    #expect(PlainTextRenderer().render(document).contains("CTWG 01 2025A"))
    // The review pack keeps the ids; the Activities data sheet keeps its ID column.
    let review = try #require(try BuilderFixture.builder().review())
    #expect(ids.allSatisfy(PlainTextRenderer().render(review).contains))
    #expect(document.sheets.activities.columns.first?.title == "ID")
  }

  /// The JSON without the data sheets (which keep ids): its parts only.
  static func jsonBody(_ json: String) -> String {
    guard let range = json.range(of: "\"sheets\"") else { return json }
    return String(json[..<range.lowerBound])
  }

  @Test("the publication names no software; the review pack does")
  func noSoftwareOnTheCover() throws {
    let document = try BuilderFixture.consolidated()
    for text in Self.formats(document).prefix(2) {
      #expect(!text.contains("ctst"))
      #expect(!text.contains(BuilderFixture.toolVersion))
    }
    let review = try #require(try BuilderFixture.builder().review())
    #expect(
      PlainTextRenderer().render(review).contains(
        "with ctst \(BuilderFixture.toolVersion)."))
  }

  static let capacity = """
    activities:
      - {id: FIG-1, title: Course one, component: figures, status: completed,
         capacity_building: true, beneficiaries: [IDN]}
      - {id: FIG-2, title: Course two, component: figures, status: completed,
         capacity_building: true, beneficiaries: [MEX]}
      - {id: FIG-3, title: Course three, component: figures, status: ongoing,
         capacity_building: true, beneficiaries: [IDN]}
      - {id: FIG-4, title: Course four, component: figures, status: planned,
         capacity_building: true}
      - {id: FIG-5, title: Course five, component: figures, status: delayed,
         capacity_building: true}
      - {id: FIG-6, title: Course six, component: figures, status: delayed,
         capacity_building: true}
      - {id: FIG-7, title: Meeting, component: figures, status: completed}

    """

  @Test("capacity building is counted one way, in the same words, in summary and its part")
  func capacityOneWay() throws {
    let document = try ReportLanguageTests.document(
      FigureWorkspace(submissions: ["2026": Self.capacity]))
    // By hand: 6 initiatives; delivered = completed 2 + ongoing 1 = 3; 1 planned; 2 delayed.
    let sentence =
      "Of the 6 capacity-building initiatives, 3 were delivered or under way (1 still under"
      + " way), 1 is planned and 2 were delayed."
    let part = try #require(
      ReportLanguageTests.paragraph(document, part: "capacity_building", startingWith: "Of the"))
    #expect(
      part == sentence + " Those delivered reached 2 of the 6 member economies as beneficiaries.")
    let summary = try #require(
      ReportLanguageTests.paragraph(document, part: "summary", startingWith: "The fora reported"))
    #expect(
      summary
        == "The fora reported 7 activities, 3 of them completed in the year. " + sentence
        + " Those delivered reached 2 of the 6 member economies as beneficiaries.")
  }

  @Test("the change rule is said as it is applied")
  func changeRule() throws {
    let body = "indicators:\n  fig.participants:\n    value: 114\n"
    let document = try ReportLanguageTests.document(
      FigureWorkspace(submissions: ["2025": body, "2026": body]))
    let text = PlainTextRenderer().render(document).replacingOccurrences(of: "\n", with: " ")
    #expect(!text.contains("like for like."))
    #expect(
      text.contains(
        "Changes are measured against 2025: for counts of economies, the difference in"
          + " counts; for other figures, the change in the total, with the like-for-like change"
          + " beside it where economies entered or left the reporting."))
  }

  @Test("numbers starting a sentence in words; years, decimals and mid-sentence numerals kept")
  func wordingSpellsSentenceStarts() {
    let spell = Wording.numbersSpelledAtSentenceStart
    #expect(spell("8 organisations took part.") == "Eight organisations took part.")
    #expect(
      spell("Done. 23 activities served it, 18 of them.")
        == "Done. Twenty-three activities served it, 18 of them.")
    #expect(
      spell("1,250 people. 105 more.")
        == "One thousand two hundred and fifty people. One hundred and five more.")
    #expect(spell("2026 targets. 71.4% met. 5% more.") == "2026 targets. 71.4% met. 5% more.")
    #expect(spell("Of the 6, 3 were.") == "Of the 6, 3 were.")
    #expect(Wording.words(21) == "twenty-one")
    #expect(Wording.words(1_000) == "one thousand")
    #expect(Wording.words(1_000_000) == nil)
  }

  @Test("no generated sentence of a fixture report starts with a numeral, in txt and md")
  func noSentenceStartsWithANumeral() throws {
    let analysis = try #require(BuilderFixture.analysis)
    let narratives = Set(
      analysis.forums.flatMap { $0.submission?.narratives.map(\.text) ?? [] })
    let document = try BuilderFixture.consolidated()
    var sentences = 0
    func check(_ text: String) {
      guard !narratives.contains(text) else { return }
      for sentence in text.split(separator: ". ") {
        sentences += 1
        let first = sentence.prefix { $0.isNumber }
        let isYear = first.count == 4 && (1900..<2100).contains(Int(first) ?? 0)
        #expect(first.isEmpty || isYear, "\(sentence)")
      }
    }
    func walk(_ blocks: [ReportBlock]) {
      for block in blocks {
        switch block {
        case .paragraph(let text, _, _), .note(let text): check(text)
        case .table(let table): table.notes.forEach(check)
        case .bullets, .keyFigures: break
        }
      }
    }
    func walk(_ section: ReportSection) {
      walk(section.blocks)
      section.subsections.forEach(walk)
    }
    for part in document.parts {
      walk(part.blocks)
      part.sections.forEach(walk)
    }
    #expect(sentences > 50)
    // The rendered text agrees: no note line starts with a numeral.
    let text = PlainTextRenderer().render(document)
    #expect(text.firstMatch(of: #/(?m)^Note: \d/#) == nil)
  }
}
