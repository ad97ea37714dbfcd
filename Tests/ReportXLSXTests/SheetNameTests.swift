import ReportXLSX
import Testing

@Suite("Sheet names")
struct SheetNameTests {
  @Test(
    "invalid names throw with the rule they break",
    arguments: [
      ("", "empty"),
      (String(repeating: "n", count: 32), "longer than 31"),
      ("Q1/Q2", "'/'"),
      ("a[b]", "'['"),
      ("a:b", "':'"),
      ("why?", "'?'"),
      ("star*", "'*'"),
      ("back\\slash", "'\\'"),
      ("'quoted", "apostrophe"),
      ("ends'", "apostrophe"),
      ("History", "reserved"),
      ("SUMMARY", "already exists"),
      ("tab\u{9}name", "control character"),
    ])
  func invalid(name: String, reason: String) throws {
    let fixture = try XLSXFixture()
    _ = try fixture.workbook { book in
      _ = try book.addWorksheet(named: "Summary")
      let error = #expect(throws: XLSXError.self) { try book.addWorksheet(named: name) }
      guard case .invalidSheetName(let badName, let why) = error?.kind else {
        Issue.record("expected invalidSheetName, got \(String(describing: error))")
        return
      }
      #expect(badName == name)
      #expect(why.contains(reason))
      #expect(error?.description.contains("invalid sheet name \"\(name)\"") == true)
    }
  }

  @Test("names that are valid in Excel are accepted and listed in workbook.xml")
  func validNamesInWorkbookXML() throws {
    let fixture = try XLSXFixture()
    let names = ["Summary", "R&D <draft>", "It's fine", String(repeating: "é", count: 31), "TEL1"]
    let file = try fixture.workbook { book in
      for name in names { _ = try book.addWorksheet(named: name) }
      #expect(book.sheetNames == names)
      #expect(book.hasSheet(named: "summary"))
    }
    let sheets = try parseXML(xlsxPart("xl/workbook.xml", in: file)).all("sheet")
    #expect(sheets.compactMap { $0.attributes["name"] } == names)
  }

  /// One `safeSheetName` example.
  struct SafeCase: Sendable, CustomTestStringConvertible {
    let proposed: String
    let existing: Set<String>
    let expected: String
    var testDescription: String { "\(proposed.debugDescription) -> \(expected.debugDescription)" }
  }

  static let safeCases: [SafeCase] = [
    SafeCase(proposed: "Q1/Q2: [draft]", existing: [], expected: "Q1_Q2_ _draft_"),
    SafeCase(proposed: "'quoted'", existing: [], expected: "quoted"),
    SafeCase(proposed: "", existing: [], expected: "Sheet"),
    SafeCase(proposed: "'''", existing: [], expected: "Sheet"),
    SafeCase(proposed: "Summary", existing: ["summary"], expected: "Summary (2)"),
    SafeCase(
      proposed: "Summary", existing: ["Summary", "Summary (2)"], expected: "Summary (3)"),
    SafeCase(proposed: "history", existing: [], expected: "history (2)"),
    SafeCase(
      proposed: String(repeating: "a", count: 40), existing: [],
      expected: String(repeating: "a", count: 31)),
    SafeCase(
      proposed: String(repeating: "b", count: 40), existing: [String(repeating: "b", count: 31)],
      expected: String(repeating: "b", count: 27) + " (2)"),
    SafeCase(proposed: "line\nbreak", existing: [], expected: "line break"),
  ]

  @Test("safeSheetName sanitises and uniquifies", arguments: safeCases)
  func safeNames(_ example: SafeCase) throws {
    let safe = Workbook.safeSheetName(example.proposed, existing: example.existing)
    #expect(safe == example.expected)
    let fixture = try XLSXFixture()
    let book = try Workbook(path: fixture.path("safe.xlsx"))
    for name in example.existing.sorted() { _ = try book.addWorksheet(named: name) }
    _ = try book.addWorksheet(named: safe)
    try book.close()
  }
}
