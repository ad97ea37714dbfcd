import Foundation
import ReportTestSupport
import ReportXLSX
import Testing

#if canImport(FoundationXML)
  import FoundationXML
#endif

/// A private temporary directory for one test, removed when the fixture goes away.
final class XLSXFixture {
  let directory: URL

  init() throws {
    directory = FileManager.default.temporaryDirectory
      .appendingPathComponent("ReportXLSXTests-\(UUID().uuidString)", isDirectory: true)
    try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
  }

  deinit {
    try? FileManager.default.removeItem(at: directory)
  }

  /// A path for `name` inside the directory.
  func path(_ name: String) -> String { directory.appendingPathComponent(name).path }

  /// The properties every test uses, so output does not depend on the clock.
  static let properties = DocumentProperties(
    title: "Test", author: "ctst", created: Date(timeIntervalSince1970: 1_709_251_200))

  /// Writes a workbook with `build`, closes it and returns its path.
  func workbook(
    _ name: String = "book.xlsx", options: WorkbookOptions = WorkbookOptions(),
    _ build: (Workbook) throws -> Void
  ) throws -> String {
    let file = path(name)
    let book = try Workbook(path: file, options: options)
    try book.setProperties(Self.properties)
    try build(book)
    try book.close()
    return file
  }
}

/// Reads one part of an `.xlsx` with `/usr/bin/unzip -p`.
func xlsxPart(_ part: String, in file: String) throws -> String {
  let process = Process()
  process.executableURL = URL(fileURLWithPath: "/usr/bin/unzip")
  process.arguments = ["-p", file, part]
  let output = Pipe()
  process.standardOutput = output
  process.standardError = Pipe()
  try process.run()
  let data = output.fileHandleForReading.readDataToEndOfFile()
  process.waitUntilExit()
  guard process.terminationStatus == 0 else { throw PartMissing(part: part) }
  return String(decoding: data, as: UTF8.self)
}

/// The part does not exist in the archive.
struct PartMissing: Error {
  let part: String
}

/// The names of all parts in an `.xlsx`.
func xlsxPartNames(in file: String) throws -> [String] {
  try unzipOutput(["-Z1", file]).split(separator: "\n").map(String.init)
}

/// A parsed XML element (shared with the render tests).
typealias ParsedElement = XMLTree

/// Parses `xml` with Foundation's XMLParser; throws if it is not well-formed.
func parseXML(_ xml: String) throws -> ParsedElement {
  do {
    return try XMLTree.parseDocument(xml)
  } catch let error as XMLTreeError {
    throw MalformedXML(reason: error.reason)
  }
}

/// The XML is not well-formed.
struct MalformedXML: Error {
  let reason: String
}

/// What `/usr/bin/unzip` with `arguments` prints on standard output.
func unzipOutput(_ arguments: [String]) throws -> String {
  let process = Process()
  process.executableURL = URL(fileURLWithPath: "/usr/bin/unzip")
  process.arguments = arguments
  let output = Pipe()
  process.standardOutput = output
  try process.run()
  let data = output.fileHandleForReading.readDataToEndOfFile()
  process.waitUntilExit()
  return String(decoding: data, as: UTF8.self)
}
