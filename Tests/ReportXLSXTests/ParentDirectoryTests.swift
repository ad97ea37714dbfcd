import Foundation
import Testing

@testable import ReportXLSX

/// The folder a workbook's path names, checked before anything is written: what
/// `NSString.deletingLastPathComponent` gave.
@Suite("Workbook path's folder")
struct ParentDirectoryTests {
  @Test("the folder part of paths as written, the same as NSString's")
  func parentDirectory() {
    let expected = [
      "out/report.xlsx": "out", "/report.xlsx": "/", "report.xlsx": "", "/a/b/c.xlsx": "/a/b",
      "a/b/": "a", "/": "/", "": "", "a//b.xlsx": "a", "./x.xlsx": ".", "../x.xlsx": "..",
      "//x": "/", "é/ü.xlsx": "é",
    ]
    for (path, folder) in expected {
      #expect(Workbook.parentDirectory(path) == folder, "\(path)")
      #expect(
        Workbook.parentDirectory(path) == (path as NSString).deletingLastPathComponent, "\(path)")
    }
  }
}
