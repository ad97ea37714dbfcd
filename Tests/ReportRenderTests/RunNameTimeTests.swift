import Foundation
import ReportKernel
import Testing

@testable import ReportRender

/// A run folder's name and its manifest's `started` are one moment written twice: they agree
/// at every boundary, including the last half millisecond of a second, a minute and a year.
@Suite("Run folder names and manifest times")
struct RunNameTimeTests {
  /// 2027-01-15T08:00:00Z is 1,800,000,000 s after 1970-01-01; 2027-01-01T00:00:00Z is
  /// 1,798,761,600 s (20,819 days) after it.
  static let eightAM = 1_800_000_000.0
  static let newYear = 1_798_761_600.0

  /// Each moment, the folder name, the manifest's `started`, and the log form, worked out by
  /// hand: the moment is rounded to the nearest millisecond (half up) before it is written.
  static let boundaries: [(seconds: Double, compact: String, iso: String, milliseconds: String)] =
    [
      // 59.9995 s rounds up to the next minute: 08:01:00.
      (eightAM + 59.9995, "20270115T080100Z", "2027-01-15T08:01:00Z", "2027-01-15T08:01:00.000Z"),
      (eightAM + 59.99999, "20270115T080100Z", "2027-01-15T08:01:00Z", "2027-01-15T08:01:00.000Z"),
      (eightAM + 60, "20270115T080100Z", "2027-01-15T08:01:00Z", "2027-01-15T08:01:00.000Z"),
      // 59.9994 s is 59.999 s: still 08:00:59.
      (eightAM + 59.9994, "20270115T080059Z", "2027-01-15T08:00:59Z", "2027-01-15T08:00:59.999Z"),
      // Half a millisecond before midnight on 31 December is the new year.
      (newYear - 0.0005, "20270101T000000Z", "2027-01-01T00:00:00Z", "2027-01-01T00:00:00.000Z"),
      (newYear - 0.00001, "20270101T000000Z", "2027-01-01T00:00:00Z", "2027-01-01T00:00:00.000Z"),
      (newYear, "20270101T000000Z", "2027-01-01T00:00:00Z", "2027-01-01T00:00:00.000Z"),
      (newYear - 0.0006, "20261231T235959Z", "2026-12-31T23:59:59Z", "2026-12-31T23:59:59.999Z"),
    ]

  @Test("every form of a boundary moment names the same second")
  func formsAgree() {
    for moment in Self.boundaries {
      let date = Date(timeIntervalSince1970: moment.seconds)
      #expect(UTCTimestamp.compact(date) == moment.compact, "\(moment.seconds)")
      #expect(UTCTimestamp.seconds(date) == moment.iso, "\(moment.seconds)")
      #expect(UTCTimestamp.milliseconds(date) == moment.milliseconds, "\(moment.seconds)")
      #expect(RunDirectories.name(for: date) == moment.compact, "\(moment.seconds)")
    }
  }

  @Test("the compact form is ISO8601DateFormatter's text without separators")
  func compactIsTheFormatterText() {
    let formatter = ISO8601DateFormatter()
    formatter.timeZone = TimeZone(identifier: "UTC")
    for index in 0..<2_000 {
      // The last and first milliseconds of 1,000 seconds, one every 3,607.3 s.
      let base = Self.newYear + Double(index / 2) * 3_607.3
      let seconds = index.isMultiple(of: 2) ? base.rounded(.down) - 0.0005 : base.rounded(.down)
      let date = Date(timeIntervalSince1970: seconds)
      let expected = formatter.string(from: date).filter { $0 != "-" && $0 != ":" }
      #expect(UTCTimestamp.compact(date) == expected, "\(seconds)")
    }
  }

  @Test("a run started in the last half millisecond of a minute: folder and manifest agree")
  func runFolderMatchesManifest() throws {
    let analysis = try #require(BuilderFixture.analysis)
    let directory = FileManager.default.temporaryDirectory
      .appendingPathComponent("ctst-run-name-\(UUID().uuidString)")
    defer { try? FileManager.default.removeItem(at: directory) }
    var job = ExportJob(name: "nightly")
    job.formats = [.txt]
    job.sections = .forums([])
    let runner = ExportRunner(
      analysis: analysis, job: job, directory: directory, keep: 5, strict: false,
      toolVersion: "0.0.0-test")
    let outcome = runner.run(now: { Date(timeIntervalSince1970: Self.eightAM + 59.9995) })
    let folder = try #require(outcome.runDirectory)
    #expect(folder.lastPathComponent == "20270115T080100Z")
    let manifest = try JSONSerialization.jsonObject(
      with: Data(contentsOf: folder.appendingPathComponent("manifest.json")))
    let started = (manifest as? [String: Any])?["started"] as? String
    #expect(started == "2027-01-15T08:01:00Z")
  }
}
