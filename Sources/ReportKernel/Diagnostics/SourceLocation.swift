/// A place in an input file: the path as the user would type it (relative to the workspace
/// root) and a 1-based line and column.
public struct SourceLocation: Sendable, Hashable, Comparable, Codable, CustomStringConvertible {
  /// The file, relative to the workspace root (`reports/2026/submissions/SCCP.yaml`).
  public let file: String
  /// The 1-based line; 0 when the whole file is meant.
  public let line: Int
  /// The 1-based column; 0 when the whole line or file is meant.
  public let column: Int

  /// Creates a location.
  public init(file: String, line: Int = 0, column: Int = 0) {
    self.file = file
    self.line = line
    self.column = column
  }

  /// `file:line:column`, or `file` alone when no line is known.
  public var description: String {
    guard line > 0 else { return file }
    return column > 0 ? "\(file):\(line):\(column)" : "\(file):\(line)"
  }

  public static func < (lhs: SourceLocation, rhs: SourceLocation) -> Bool {
    (lhs.file, lhs.line, lhs.column) < (rhs.file, rhs.line, rhs.column)
  }
}
