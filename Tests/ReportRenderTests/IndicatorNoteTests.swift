import Foundation
import ReportCompose
import ReportKernel
import ReportTestSupport
import Testing

@testable import ReportRender

/// A test-only forum under FIG's id: active cards (a count, "more than" allowed) with a
/// declared note, economies issuing cards, and the share of cards renewed, derived from the
/// cards and a lower bound when they are. Its section repeats the tabled cards as a key
/// figure and adds one that is no indicator.
struct NotedModule: ForumModule {
  static let cards = IndicatorDefinition(
    id: "fig.cards", title: "Active cards", unit: .count, component: "figures",
    pillars: ["security"], summary: "Cards.", note: "cards valid at the period's end")
  static let issuing = IndicatorDefinition(
    id: "fig.issuing", title: "Economies issuing cards", unit: .economies,
    breakdown: .byEconomy, component: "figures", pillars: ["security"], summary: "Issuing.")
  static let renewed = IndicatorDefinition(
    id: "fig.renewed", title: "Share of cards renewed", unit: .percentage,
    component: "figures", pillars: ["security"], isDerived: true, summary: "Renewed.")

  let descriptor = ForumDescriptor(
    id: "FIG", name: "Figures Test Group", summary: "Figures for tests.",
    components: ["figures"], indicators: [cards, issuing, renewed])

  func derive(_ input: ForumInput) -> [DerivedValue] {
    guard let cards = input.submission.indicator(Self.cards.id),
      case .number(let count) = cards.overall?.value
    else { return [] }
    return [
      DerivedValue(
        indicator: Self.renewed.id, value: .ratio(numerator: 76.2, denominator: 100),
        isLowerBound: cards.isLowerBound, provenance: [], explanation: "of \(count) cards")
    ]
  }

  func sections(_ input: ForumInput, results: [IndicatorResult]) -> [ContributedSection] {
    let figures = [
      results.keyFigure(Self.cards, label: "Cards in use"),
      results.keyFigure(Self.renewed),
      KeyFigure(label: "Card designs in circulation", value: .integer(3)),
    ].compactMap { $0 }
    return [
      ContributedSection(component: "figures", title: "Cards", blocks: [.keyFigures(figures)])
    ]
  }
}

/// The indicator table as the one place of each indicator in the body: shares that are lower
/// bounds, the indicators' declared notes under it, and no key figure repeating it.
@Suite("Each indicator once, with what a reader needs under its table")
struct IndicatorNoteTests {
  static func document() throws -> ReportDocument {
    let workspace = try FigureWorkspace(
      submissions: [
        "2026": """
        indicators:
          fig.cards:
            value: 405000
            lower_bound: true
          fig.issuing:
            by_economy: {IDN: yes, MYS: yes, MEX: no}

        """
      ])
    let analysis = try workspace.analyze(registry: [NotedModule(), FactModule()])
    return ReportBuilder(analysis: analysis, toolVersion: "0.0.0-test").consolidated()
  }

  /// Every block in the body, at any depth.
  static func blocks(_ document: ReportDocument) -> [ReportBlock] {
    func walk(_ sections: [ReportSection]) -> [ReportBlock] {
      sections.flatMap { $0.blocks + walk($0.subsections) }
    }
    return document.parts.flatMap { $0.blocks + walk($0.sections) }
  }

  @Test("a share computed from a lower bound is one, and the table says what ≥ means")
  func derivedShareLowerBound() throws {
    let document = try Self.document()
    let table = try #require(
      FigureReportTests.tables(document).first { $0.id == "indicators.FIG.figures" })
    #expect(
      FigureReportTests.column(table, "Actual") == [
        .number(405_000, lowerBound: true), .number(2, lowerBound: false),
        .percent(0.762, lowerBound: true),
      ])
    #expect(table.notes.contains { $0.hasPrefix("≥ marks a lower bound") })
    let text = PlainTextRenderer().render(document)
    #expect(text.contains("≥ 76.2%"))
  }

  @Test("an indicator's declared note is under its table, once in the document")
  func definitionNote() throws {
    let document = try Self.document()
    let table = try #require(
      FigureReportTests.tables(document).first { $0.id == "indicators.FIG.figures" })
    #expect(table.notes.contains("Active cards: cards valid at the period's end."))
    #expect(table.notes.contains("Counts of economies are out of the 6 member economies."))
    let text = PlainTextRenderer().render(document)
    #expect(text.components(separatedBy: "cards valid at the period's end").count == 2)
    #expect(text.components(separatedBy: "out of the 6 member economies").count == 2)
    let markdown = MarkdownRenderer().render(document)
    #expect(markdown.components(separatedBy: "cards valid at the period's end").count == 2)
  }

  @Test("a key figure repeating an indicator of the table above is left out; others stay")
  func noRepeatedKeyFigure() throws {
    let labels = Self.blocks(try Self.document()).flatMap { block -> [String] in
      if case .keyFigures(let figures) = block { return figures.map(\.label) }
      return []
    }
    #expect(labels == ["Card designs in circulation"])
  }
}

/// A share that is a lower bound reads "≥ 76.2%" in every format, and stays a number.
@Suite("Lower-bound shares in every format")
struct PercentLowerBoundTests {
  static let cell = ReportCell.percent(0.762, lowerBound: true).marked(.illustrative)

  static func document() throws -> ReportDocument {
    let table = ReportTable(
      id: "shares", title: "Shares", columns: [ReportColumn("Share", .percent)],
      rows: [[cell], [.percent(0.5)]])
    return try BuilderFixture.document([.table(table)])
  }

  @Test("text and Markdown put ≥ before the figure, the mark after it")
  func textAndMarkdown() throws {
    #expect(CellText.format(Self.cell) == "≥ 76.2% †")
    #expect(CellText.format(.percent(0.5)) == "50.0%")
    let document = try Self.document()
    #expect(PlainTextRenderer().render(document).contains("≥ 76.2% †"))
    #expect(MarkdownRenderer().render(document).contains("≥ 76.2% †"))
  }

  @Test("JSON carries lowerBound on the share and reads it back")
  func json() throws {
    let data = try JSONEncoder().encode(Self.cell)
    let object = try #require(try JSONSerialization.jsonObject(with: data) as? [String: Any])
    #expect(object["type"] as? String == "percent")
    #expect(object["lowerBound"] as? Bool == true)
    #expect(try JSONDecoder().decode(ReportCell.self, from: data) == Self.cell)
    let rendered = JSONRenderer().render(try Self.document())
      .replacingOccurrences(of: "\\s", with: "", options: .regularExpression)
    #expect(
      rendered.contains(
        #"{"lower_bound":true,"mark":"illustrative","type":"percent","value":0.762}"#))
  }

  @Test("the workbook keeps the share a number with a ≥ number format")
  func workbook() throws {
    let package = try XLSXRenderFixture.render(try XLSXRenderFixture.document())
    let cell = try #require(try package.cell("G3", sheet: "Indicators"))
    #expect(cell.attributes["t"] == nil)
    #expect(cell.first("v")?.text == "0.762")
    #expect(try package.numberFormat(of: cell) == "\"≥ \"0.0%")
    let plain = try #require(try package.cell("G2", sheet: "Indicators"))
    #expect(try package.numberFormat(of: plain) == "0.0%")
  }
}
