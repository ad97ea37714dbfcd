import Foundation
import ReportKernel
import Testing

@Suite("Values are held compactly and read back as written")
struct CompactValueTests {
  @Test("a location keeps its file, line and column, sorts by them and encodes them by name")
  func locations() throws {
    let late = SourceLocation(file: "reports/2026/submissions/TEL.yaml", line: 120, column: 7)
    let early = SourceLocation(file: "reports/2026/submissions/TEL.yaml", line: 9, column: 30)
    let other = SourceLocation(file: "reports/2026/submissions/BMG.yaml", line: 400, column: 1)
    #expect(late.file == "reports/2026/submissions/TEL.yaml")
    #expect((late.line, late.column) == (120, 7))
    #expect(late.description == "reports/2026/submissions/TEL.yaml:120:7")
    #expect(SourceLocation(file: "config/ctst.yaml").description == "config/ctst.yaml")
    #expect([late, early, other].sorted() == [other, early, late])
    #expect(late == SourceLocation(file: "reports/2026/submissions/TEL.yaml", line: 120, column: 7))
    #expect(late != SourceLocation(file: "reports/2025/submissions/TEL.yaml", line: 120, column: 7))

    let encoder = JSONEncoder()
    encoder.outputFormatting = .sortedKeys
    let json = String(decoding: try encoder.encode(late), as: UTF8.self)
    #expect(json == #"{"column":7,"file":"reports\/2026\/submissions\/TEL.yaml","line":120}"#)
    #expect(try JSONDecoder().decode(SourceLocation.self, from: Data(json.utf8)) == late)
  }

  @Test("a long per-economy list finds each code's first value, and a changed list its new one")
  func economyLookup() {
    let file = "reports/2026/submissions/SCCP.yaml"
    var report = IndicatorReport(
      id: "sccp.aeo_operational", location: SourceLocation(file: file, line: 3, column: 3))
    let codes = (0..<40).map { "E\($0)" }
    for (index, code) in codes.enumerated() {
      let at = SourceLocation(file: file, line: index + 5, column: 7)
      report.byEconomy.append((code, Datum(.number(Double(index)), at: at)))
    }
    // Given twice: the first value is the one read.
    report.byEconomy.append(("E7", Datum(.number(700), at: SourceLocation(file: file, line: 90))))
    #expect(report.value(for: "E0")?.value == .number(0))
    #expect(report.value(for: "E7")?.value == .number(7))
    #expect(report.value(for: "E39")?.location.line == 44)
    #expect(report.value(for: "E40") == nil)
    report.byEconomy.append(("E40", Datum(.flag(true), at: SourceLocation(file: file, line: 91))))
    #expect(report.value(for: "E40")?.value == .flag(true))
  }

  @Test("a date keeps its year, month and day")
  func dates() throws {
    let date = try #require(CalendarDate(year: 2028, month: 2, day: 29))
    #expect((date.year, date.month, date.day) == (2028, 2, 29))
    #expect(date.description == "2028-02-29")
    #expect(CalendarDate(iso: "9999-12-31")?.year == 9999)
    #expect(try #require(CalendarDate(iso: "2026-01-31")) < date)
  }
}
