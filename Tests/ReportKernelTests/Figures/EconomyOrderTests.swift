import ReportKernel
import Testing

@Suite("Economies in APEC's order, as config/economies.yaml lists them")
struct EconomyOrderTests {
  // APEC lists its members alphabetically by name, but with Chinese Taipei between Singapore
  // and Thailand and The Philippines among the P's: an order no sort of names or codes gives,
  // so it is the order of the configuration file.
  static let economies = EconomyList([
    Economy(code: "CHL", name: "Chile"), Economy(code: "CHN", name: "China"),
    Economy(code: "PNG", name: "Papua New Guinea"), Economy(code: "PHL", name: "The Philippines"),
    Economy(code: "SGP", name: "Singapore"), Economy(code: "TWN", name: "Chinese Taipei"),
    Economy(code: "THA", name: "Thailand"),
  ])

  @Test("every list of economies runs in the configured APEC order, never by code or name")
  func apecOrder() {
    let economies = Self.economies
    #expect(economies.codes == ["CHL", "CHN", "PNG", "PHL", "SGP", "TWN", "THA"])
    // By code: PHL, PNG, TWN, THA would give THA before TWN; by name, Chinese Taipei after China.
    #expect(
      economies.names(["THA", "TWN", "PHL", "CHN", "PNG"]) == [
        "China", "Papua New Guinea", "The Philippines", "Chinese Taipei", "Thailand",
      ])
    #expect(economies.nameList(["THA", "SGP", "TWN"]) == "Singapore, Chinese Taipei and Thailand")
  }

  @Test("codes that are no member's come after the members, by code")
  func unknownLast() {
    #expect(Self.economies.ordered(["ZZZ", "TWN", "AAA", "CHL"]) == ["CHL", "TWN", "AAA", "ZZZ"])
    #expect(Self.economies.precedes("TWN", "THA"))
    #expect(!Self.economies.precedes("THA", "TWN"))
  }
}
