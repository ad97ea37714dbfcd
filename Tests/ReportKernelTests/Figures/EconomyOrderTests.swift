import ReportKernel
import Testing

@Suite("Economies in APEC's alphabetical order by name")
struct EconomyOrderTests {
  @Test("every list of economies runs in APEC order by name, never by code")
  func apecOrder() {
    let economies = EconomyList([
      Economy(code: "TWN", name: "Chinese Taipei"), Economy(code: "PHL", name: "The Philippines"),
      Economy(code: "CHN", name: "China"), Economy(code: "PNG", name: "Papua New Guinea"),
      Economy(code: "CHL", name: "Chile"),
    ])
    // Chile < China < Chinese Taipei ("chil" < "chin"; "china" < "chine"); "The" is ignored,
    // so The Philippines follows Papua New Guinea ("pa" < "ph"). By code it would be CHL, CHN,
    // PHL, PNG, TWN.
    #expect(economies.codes == ["CHL", "CHN", "TWN", "PNG", "PHL"])
    #expect(
      economies.names(["PHL", "TWN", "PNG"]) == [
        "Chinese Taipei", "Papua New Guinea", "The Philippines",
      ])
  }
}
