import Foundation
import ReportKernel
import ReportTestSupport
import Synchronization
import Testing

@testable import ReportRender

/// The workbook says, once and however it ends, when all that is left is libxlsxwriter's
/// packaging: `OutputWriter` begins the other formats then.
@Suite("The workbook's packaging begins")
struct WorkbookPackagingTests {
  /// What happened, in order: `rows` each time the data table's rows are made, `packaging`
  /// when the renderer says it begins.
  final class Events: Sendable {
    private let list = Mutex<[String]>([])
    func add(_ event: String) { list.withLock { $0.append(event) } }
    var all: [String] { list.withLock { $0 } }
  }

  /// A data table of 200 rows made on demand, two chunks, each noted in `events`.
  static func data(_ events: Events) -> ReportTable {
    ReportTable(
      id: "data", title: "Data",
      columns: [ReportColumn("Economy"), ReportColumn("Value", .number)],
      rows: ReportRows(
        count: 200,
        chunks: [0, 100].map { start in
          {
            events.add("rows")
            return (start..<start + 100).map {
              [.text("Peru"), .number(Double($0), lowerBound: false)]
            }
          }
        }))
  }

  private func path(_ name: String) -> String {
    TestPaths.temporaryDirectory("ctst-packaging").appendingPathComponent(name).path
  }

  @Test(
    "an in-memory workbook begins packaging once, after its last row, before its file is written")
  func inMemory() throws {
    let events = Events()
    let path = path("in-memory.xlsx")
    try XLSXRenderer().write(XLSXRenderFixture.document(data: Self.data(events)), to: path) {
      events.add(
        FileManager.default.fileExists(atPath: path) ? "packaging after the file" : "packaging")
    }
    let all = events.all
    #expect(all.filter { $0.hasPrefix("packaging") } == ["packaging"])
    #expect(all.last == "packaging")
    #expect(all.contains("rows"))
    #expect(try XLSXPackage(path: path).cell("B3", sheet: "Data") != nil)
  }

  @Test("a streamed workbook begins packaging at once, before its first row")
  func streamed() throws {
    let events = Events()
    let path = path("streamed.xlsx")
    try XLSXRenderer(streamingCellThreshold: 0).write(
      XLSXRenderFixture.document(data: Self.data(events)), to: path
    ) { events.add("packaging") }
    let all = events.all
    #expect(all.first == "packaging")
    #expect(all.filter { $0 == "packaging" }.count == 1)
    #expect(all.contains("rows"))
  }

  @Test("a workbook that cannot be written still says so, once")
  func failing() throws {
    let events = Events()
    let folder = path("not-a-folder")
    try Data("a file".utf8).write(to: URL(fileURLWithPath: folder))
    #expect(throws: (any Error).self) {
      try XLSXRenderer().write(
        XLSXRenderFixture.document(data: Self.data(events)), to: folder + "/report.xlsx"
      ) { events.add("packaging") }
    }
    #expect(events.all.filter { $0 == "packaging" } == ["packaging"])
  }
}
