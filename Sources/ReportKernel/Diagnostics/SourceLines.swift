/// A source file's lines as written, to place a finding at the line and column of a piece of
/// text inside a longer value (a sentence in a narrative), where the value's own location is
/// only where it starts.
public struct SourceLines: Sendable, Hashable {
  /// The lines, without line endings; line 1 first.
  public let lines: [String]

  /// Lines of a file.
  public init(_ lines: [String]) { self.lines = lines }

  /// Where `piece` of a value starting at `start` is written: the first line at or after
  /// `start`'s that holds its beginning, and the column (1-based, in characters as libyaml
  /// counts them) where it begins. A value folded over several lines may wrap `piece`, so
  /// shorter beginnings are tried; `start` when none is found (an escaped or reflowed text).
  public func locate(_ piece: String, from start: SourceLocation) -> SourceLocation {
    let trimmed = piece.drop { $0 == " " || $0 == "\t" }
    guard !trimmed.isEmpty, start.line > 0 else { return start }
    for length in [32, 16, 8] {
      let needle = String(trimmed.prefix(length)).unicodeScalars
      let first = max(0, start.line - 1)
      guard first < lines.count else { return start }
      for index in first..<lines.count {
        let line = Array(lines[index].unicodeScalars)
        if let column = Self.find(Array(needle), in: line) {
          return SourceLocation(file: start.file, line: index + 1, column: column + 1)
        }
      }
    }
    return start
  }

  private static func find(_ needle: [Unicode.Scalar], in line: [Unicode.Scalar]) -> Int? {
    guard !needle.isEmpty, needle.count <= line.count else { return nil }
    for offset in 0...(line.count - needle.count)
    where line[offset] == needle[0] && Array(line[offset..<offset + needle.count]) == needle {
      return offset
    }
    return nil
  }
}
