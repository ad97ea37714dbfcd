/// Greedy word wrapping to a width counted in Unicode characters. Words longer than a line are
/// broken, so no line ever exceeds the width.
enum TextWrap {
  /// `text` (whitespace collapsed) wrapped to `width` columns; the first line starts with
  /// `first`, later lines with `rest`.
  static func wrap(_ text: String, width: Int, first: String = "", rest: String = "") -> [String] {
    var lines: [String] = []
    var line = first
    var lineHasWord = false
    let words = text.split(whereSeparator: \.isWhitespace).map(String.init)
    for word in words {
      let room = width - line.count - (lineHasWord ? 1 : 0)
      if word.count <= room {
        line += (lineHasWord ? " " : "") + word
        lineHasWord = true
        continue
      }
      if lineHasWord {
        lines.append(line)
        line = rest
        lineHasWord = false
      }
      var remaining = Substring(word)
      while remaining.count > max(1, width - line.count) {
        let take = max(1, width - line.count)
        lines.append(line + remaining.prefix(take))
        remaining = remaining.dropFirst(take)
        line = rest
      }
      line += remaining
      lineHasWord = !remaining.isEmpty
    }
    if lineHasWord || lines.isEmpty { lines.append(line) }
    return lines.map(trimTrailing)
  }

  /// Wraps `text` into lines of at most `width` characters with no prefix (for table cells).
  static func cell(_ text: String, width: Int) -> [String] {
    let lines = wrap(text, width: max(1, width))
    return lines.isEmpty ? [""] : lines
  }

  /// `line` without trailing spaces.
  static func trimTrailing(_ line: String) -> String {
    var line = line
    while line.last == " " { line.removeLast() }
    return line
  }

  /// `text` padded with spaces to `width`, on the left when `right` is set.
  static func pad(_ text: String, _ width: Int, right: Bool = false) -> String {
    let fill = String(repeating: " ", count: max(0, width - text.count))
    return right ? fill + text : text + fill
  }
}
