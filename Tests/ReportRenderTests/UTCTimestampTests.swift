import Foundation
import ReportRender
import Testing

/// Export manifests' and log lines' times: the text `ISO8601DateFormatter` wrote before.
@Suite("UTCTimestamp")
struct UTCTimestampTests {
  @Test("times worked out by hand")
  func handWritten() {
    let date = { (seconds: Double) in Date(timeIntervalSince1970: seconds) }
    #expect(UTCTimestamp.seconds(date(0)) == "1970-01-01T00:00:00Z")
    #expect(UTCTimestamp.milliseconds(date(0)) == "1970-01-01T00:00:00.000Z")
    // 2026-11-29 is day 20,786 after 1970-01-01; 02:30:00.125 is 9,000.125 s into it.
    #expect(
      UTCTimestamp.milliseconds(date(20_786 * 86_400 + 9_000.125)) == "2026-11-29T02:30:00.125Z")
    // 2024-02-29, a leap day: day 19,782.
    #expect(UTCTimestamp.seconds(date(19_782 * 86_400 + 86_399)) == "2024-02-29T23:59:59Z")
    // Rounded to the millisecond first, so 0.9996 s is the next whole second.
    #expect(UTCTimestamp.milliseconds(date(59.9996)) == "1970-01-01T00:01:00.000Z")
    #expect(UTCTimestamp.seconds(date(59.9996)) == "1970-01-01T00:01:00Z")
    // Before 1970: 1.5 s before is 23:59:58.500 on the last day of 1969.
    #expect(UTCTimestamp.milliseconds(date(-1.5)) == "1969-12-31T23:59:58.500Z")
    // 2100 is not a leap year: 2100-03-01 is day 47,541.
    #expect(UTCTimestamp.seconds(date(47_541 * 86_400)) == "2100-03-01T00:00:00Z")
  }

  @Test("the same text as ISO8601DateFormatter for 20,000 moments from 1900 to 2200")
  func sameAsFormatter() {
    let withMilliseconds = ISO8601DateFormatter()
    withMilliseconds.timeZone = TimeZone(identifier: "UTC")
    withMilliseconds.formatOptions = [.withInternetDateTime, .withFractionalSeconds]
    let plain = ISO8601DateFormatter()
    plain.timeZone = TimeZone(identifier: "UTC")
    for index in 0..<20_000 {
      // Around the epoch in half-millisecond steps, then 18,000 moments spread over the three
      // centuries, each with a different fraction of a second (the same every run).
      let spread = Double(index - 2_000)
      let seconds =
        index < 2_000
        ? Double(index) * 0.0005 - 0.5
        : -2_208_988_800 + spread * 525_959.987_654_3
          + Double((index * 7_919) % 1_000_000) / 1_000_000
      let date = Date(timeIntervalSince1970: seconds)
      #expect(UTCTimestamp.milliseconds(date) == withMilliseconds.string(from: date), "\(seconds)")
      #expect(UTCTimestamp.seconds(date) == plain.string(from: date), "\(seconds)")
    }
  }
}
