import FoundationEssentials
import Synchronization

/// A place in an input file: the path as the user would type it (relative to the workspace
/// root) and a 1-based line and column.
///
/// Every submitted value carries one, so it is kept small (12 bytes): the path is held once in
/// a process-wide table of file names and the location keeps its number there, and the line and
/// column are 32-bit.
public struct SourceLocation: Sendable, Hashable, Comparable, Codable, CustomStringConvertible {
  private let fileNumber: UInt32
  private let lineNumber: Int32
  private let columnNumber: Int32

  /// The file, relative to the workspace root (`reports/2026/submissions/SCCP.yaml`).
  public var file: String { FileNames.shared.name(fileNumber) }
  /// The 1-based line; 0 when the whole file is meant.
  public var line: Int { Int(lineNumber) }
  /// The 1-based column; 0 when the whole line or file is meant.
  public var column: Int { Int(columnNumber) }

  /// Creates a location.
  public init(file: String, line: Int = 0, column: Int = 0) {
    self.init(file: FileNames.shared.number(of: file), line: line, column: column)
  }

  /// Creates a location in the file numbered `file` in ``FileNames``, for a decoder that makes
  /// many locations in one file.
  init(file: UInt32, line: Int, column: Int) {
    fileNumber = file
    lineNumber = Int32(clamping: line)
    columnNumber = Int32(clamping: column)
  }

  /// `file:line:column`, or `file` alone when no line is known.
  public var description: String {
    guard line > 0 else { return file }
    return column > 0 ? "\(file):\(line):\(column)" : "\(file):\(line)"
  }

  /// A hash of the file's number, the line and the column, mixed so that its low bits depend
  /// on all three: cheaper than `Hasher`'s, for ``LocationSet``.
  var quickHash: Int {
    var bits =
      UInt64(fileNumber) << 48 ^ UInt64(UInt32(bitPattern: lineNumber)) << 16
      ^ UInt64(UInt32(bitPattern: columnNumber))
    bits ^= bits >> 31
    bits &*= 0x9e37_79b9_7f4a_7c15
    bits ^= bits >> 29
    return Int(truncatingIfNeeded: bits)
  }

  public static func < (lhs: SourceLocation, rhs: SourceLocation) -> Bool {
    if lhs.fileNumber != rhs.fileNumber { return lhs.file < rhs.file }
    return (lhs.lineNumber, lhs.columnNumber) < (rhs.lineNumber, rhs.columnNumber)
  }

  private enum CodingKeys: String, CodingKey {
    case file, line, column
  }

  public init(from decoder: any Decoder) throws {
    let container = try decoder.container(keyedBy: CodingKeys.self)
    self.init(
      file: try container.decode(String.self, forKey: .file),
      line: try container.decode(Int.self, forKey: .line),
      column: try container.decode(Int.self, forKey: .column))
  }

  public func encode(to encoder: any Encoder) throws {
    var container = encoder.container(keyedBy: CodingKeys.self)
    try container.encode(file, forKey: .file)
    try container.encode(line, forKey: .line)
    try container.encode(column, forKey: .column)
  }
}

/// The file names locations point into, each held once for the life of the process and known
/// by its number (a workspace has a few dozen files).
final class FileNames: @unchecked Sendable {
  /// The one table.
  static let shared = FileNames()

  private let table = Mutex<(names: [String], numbers: [String: UInt32])>(([], [:]))

  /// The number of `name`, added to the table if new.
  func number(of name: String) -> UInt32 {
    table.withLock { table in
      if let number = table.numbers[name] { return number }
      let number = UInt32(table.names.count)
      table.names.append(name)
      table.numbers[name] = number
      return number
    }
  }

  /// The name numbered `number`.
  func name(_ number: UInt32) -> String {
    table.withLock { $0.names[Int(number)] }
  }
}
