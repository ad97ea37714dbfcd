import Foundation
import ReportKernel
import Testing

@testable import ReportRender

@Suite("Changes between periods read with their sign")
struct SignedChangeTests {
  @Test("a rise reads +, a fall -, no change 0, a lower bound ≥ +, a share's change in pp")
  func text() {
    #expect(CellText.format(ReportCell.number(124, lowerBound: false).signedChange) == "+124")
    #expect(CellText.format(ReportCell.number(-4, lowerBound: false).signedChange) == "-4")
    #expect(CellText.format(ReportCell.number(0, lowerBound: false).signedChange) == "0")
    #expect(CellText.format(ReportCell.integer(1_200).signedChange) == "+1,200")
    #expect(
      CellText.format(ReportCell.number(20_000, lowerBound: true).signedChange) == "≥ +20,000")
    #expect(CellText.format(ReportCell.usd(5_000).signedChange) == "+USD 5,000")
    // A share's change is signed by its own cell; signedChange leaves it as it is.
    #expect(ReportCell.points(19).signedChange == .points(19))
    #expect(CellText.format(ReportCell.points(19).signedChange) == "+19.0 pp")
    // A marked change keeps its sign and its mark.
    let marked = ReportCell.number(2, lowerBound: false).signedChange.marked(.illustrative)
    #expect(CellText.format(marked) == "+2 †")
  }

  @Test("the workbook's number formats: a section each for rises, falls and no change")
  func workbookPattern() {
    #expect(XLSXStyles.signedPattern("#,##0") == "\"+\"#,##0;\"-\"#,##0;#,##0")
    #expect(
      XLSXStyles.signedPattern("\"≥ \"#,##0") == "\"≥ +\"#,##0;\"≥ -\"#,##0;\"≥ \"#,##0")
  }

  @Test("JSON keeps the number and says it is a signed change; it reads back the same")
  func json() throws {
    let cell = ReportCell.number(-4, lowerBound: false).signedChange
    let data = try JSONEncoder().encode(cell)
    let object = try #require(JSONSerialization.jsonObject(with: data) as? [String: Any])
    #expect(object["value"] as? Double == -4)
    #expect(object["signed"] as? Bool == true)
    #expect(try JSONDecoder().decode(ReportCell.self, from: data) == cell)
  }
}
