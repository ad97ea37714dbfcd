import Foundation
import ReportKernel
import Testing

/// What each unit means, asked of the unit itself: checks with their exact messages, cells,
/// labels, roll-ups, template hints and schema fragments.
@Suite("Units own their meaning")
struct UnitSemanticsTests {
  static let economies = EconomyList([
    Economy(code: "AUS", name: "Australia"), Economy(code: "NZL", name: "New Zealand"),
    Economy(code: "SGP", name: "Singapore"),
  ])
  static let place = SourceLocation(file: "s.yaml", line: 7, column: 12)

  func check(_ unit: IndicatorDefinition.Unit, _ value: Datum.Value, perEconomy: Bool = false)
    -> [String]
  {
    let context = UnitCheckContext(path: "indicators.x.value", economies: Self.economies)
    return unit.semantics.check(Datum(value, at: Self.place), perEconomy: perEconomy, context)
      .map(\.description)
  }

  @Test("each unit's semantics is its own, with the roll-up and label the report uses")
  func registry() {
    let expected: [(IndicatorDefinition.Unit, IndicatorDefinition.RollUp, String)] = [
      (.count, .sum, "count"), (.economies, .countYes, "economies"), (.percentage, .ratio, "%"),
      (.usd, .sum, "USD"), (.yesNo, .countYes, "yes/no"), (.date, .latest, "date"),
      (.economyList, .countYes, "economies"), (.qualitative, .none, "text"),
    ]
    #expect(expected.map(\.0) == IndicatorDefinition.Unit.allCases)
    for (unit, rollUp, label) in expected {
      #expect(unit.semantics.unit == unit)
      #expect(unit.semantics.defaultRollUp == rollUp)
      #expect(unit.semantics.label == label)
    }
    let definition = IndicatorDefinition(
      id: "x.share", title: "Share", unit: .percentage, component: "c", pillars: [],
      summary: "s")
    #expect(definition.rollUp == .ratio)
  }

  @Test("checks name the path and what to write, at the value")
  func checks() {
    let at = "s.yaml:7:12: error: 'indicators.x.value'"
    #expect(check(.count, .number(3)) == [])
    #expect(
      check(.count, .text("130"))
        == ["\(at) must be a number, found '130' in quotes, which makes it text; remove the quotes"]
    )
    #expect(check(.usd, .number(-5)) == ["\(at) must not be negative, found -5"])
    #expect(
      check(.economies, .number(4))
        == ["\(at) counts economies, so it must be a whole number from 0 to 3, found 4"])
    #expect(check(.economies, .flag(true), perEconomy: true) == [])
    #expect(check(.economies, .number(2), perEconomy: true) == ["\(at) must be yes or no, found 2"])
    #expect(
      check(.percentage, .ratio(numerator: 5, denominator: 4))
        == ["\(at) is a share over 100% (5 of 4); the numerator cannot exceed the denominator"])
    #expect(
      check(.percentage, .number(0.5)) == ["\(at) must be 'numerator' and 'denominator', found 0.5"]
    )
    #expect(check(.yesNo, .economies(["AUS"])) == ["\(at) must be yes or no, found a list"])
    #expect(
      check(.date, .text("soon")) == [
        "\(at) must be a date (YYYY-MM-DD), found 'soon'; write dates as YYYY-MM-DD, for example"
          + " 2026-05-12"
      ])
    #expect(
      check(.economyList, .economies(["NZL", "QQQ"]))
        == [
          "s.yaml:7:12: error: unknown economy code 'QQQ'; write one of the codes: AUS"
            + " (Australia), NZL (New Zealand), SGP (Singapore)"
        ])
    #expect(check(.qualitative, .flag(false)) == ["\(at) must be text, found no"])
    let lowerBounds = IndicatorDefinition.Unit.allCases.filter { $0.semantics.allowsLowerBound }
    #expect(lowerBounds == [.count, .economies, .usd])
  }

  @Test("figures become the unit's cells; data rows carry shares, flags and list sizes")
  func cells() {
    #expect(
      CountUnit().cell(5, breakdown: .overall, lowerBound: true) == .number(5, lowerBound: true))
    #expect(
      PercentageUnit().cell(0.25, breakdown: .overall, lowerBound: true)
        == .percent(0.25, lowerBound: true))
    #expect(PercentageUnit().cell(0.25, breakdown: .overall, lowerBound: false) == .percent(0.25))
    #expect(USDUnit().cell(9000, breakdown: .byEconomy, lowerBound: false) == .usd(9000))
    #expect(YesNoUnit().cell(1, breakdown: .overall, lowerBound: false) == .text("Yes"))
    #expect(YesNoUnit().cell(0, breakdown: .overall, lowerBound: false) == .text("No"))
    #expect(
      YesNoUnit().cell(3, breakdown: .byEconomy, lowerBound: false)
        == .number(3, lowerBound: false))
    #expect(
      YesNoUnit().changeCell(-1, breakdown: .overall, lowerBound: false)
        == .number(-1, lowerBound: false))
    // A change of shares is in percentage points: 0.714 − 0.524 = 0.19 → 19 points.
    #expect(
      PercentageUnit().changeCell(0.19, breakdown: .overall, lowerBound: false) == .points(19))
    let share = PercentageUnit().dataCells(.ratio(numerator: 1, denominator: 4), lowerBound: false)
    #expect(share.value == .number(0.25, lowerBound: false))
    #expect(share.text == "1/4")
    let list = EconomyListUnit().dataCells(.economies(["NZL", "SGP"]), lowerBound: false)
    #expect(list.value == .number(2, lowerBound: false))
    #expect(list.text == "NZL SGP")
    #expect(EconomiesUnit().answersYes(.flag(true)))
    #expect(!EconomyListUnit().answersYes(.economies([])))
    // Stored exactly: 70 × 0.01 would be 0.7000000000000001.
    #expect(PercentageUnit().storedFigure(written: 70) == 0.7)
    #expect(PercentageUnit().storedFigure(written: 29) == 0.29)
    #expect(PercentageUnit().writtenFigure(stored: 0.5) == 50)
    #expect(CountUnit().storedFigure(written: 70) == 70)
    #expect(PercentageUnit().changeNote?.contains("percentage points") == true)
  }

  @Test("the template's hints come from the unit")
  func hints() {
    #expect(PercentageUnit().hint(.overall) == "numerator: 0, denominator: 0")
    #expect(
      PercentageUnit().hint(.byEconomy) == "by_economy: {AUS: {numerator: 0, denominator: 0}}")
    #expect(EconomiesUnit().hint(.byEconomy) == "by_economy: {AUS: yes}")
    #expect(EconomyListUnit().hint(.byEconomy) == "by_economy: {AUS: [NZL]}")
    #expect(DateUnit().hint(.overall) == "value: YYYY-MM-DD")
    #expect(QualitativeUnit().hint(.overall) == "value: \"text\"")
    #expect(CountUnit().hint(.overall) == "value: 0")
  }
}
