import Foundation
import Glibc
import Testing

@testable import ReportXLSX

/// A streaming workbook is written by libxlsxwriter straight to its path (not in memory), so
/// its parts, cut by a full temporary folder, are read back from that file.
@Suite("A streaming workbook whose temporary folder is full")
struct StreamingCutPartTests {
  @Test(
    "a cut part is named with the folder, and nothing is left at the path",
    .enabled(if: canMount, "mounting a small file system needs root (CAP_SYS_ADMIN)"))
  func cutPart() throws {
    let fixture = try XLSXFixture()
    let disk = fixture.path("full-tmp")
    try FileManager.default.createDirectory(atPath: disk, withIntermediateDirectories: false)
    try #require(Self.run("/bin/mount", ["-t", "tmpfs", "-o", "size=64k", "tmpfs", disk]))
    defer { _ = Self.run("/bin/umount", [disk]) }
    Self.fill(disk)
    let path = fixture.path("book.xlsx")
    let book = try Workbook(
      path: path, options: WorkbookOptions(constantMemory: true, tmpdir: disk))
    let sheet = try book.addWorksheet(named: "Data")
    for row in 0..<5_000 { try sheet.write(row: row, col: 0, .number(Double(row))) }
    let error = #expect(throws: XLSXError.self) { try book.close() }
    #expect(error?.kind == .creatingTempFile)
    #expect(error?.operation == Workbook.writingOperation)
    // The first part in the zip, empty: every write to the full folder was refused.
    #expect(
      error?.message
        == "its temporary files could not be written in full in \(disk) ([Content_Types].xml "
        + "came out cut short); is that folder full?")
    #expect(!FileManager.default.fileExists(atPath: path))
  }

  /// Whether a small tmpfs can be mounted here (root with CAP_SYS_ADMIN): tried once.
  static let canMount: Bool = {
    guard geteuid() == 0, let fixture = try? XLSXFixture() else { return false }
    let folder = fixture.path("probe")
    guard
      (try? FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: false))
        != nil,
      run("/bin/mount", ["-t", "tmpfs", "-o", "size=64k", "tmpfs", folder])
    else { return false }
    return run("/bin/umount", [folder])
  }()

  /// Runs `tool` with `arguments`, quietly; whether it exited 0.
  private static func run(_ tool: String, _ arguments: [String]) -> Bool {
    let process = Process()
    process.executableURL = URL(fileURLWithPath: tool)
    process.arguments = arguments
    process.standardOutput = FileHandle.nullDevice
    process.standardError = FileHandle.nullDevice
    guard (try? process.run()) != nil else { return false }
    process.waitUntilExit()
    return process.terminationStatus == 0
  }

  /// Fills the file system of `folder` to its last block.
  private static func fill(_ folder: String) {
    let descriptor = open(folder + "/fill", O_WRONLY | O_CREAT | O_CLOEXEC, 0o644)
    guard descriptor >= 0 else { return }
    defer { close(descriptor) }
    let block = [UInt8](repeating: 0, count: 4096)
    while block.withUnsafeBytes({ write(descriptor, $0.baseAddress, $0.count) }) > 0 {}
  }
}
