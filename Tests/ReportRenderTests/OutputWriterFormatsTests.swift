import Foundation
import ReportTestSupport
import Testing

@testable import ReportRender

/// Which files a write makes for the formats it is given.
@Suite("Formats of a write")
struct OutputWriterFormatsTests {
  @Test("a format listed twice is written once, where it is first listed")
  func repeatedFormat() throws {
    let directory = TestPaths.temporaryDirectory("ctst-writer-repeated")
    defer { try? FileManager.default.removeItem(at: directory) }
    let written = try OutputWriter(directory: directory)
      .write(try BuilderFixture.consolidated(), formats: [.txt, .md, .txt, .csv, .md])
    #expect(
      written.map(\.lastPathComponent) == [
        "ctst-2026-consolidated.txt", "ctst-2026-consolidated.md", "ctst-2026-consolidated.csv",
      ])
    let names = try FileManager.default.contentsOfDirectory(atPath: directory.path).sorted()
    #expect(names == written.map(\.lastPathComponent).sorted())
  }
}
