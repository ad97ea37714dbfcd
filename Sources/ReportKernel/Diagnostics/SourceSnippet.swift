internal import ReportYAML

/// The source line under a finding and a caret at its column, as shown on a terminal. The line
/// comes from a file someone else wrote, so control characters, line separators and
/// bidirectional overrides are shown as visible escapes (`\u{1B}`), as in messages: a
/// submission cannot clear the screen or retitle the window of whoever checks it.
public enum SourceSnippet {
  /// The most characters of a line shown.
  public static let maxWidth = 200

  /// The line `location` points at in `bytes` and a caret line, each indented by two spaces;
  /// empty when the location has no line or the file has no such line.
  public static func lines(for location: SourceLocation, in bytes: [UInt8]) -> [String] {
    guard location.line > 0, let line = SourceText.line(location.line, in: bytes) else {
      return []
    }
    // A very long line is shown around the column, so one line cannot flood the terminal.
    let scalars = Array(line.unicodeScalars)
    let first =
      scalars.count > maxWidth
      ? max(0, min(location.column - 1 - maxWidth / 2, scalars.count - maxWidth)) : 0
    let last = min(scalars.count, first + maxWidth)
    var shown = first > 0 ? "…" : ""
    var caretOffset = shown.count
    for index in first..<last {
      let scalar = scalars[index]
      let piece = scalar == "\t" ? " " : Diagnostic.printable(String(scalar))
      if index < location.column - 1 { caretOffset += piece.count }
      shown += piece
    }
    if last < scalars.count { shown += "…" }
    let caret = String(repeating: " ", count: max(0, caretOffset)) + "^"
    return ["  " + shown, "  " + caret]
  }
}
