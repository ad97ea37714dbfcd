import Foundation
import ReportTestSupport
import Testing

#if canImport(FoundationXML)
  import FoundationXML
#endif

/// A written `.xlsx`, read back part by part with `/usr/bin/unzip`, for assertions on its XML.
struct XLSXPackage {
  /// The file.
  let path: String

  /// The text of one part.
  func part(_ name: String) throws -> String {
    // unzip reads `[` as the start of a wildcard class; `[[]` matches it literally.
    let pattern = name.replacing("[", with: "[[]")
    let (status, data) = try Self.unzip(["-p", path, pattern])
    guard status == 0 else { throw XLSXPackageError.missingPart(name) }
    return String(decoding: data, as: UTF8.self)
  }

  /// Whether the archive holds the part.
  func has(_ name: String) throws -> Bool { try partNames().contains(name) }

  /// Every part name.
  func partNames() throws -> [String] {
    let (_, data) = try Self.unzip(["-Z1", path])
    return String(decoding: data, as: UTF8.self).split(separator: "\n").map(String.init)
  }

  /// One part parsed; throws if it is not well-formed XML.
  func tree(_ name: String) throws -> ParsedXML { try ParsedXML.parse(try part(name), name: name) }

  /// The sheet names in workbook order.
  func sheetNames() throws -> [String] {
    try tree("xl/workbook.xml").all("sheet").compactMap { $0.attributes["name"] }
  }

  /// The worksheet part of sheet `name` (libxlsxwriter numbers them in workbook order).
  func sheet(_ name: String) throws -> ParsedXML {
    let names = try sheetNames()
    guard let index = names.firstIndex(of: name) else {
      throw XLSXPackageError.missingPart("sheet \(name)")
    }
    return try tree("xl/worksheets/sheet\(index + 1).xml")
  }

  /// The shared strings, in index order.
  func sharedStrings() throws -> [String] {
    guard try has("xl/sharedStrings.xml") else { return [] }
    return try tree("xl/sharedStrings.xml").all("si").map { $0.all("t").map(\.text).joined() }
  }

  /// The cell `ref` (A1) of sheet `name`.
  func cell(_ ref: String, sheet name: String) throws -> ParsedXML? {
    try sheet(name).all("c").first { $0.attributes["r"] == ref }
  }

  /// The text or number a cell shows: shared and inline strings resolved, numbers as written.
  func value(_ cell: ParsedXML) throws -> String? {
    switch cell.attributes["t"] {
    case "s":
      let strings = try sharedStrings()
      guard let index = cell.first("v").flatMap({ Int($0.text) }), index < strings.count
      else { return nil }
      return strings[index]
    case "inlineStr": return cell.all("t").map(\.text).joined()
    default: return cell.first("v")?.text
    }
  }

  /// The number format code of the cell's style (`General` for none).
  func numberFormat(of cell: ParsedXML) throws -> String {
    let styles = try tree("xl/styles.xml")
    let xfs = styles.first("cellXfs")?.children.filter { $0.name == "xf" } ?? []
    let index = Int(cell.attributes["s"] ?? "0") ?? 0
    guard index < xfs.count, let id = xfs[index].attributes["numFmtId"].flatMap(Int.init)
    else { return "General" }
    let builtIn = [0: "General", 3: "#,##0", 9: "0%", 10: "0.00%", 14: "yyyy-mm-dd"]
    if let known = builtIn[id] { return known }
    let custom = styles.all("numFmt").first { $0.attributes["numFmtId"] == String(id) }
    return custom?.attributes["formatCode"] ?? "numFmt \(id)"
  }

  private static func unzip(_ arguments: [String]) throws -> (Int32, Data) {
    let process = Process()
    process.executableURL = URL(fileURLWithPath: "/usr/bin/unzip")
    process.arguments = arguments
    let output = Pipe()
    process.standardOutput = output
    process.standardError = FileHandle.nullDevice
    try process.run()
    let data = output.fileHandleForReading.readDataToEndOfFile()
    process.waitUntilExit()
    return (process.terminationStatus, data)
  }
}

/// Why a package could not be read.
enum XLSXPackageError: Error {
  /// The part is not in the archive.
  case missingPart(String)
  /// The part is not well-formed XML.
  case malformed(String, String)
}

/// A parsed XML element (shared with the wrapper's tests).
typealias ParsedXML = XMLTree

extension XMLTree {
  /// Parses `xml` to its root element; throws with the parser's error if it is not well-formed.
  static func parse(_ xml: String, name: String) throws -> XMLTree {
    do {
      guard let root = try XMLTree.parseDocument(xml).children.first else {
        throw XLSXPackageError.malformed(name, "no root element")
      }
      return root
    } catch let error as XMLTreeError {
      throw XLSXPackageError.malformed(name, error.reason)
    }
  }
}
