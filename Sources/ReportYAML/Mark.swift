/// A position in a YAML source: 1-based line and column.
///
/// Columns count Unicode scalars, as libyaml does, so a caret drawn under the column lines up
/// with the character a reader sees.
///
/// Every node of a parsed file has one, so the numbers are held 32-bit (a file is far shorter
/// than 2³¹ lines: ``YAMLLimits`` bounds its size).
public struct Mark: Sendable, Hashable, Comparable, CustomStringConvertible {
  private let lineNumber: Int32
  private let columnNumber: Int32

  /// The 1-based line.
  public var line: Int { Int(lineNumber) }
  /// The 1-based column, in Unicode scalars.
  public var column: Int { Int(columnNumber) }

  /// Creates a mark from 1-based line and column numbers.
  public init(line: Int, column: Int) {
    lineNumber = Int32(clamping: line)
    columnNumber = Int32(clamping: column)
  }

  /// `line:column`.
  public var description: String { "\(line):\(column)" }

  public static func < (lhs: Mark, rhs: Mark) -> Bool {
    (lhs.line, lhs.column) < (rhs.line, rhs.column)
  }
}
