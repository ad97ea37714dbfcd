import Testing

@testable import ReportRender

@Suite("TextWrap")
struct TextWrapTests {
  @Test("a hyphenated word longer than the column breaks after its hyphen, not mid-word")
  func hyphenBreak() {
    #expect(TextWrap.cell("incident-response drill", width: 15) == ["incident-", "response drill"])
    // A word with no hyphen still breaks at the width, so no line is wider than the column.
    #expect(TextWrap.cell("abcdefghij", width: 4) == ["abcd", "efgh", "ij"])
  }
}
