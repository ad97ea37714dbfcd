import ReportCompose
import ReportKernel
import ReportRender
import ReportTestSupport
import Testing

@Suite("Trustworthy figures in the workbook, read back")
struct FigureWorkbookTests {
  @Test("Data sheet dates are date cells; percentage changes are point cells")
  func datesAndPoints() throws {
    let analysis = try FigureWorkspace(
      submissions: [
        "2025": """
        indicators:
          fig.plan_share:
            by_economy:
              IDN: {numerator: 1, denominator: 2}

        """,
        "2026": """
        indicators:
          fig.last_updated:
            by_economy: {IDN: 2026-03-01, VNM: 2025-11-15}
          fig.plan_share:
            by_economy:
              IDN: {numerator: 3, denominator: 4}

        """,
      ]
    ).analyze()
    let document = ReportBuilder(analysis: analysis, toolVersion: "0").consolidated()
    let package = try XLSXRenderFixture.render(document)
    let data = try package.sheet("Data")
    var dates: [String] = []
    for cell in data.all("c") where try package.numberFormat(of: cell) == "yyyy-mm-dd" {
      dates.append(try package.value(cell) ?? "")
    }
    // 2026-03-01 and 2025-11-15 as Excel serial days (from 1899-12-30), and the roll-up.
    #expect(dates == ["46082", "45976", "46082"])
    #expect(try !package.sharedStrings().contains("2026-03-01"))
    // 3/4 − 1/2 = 0.25: +25.0 percentage points, stored as 25.
    let indicators = try package.sheet("Indicators")
    var points: [String] = []
    for cell in indicators.all("c")
    where try package.numberFormat(of: cell).contains("pp") {
      points.append(try package.value(cell) ?? "")
    }
    #expect(points == ["25"])
  }

  @Test("baseline years are number cells shown as 2019, never numbers stored as text")
  func baselineYears() throws {
    let analysis = try FigureWorkspace(
      targets: FigureReportTests.planTargets,
      submissions: ["2026": "indicators:\n  fig.participants:\n    value: 110\n"]
    ).analyze()
    let document = ReportBuilder(analysis: analysis, toolVersion: "0").consolidated()
    let package = try XLSXRenderFixture.render(document)
    var years: [String] = []
    for name in try package.sheetNames() {
      let sheet = try package.sheet(name)
      // A blank cell of a merged range carries the format of the cell it extends (stacked
      // tables on a shared grid); it must lie in a merge and holds no value.
      let merged = Set(
        sheet.all("mergeCell").compactMap { $0.attributes["ref"] }.flatMap { ref in
          ref.split(separator: ":").map(String.init)
        }.compactMap { $0.drop { $0.isLetter }.isEmpty ? nil : Int($0.drop { $0.isLetter }) })
      for cell in sheet.all("c") where try package.numberFormat(of: cell) == "0" {
        guard let value = try package.value(cell) else {
          let row = cell.attributes["r"].flatMap { Int($0.drop { $0.isLetter }) }
          #expect(row.map(merged.contains) == true, "\(name) \(cell.attributes)")
          continue
        }
        years.append("\(name): \(value)")
      }
    }
    // fig.participants' baseline year 2019 and fig.plan_share's 2024, on the forum's sheet
    // and the Indicators sheet.
    #expect(years.sorted() == ["FIG: 2019", "FIG: 2024", "Indicators: 2019", "Indicators: 2024"])
    #expect(try !package.sharedStrings().contains("2019"))
    #expect(try !package.sharedStrings().contains("2024"))
  }

  @Test("a marked figure stays a number; its format shows the mark on screen and in print")
  func markedNumbers() throws {
    let analysis = try FigureWorkspace(
      targets: FigureReportTests.planTargets,
      submissions: [
        "2026": "indicators:\n  fig.participants:\n    value: 110\n    quality: illustrative\n"
      ]
    ).analyze()
    let document = ReportBuilder(analysis: analysis, toolVersion: "0").consolidated()
    let package = try XLSXRenderFixture.render(document)
    var marked: [String] = []
    for cell in try package.sheet("Indicators").all("c") {
      let format = try package.numberFormat(of: cell)
      if format.contains("†") || format.contains("‡") {
        marked.append("\(try package.value(cell) ?? ""): \(format)")
      }
    }
    // Participants: baseline 100 reported; target 120 an estimate (‡); actual 110
    // illustrative (†). The share: baseline 80% illustrative (†), stored as 0.8.
    #expect(
      marked.sorted() == [
        "0.8: 0.0%\" †\"", "110: #,##0\" †\"", "120: #,##0\" ‡\"",
      ])
    #expect(try !package.sharedStrings().contains("110 †"))
  }
}
