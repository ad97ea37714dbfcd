import ReportKernel

/// Greedy word wrapping to a width counted in Unicode characters. Words longer than a line are
/// broken, so no line ever exceeds the width.
enum TextWrap {
  /// `text` (whitespace and control characters collapsed) wrapped to `width` columns; the first
  /// line starts with `first`, later lines with `rest`.
  static func wrap(_ text: String, width: Int, first: String = "", rest: String = "") -> [String] {
    // Plain ASCII text that fits after `first` is that one line.
    let firstLength = length(first)
    if !text.isEmpty, firstLength + text.utf8.count <= width, CellText.isPlainLine(text) {
      return [first + text]
    }
    if let lines = wrapASCII(text, width: width, first: first, rest: rest) { return lines }
    var lines: [String] = []
    var line = first
    // The line's length is kept as it grows, not recounted for every word (which is quadratic
    // in the width).
    let restLength = length(rest)
    var lineLength = firstLength
    var lineHasWord = false
    func append(_ piece: Substring, length: Int) {
      let adds = addsUp(line.unicodeScalars.last, piece.unicodeScalars.first)
      line.append(contentsOf: piece)
      lineLength = adds ? lineLength + length : line.count
    }
    let (words, ascii) = splitWords(text)
    for word in words {
      let room = width - lineLength - (lineHasWord ? 1 : 0)
      // An ASCII word has no CR, so each of its bytes is a character.
      let length = ascii ? word.utf8.count : word.count
      if length <= room {
        if lineHasWord { append(" ", length: 1) }
        append(Substring(word), length: length)
        lineHasWord = true
        continue
      }
      if lineHasWord {
        lines.append(line)
        line = rest
        lineLength = restLength
        lineHasWord = false
      }
      // The remaining length is counted down, not recounted: recounting a long word (a pasted
      // 10 MB text without spaces) on every line would be quadratic.
      var remaining = Substring(word)
      var remainingLength = length
      while remainingLength > max(1, width - lineLength) {
        var take = max(1, width - lineLength)
        // A hyphenated word breaks after a hyphen ("incident-" / "response"), not mid-word.
        if let hyphen = remaining.prefix(take).lastIndex(of: "-") {
          take = remaining.distance(from: remaining.startIndex, to: hyphen) + 1
        }
        lines.append(line + remaining.prefix(take))
        remaining = remaining.dropFirst(take)
        remainingLength -= take
        line = rest
        lineLength = restLength
      }
      append(remaining, length: remainingLength)
      lineHasWord = !remaining.isEmpty
    }
    if lineHasWord || lines.isEmpty { lines.append(line) }
    return lines.map(trimTrailing)
  }

  /// The words of `text`: the runs between ``NarrativeText/isBreak(_:)`` characters. ASCII
  /// text is split on its bytes (a break is a control character, space or DEL there), which
  /// gives the same words without asking Unicode for each character's properties.
  static func words(_ text: String) -> [String] {
    splitWords(text).words
  }

  /// ``words(_:)`` of `text`, and whether `text` is ASCII (then so are its words).
  static func splitWords(_ text: String) -> (words: [String], ascii: Bool) {
    guard text.utf8.allSatisfy({ $0 < 0x80 }) else {
      return (NarrativeText.words(text).map(String.init), false)
    }
    let words = text.utf8.split { $0 <= 0x20 || $0 == 0x7F }.map {
      String(decoding: $0, as: UTF8.self)
    }
    return (words, true)
  }

  /// The characters of `text`, as `count` has them; counted on its bytes when it is ASCII
  /// without a CR (a CR LF is one character), where each byte is a character.
  static func length(_ text: String) -> Int {
    let utf8 = text.utf8
    let plain =
      utf8.withContiguousStorageIfAvailable { bytes in
        !bytes.contains { $0 >= 0x80 || $0 == 0x0D }
      } ?? false
    return plain ? utf8.count : text.count
  }

  /// Whether the lengths in characters of two texts add up when they are joined, given the
  /// last scalar of the first and the first of the second: always, unless the two could make
  /// one character at the seam (CR LF, or a scalar from U+0300 on: a combining mark, a joiner,
  /// a prepended mark), which only counting the joined text settles.
  static func addsUp(_ last: Unicode.Scalar?, _ first: Unicode.Scalar?) -> Bool {
    guard let last, let first else { return true }
    return last.value < 0x300 && first.value < 0x300 && !(last == "\r" && first == "\n")
  }

  /// Wraps `text` into lines of at most `width` characters with no prefix (for table cells).
  static func cell(_ text: String, width: Int) -> [String] {
    // Plain ASCII text that fits is its own single line.
    if text.utf8.count <= max(1, width), CellText.isPlainLine(text) { return [text] }
    let lines = wrap(text, width: max(1, width))
    return lines.isEmpty ? [""] : lines
  }

  /// `line` without trailing spaces. Spaces after an ASCII character (or the start) are
  /// characters of their own, so they are found on the bytes; after any other character the
  /// last space may belong to it (a prepended mark), and the characters are compared.
  static func trimTrailing(_ line: String) -> String {
    let utf8 = line.utf8
    var start = utf8.endIndex
    while start > utf8.startIndex, utf8[utf8.index(before: start)] == UInt8(ascii: " ") {
      start = utf8.index(before: start)
    }
    if start == utf8.endIndex { return line }
    if start == utf8.startIndex || utf8[utf8.index(before: start)] < 0x80 {
      return String(line[..<start])
    }
    var line = line
    while line.last == " " { line.removeLast() }
    return line
  }

  /// `count` copies of the ASCII character `byte` ("    ", "----"), written at once: repeating a
  /// string appends it piece by piece.
  static func run(_ byte: Unicode.Scalar, _ count: Int) -> String {
    String(unsafeUninitializedCapacity: max(0, count)) { buffer in
      let filled = buffer.prefix(max(0, count))
      filled.initialize(repeating: UInt8(ascii: byte))
      return filled.count
    }
  }

  /// `text` padded with spaces to `width`, on the left when `right` is set.
  static func pad(_ text: String, _ width: Int, right: Bool = false) -> String {
    let fill = run(" ", max(0, width - length(text)))
    return right ? fill + text : text + fill
  }
}
