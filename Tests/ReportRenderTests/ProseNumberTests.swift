import ReportKernel
import Testing

@testable import ReportCompose

/// Figures in the report's sentences, for every value a submission can lead to: an absurd one
/// (a previous value of 1e-300 makes a change of shares of 1e302) is written as Swift writes
/// it, never a trap.
@Suite("Figures in sentences")
struct ProseNumberTests {
  @Test("figures in their units, as the report writes them")
  func usual() {
    #expect(Prose.value(1_553_000, unit: .count) == "1,553,000")
    #expect(Prose.value(2.5, unit: .count) == "2.5")
    #expect(Prose.value(0.714, unit: .percentage) == "71.4%")
    #expect(Prose.value(-0.0004, unit: .percentage) == "-0.0%")
    #expect(Prose.value(95_000.5, unit: .usd, lowerBound: true) == "at least USD 95,001")
    #expect(Prose.value(-1_234.4, unit: .usd) == "USD -1,234")
    #expect(Prose.points(-0.19) == "19.0 percentage points")
    #expect(Prose.value(1, unit: .yesNo) == nil)
  }

  @Test("figures past what an Int holds, or not finite, are written, not trapped on")
  func absurd() {
    #expect(Prose.value(1e300, unit: .percentage) == "1e+302%")
    #expect(Prose.points(1e300) == "1e+302 percentage points")
    #expect(Prose.value(9.3e18, unit: .usd) == "USD 9.3e+18")
    #expect(Prose.value(-1e19, unit: .count) == "-1e+19")
    #expect(Prose.value(1.5e18, unit: .count) == "1.5e+18")
    #expect(Prose.value(.infinity, unit: .count) == "inf")
    #expect(Prose.value(.nan, unit: .usd) == "USD nan")
    #expect(Prose.value(999_999_999_999_999, unit: .count) == "999,999,999,999,999")
    #expect(Prose.value(1e15, unit: .count) == "1,000,000,000,000,000")  // the largest given
    #expect(Prose.value(1.5e15, unit: .count) == "1500000000000000.0")
  }
}
