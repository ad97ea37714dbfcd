/// A position in a YAML source: 1-based line and column.
///
/// Columns count Unicode scalars, as libyaml does, so a caret drawn under the column lines up
/// with the character a reader sees.
public struct Mark: Sendable, Hashable, Comparable, CustomStringConvertible {
  /// The 1-based line.
  public let line: Int
  /// The 1-based column, in Unicode scalars.
  public let column: Int

  /// Creates a mark from 1-based line and column numbers.
  public init(line: Int, column: Int) {
    self.line = line
    self.column = column
  }

  /// `line:column`.
  public var description: String { "\(line):\(column)" }

  public static func < (lhs: Mark, rhs: Mark) -> Bool {
    (lhs.line, lhs.column) < (rhs.line, rhs.column)
  }
}
