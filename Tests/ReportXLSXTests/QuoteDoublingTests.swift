import ReportXLSX
import Testing

@Suite("Quote marks doubled")
struct QuoteDoublingTests {
  @Test("each quote is doubled, also before a combining mark; other text is kept")
  func doubled() {
    #expect("Aus\"tralia".doublingEach("\"") == "Aus\"\"tralia")
    #expect("Aus\"\u{301}tralia".doublingEach("\"") == "Aus\"\"\u{301}tralia")
    #expect("O'Brien's".doublingEach("'") == "O''Brien''s")
    #expect("'\u{308}".doublingEach("'") == "''\u{308}")
    #expect("".doublingEach("\"") == "")
    #expect("plain 😀".doublingEach("\"") == "plain 😀")
  }
}
