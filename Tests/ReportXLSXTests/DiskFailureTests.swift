import Foundation
import Glibc
import ReportXLSX
import Testing

/// libxlsxwriter prints `[ERROR]` lines on stderr when it cannot write its file; the wrapper
/// assembles the workbook in memory and writes it itself, so a refusing disk is one thrown
/// error with the system's reason. A streamed workbook, which libxlsxwriter writes itself,
/// gives the same error, and its lines are not shown.
@Suite("A disk that refuses the workbook", .serialized)
struct DiskFailureTests {
  @Test("a full device gives 'No space left on device' naming the path")
  func fullDevice() throws {
    // /dev/full accepts the open and refuses every write with ENOSPC, like a full disk.
    try #require(FileManager.default.fileExists(atPath: "/dev/full"))
    let book = try Workbook(path: "/dev/full")
    try book.addWorksheet(named: "Data").write(row: 0, col: 0, .text("lost"))
    let error = #expect(throws: XLSXError.self) { try book.close() }
    #expect(error?.kind == .creatingXLSXFile)
    #expect(error?.operation == Workbook.writingOperation)
    #expect(
      error?.description == "writing the workbook failed in /dev/full: No space left on device")
    #expect(book.isClosed)
  }

  @Test("a streamed workbook on a full device gives the same error, and no [ERROR] line")
  func fullDeviceStreamed() throws {
    try #require(FileManager.default.fileExists(atPath: "/dev/full"))
    let book = try Workbook(path: "/dev/full", options: WorkbookOptions(constantMemory: true))
    let sheet = try book.addWorksheet(named: "Data")
    for row in 0..<2_000 { try sheet.write(row: row, col: 0, .text("lost \(row)")) }
    var error: XLSXError?
    let printed = try Self.standardError {
      error = #expect(throws: XLSXError.self) { try book.close() }
    }
    #expect(error?.kind == .creatingXLSXFile)
    #expect(error?.operation == Workbook.writingOperation)
    #expect(
      error?.description == "writing the workbook failed in /dev/full: No space left on device")
    // libxlsxwriter's own lines begin "[ERROR]"; anything else is the test runner's.
    #expect(!printed.contains("[ERROR]"), "\(printed)")
    #expect(book.isClosed)
  }

  @Test("a folder where the file should be gives 'Is a directory'; nothing is written")
  func folderInTheWay() throws {
    let fixture = try XLSXFixture()
    let path = fixture.path("book.xlsx")
    let book = try Workbook(path: path)
    try book.addWorksheet(named: "Data").write(row: 0, col: 0, .number(1))
    try FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: false)
    let error = #expect(throws: XLSXError.self) { try book.close() }
    #expect(error?.kind == .creatingXLSXFile)
    #expect(error?.description == "writing the workbook failed in \(path): Is a directory")
    let contents = try FileManager.default.contentsOfDirectory(atPath: path)
    #expect(contents.isEmpty)
  }

  @Test("the file written is the workbook libxlsxwriter assembled, and replaces an older one")
  func replacesOlder() throws {
    let fixture = try XLSXFixture()
    let path = fixture.path("book.xlsx")
    try Data(repeating: 0x41, count: 200_000).write(to: URL(fileURLWithPath: path))
    let book = try Workbook(path: path)
    try book.setProperties(XLSXFixture.properties)
    try book.addWorksheet(named: "Data").write(row: 0, col: 0, .text("kept"))
    try book.close()
    #expect(try xlsxPart("xl/sharedStrings.xml", in: path).contains("kept"))
    let size = try FileManager.default.attributesOfItem(atPath: path)[.size] as? Int ?? 0
    #expect(size > 0 && size < 200_000)
  }

  /// What reached the standard error descriptor while `body` ran.
  private static func standardError(_ body: () throws -> Void) throws -> String {
    let fixture = try XLSXFixture()
    let path = fixture.path("stderr.txt")
    let capture = open(path, O_WRONLY | O_CREAT | O_TRUNC, 0o600)
    try #require(capture >= 0)
    let saved = dup(2)
    dup2(capture, 2)
    defer {
      dup2(saved, 2)
      close(saved)
      close(capture)
    }
    try body()
    return try String(contentsOfFile: path, encoding: .utf8)
  }
}
