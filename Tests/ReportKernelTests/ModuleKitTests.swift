import Testing

@testable import ReportKernel

/// The module kit: the one number formatting, the one "activity falls in the period" rule, the
/// yes/no cell, result lookup and per-economy flag tables that every forum module uses.
@Suite("Module kit")
struct ModuleKitTests {
  static let period = Period(
    id: "2026", start: date(2026, 1, 1), end: date(2026, 12, 31))

  static func date(_ year: Int, _ month: Int, _ day: Int) -> CalendarDate {
    guard let date = CalendarDate(year: year, month: month, day: day) else {
      preconditionFailure("\(year)-\(month)-\(day) is not a date")
    }
    return date
  }

  static func activity(_ start: CalendarDate?, _ end: CalendarDate?) -> Activity {
    Activity(
      id: "A-1", title: "Drill", component: "cyber_security", status: .completed, start: start,
      end: end, location: SourceLocation(file: "TEL.yaml", line: 3, column: 5))
  }

  @Test("plain numbers drop a whole number's .0 and keep fractions as written")
  func plain() {
    #expect(NumberText.plain(3) == "3")
    #expect(NumberText.plain(405_000) == "405000")
    #expect(NumberText.plain(2.5) == "2.5")
    #expect(NumberText.plain(-7) == "-7")
    #expect(NumberText.plain(1e16) == "1e+16")
  }

  @Test("grouped numbers put a comma between thousands and round half away from zero")
  func grouped() {
    #expect(NumberText.grouped(405_000) == "405,000")
    #expect(NumberText.grouped(999) == "999")
    #expect(NumberText.grouped(-1_234.5) == "-1,235")
    #expect(NumberText.grouped(1_234.567, decimals: 2) == "1,234.57")
    #expect(NumberText.grouped(2.5, decimals: 2) == "2.5")
    #expect(NumberText.grouped(2.5, decimals: 2, trim: false) == "2.50")
    #expect(NumberText.grouped(-0.001) == "0")
    #expect(NumberText.grouped(.infinity) == "inf")
  }

  @Test("percentages have one decimal, a sign when negative and commas above 999%")
  func percent() {
    #expect(NumberText.percent(0.0333) == "3.3%")
    #expect(NumberText.percent(0.5) == "50.0%")
    #expect(NumberText.percent(-0.05) == "-5.0%")
    #expect(NumberText.percent(12.345) == "1,234.5%")
  }

  @Test("an activity falls in the period when its dates overlap it; a missing date is open")
  func fallsInPeriod() {
    let period = Self.period
    let d = Self.date
    #expect(Self.activity(d(2026, 3, 1), d(2026, 3, 2)).falls(in: period))
    #expect(Self.activity(d(2025, 12, 1), d(2026, 1, 1)).falls(in: period))
    #expect(Self.activity(d(2026, 12, 31), d(2027, 1, 10)).falls(in: period))
    #expect(Self.activity(d(2025, 1, 1), d(2027, 12, 31)).falls(in: period))
    #expect(!Self.activity(d(2025, 1, 1), d(2025, 12, 31)).falls(in: period))
    #expect(!Self.activity(d(2027, 1, 1), d(2027, 1, 2)).falls(in: period))
    #expect(Self.activity(nil, nil).falls(in: period))
    #expect(Self.activity(d(2025, 6, 1), nil).falls(in: period))
    #expect(!Self.activity(d(2027, 1, 1), nil).falls(in: period))
    #expect(!Self.activity(nil, d(2025, 12, 31)).falls(in: period))
  }

  @Test("the yes/no cell says Yes, No, or what to show when nothing was reported")
  func yesNo() {
    #expect(ReportCell.yesNo(true) == .text("Yes"))
    #expect(ReportCell.yesNo(false) == .text("No"))
    #expect(ReportCell.yesNo(nil) == .text("Not reported"))
    #expect(ReportCell.yesNo(nil, missing: .empty) == .empty)
  }

  @Test("a flag table has a row per economy and a column per indicator, found by definition")
  func economyFlags() {
    let csirt = IndicatorDefinition(
      id: "tel.national_csirt", title: "National CSIRT", unit: .economies, breakdown: .byEconomy,
      component: "cyber_security", pillars: ["security"], summary: "CSIRT.")
    let law = IndicatorDefinition(
      id: "tel.cybercrime_law", title: "Cybercrime law", unit: .economies, breakdown: .byEconomy,
      component: "cyber_security", pillars: ["security"], summary: "Law.")
    var submission = Submission(forum: "TEL", period: "2026", file: "TEL.yaml")
    var report = IndicatorReport(id: csirt.id, location: SourceLocation(file: "TEL.yaml", line: 4))
    let at = SourceLocation(file: "TEL.yaml", line: 5, column: 22)
    report.byEconomy = [("PNG", Datum(.flag(false), at: at)), ("AUS", Datum(.flag(true), at: at))]
    submission.indicators = [report]
    let economies = EconomyList([
      Economy(code: "AUS", name: "Australia", joined: 1989),
      Economy(code: "PNG", name: "Papua New Guinea", joined: 1993),
      Economy(code: "VNM", name: "Viet Nam", joined: 1998),
    ])
    let flags = EconomyFlags([csirt, law], in: submission, economies: economies)
    #expect(flags.rows.map(\.code) == ["AUS", "PNG", "VNM"])
    #expect(
      flags.rows.map(\.cells) == [
        [.text("Yes"), .text("Not reported")], [.text("No"), .text("Not reported")],
        [.text("Not reported"), .text("Not reported")],
      ])
    #expect(flags.rows.map(\.isReported) == [true, true, false])
    #expect(flags.answer("PNG", csirt) == false)
    #expect(flags.answer("PNG", law) == nil)
    #expect(flags.datum("PNG", csirt)?.location == at)
    #expect(flags.rows(answering: false, to: csirt).map(\.name) == ["Papua New Guinea"])
    #expect(!flags.isEmpty)
    #expect(EconomyFlags([law], in: submission, economies: economies).isEmpty)
  }

  @Test("a key figure is found by definition: shares as percentages, lower bounds marked")
  func keyFigures() {
    let active = IndicatorDefinition(
      id: "bmg.abtc_active", title: "Active ABTCs", unit: .count, component: "border_management",
      pillars: ["efficiency"], summary: "Cards.")
    let share = IndicatorDefinition(
      id: "bmg.abtc_growth", title: "Growth", unit: .percentage, component: "border_management",
      pillars: ["efficiency"], summary: "Growth.")
    let missing = IndicatorDefinition(
      id: "bmg.rmas_detections", title: "Detections", unit: .count,
      component: "border_management", pillars: ["security"], summary: "Detections.")
    func result(_ definition: IndicatorDefinition, _ actual: Double?) -> IndicatorResult {
      IndicatorResult(
        definition: definition, forum: "BMG", actual: actual, isLowerBound: true, baseline: nil,
        target: nil, progress: nil, status: .notAssessed, previous: nil, change: nil,
        provenance: [])
    }
    let results = [result(active, 405_000), result(share, 0.25), result(missing, nil)]
    #expect(results.result(share)?.actual == 0.25)
    #expect(
      results.keyFigure(active, context: { $0.status.label })
        == KeyFigure(
          label: "Active ABTCs", value: .number(405_000, lowerBound: true),
          context: "Not assessed", indicator: "bmg.abtc_active"))
    #expect(
      results.keyFigure(share, label: "Growth in cards")
        == KeyFigure(
          label: "Growth in cards", value: .percent(0.25, lowerBound: true),
          indicator: "bmg.abtc_growth"))
    #expect(results.keyFigure(missing) == nil)
  }
}
