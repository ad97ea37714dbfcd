import ReportKernel
import ReportRender
import Testing

@Suite("CSVRenderer")
struct CSVRendererTests {
  let renderer = CSVRenderer()

  static func table(_ cells: [ReportCell]) -> ReportTable {
    ReportTable(
      id: "data", title: "Data", columns: cells.indices.map { ReportColumn("c\($0)") },
      rows: [cells])
  }

  @Test("cells a spreadsheet would run as formulas are neutralised")
  func injection() {
    let csv = renderer.render(
      Self.table([
        .text("=1+1"), .text("+SUM(A1)"), .text("-2+3"), .text("@cmd"), .text("\tx"),
        .text("-12.5"), .number(-12.5, lowerBound: false), .text("plain"),
      ]))
    let fields = csv.components(separatedBy: "\r\n")[1].components(separatedBy: ",")
    #expect(fields == ["'=1+1", "'+SUM(A1)", "'-2+3", "'@cmd", "'\tx", "-12.5", "-12.5", "plain"])
    #expect(CSVField.neutralised("\rx") == "'\rx")
    #expect(CSVField.isPlainNumber("+3.5e-2"))
    #expect(!CSVField.isPlainNumber("-"))
  }

  @Test("a quote is doubled even when a combining mark follows it (one character, two scalars)")
  func quoteBeforeCombiningMark() {
    #expect(CSVField.quoted("Aus\"\u{301}tralia") == "\"Aus\"\"\u{301}tralia\"")
    #expect(CSVField.quoted("a \"b\" c") == "\"a \"\"b\"\" c\"")
    #expect(CSVField.quoted("no quote") == "no quote")
  }

  @Test("fields are quoted per RFC 4180 and lines end in CRLF")
  func quoting() {
    let csv = renderer.render(
      Self.table([.text("a,b"), .text("say \"hi\""), .text("two\nlines"), .text("cr\rhere")]))
    #expect(csv == "c0,c1,c2,c3\r\n\"a,b\",\"say \"\"hi\"\"\",\"two\nlines\",\"cr\rhere\"\r\n")
  }

  @Test("numbers are plain, dates ISO, statuses their ids")
  func values() throws {
    let date = try #require(CalendarDate(year: 2026, month: 12, day: 31))
    let csv = renderer.render(
      Self.table([
        .integer(1_234_567), .number(405_000, lowerBound: true), .percent(0.5), .usd(98_000.5),
        .date(date), .status(.atRisk), .empty,
      ]))
    #expect(csv.hasSuffix("1234567,405000,0.5,98000.5,2026-12-31,at_risk,\r\n"))
  }

  @Test("the report's CSV is its data table, deterministic")
  func report() throws {
    let document = try BuilderFixture.consolidated()
    let csv = renderer.render(document)
    #expect(csv == renderer.render(try BuilderFixture.consolidated()))
    #expect(csv.hasPrefix("Period,Forum,Indicator,Level,Economy,Unit,Value,"))
    let records = csv.components(separatedBy: "\r\n").dropLast()
    #expect(records.count == document.sheets.data.rows.count + 1)
  }
}
