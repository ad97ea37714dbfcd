extension NarrativeText {
  /// The lines of `text`, split at every newline character as
  /// `text.split(omittingEmptySubsequences: false, whereSeparator: \.isNewline)` splits them,
  /// found on the UTF-8 bytes. A newline (LF, VT, FF, CR, CR LF, NEL, U+2028, U+2029) is always
  /// a character of its own (Unicode's grapheme rules break before and after it), so its bytes
  /// mark the same places as the character-level split, without segmenting the text into
  /// characters.
  static func sourceLines(_ text: String) -> [Substring] {
    let found = text.utf8.withContiguousStorageIfAvailable { bytes -> [Range<Int>] in
      var ranges: [Range<Int>] = []
      var start = 0
      var index = 0
      let count = bytes.count
      while index < count {
        let length = newlineLength(bytes, at: index)
        if length == 0 {
          index += 1
          continue
        }
        ranges.append(start..<index)
        index += length
        start = index
      }
      ranges.append(start..<count)
      return ranges
    }
    guard let found else {
      return text.split(omittingEmptySubsequences: false, whereSeparator: \.isNewline)
    }
    let utf8 = text.utf8
    return found.map { range in
      let lower = utf8.index(utf8.startIndex, offsetBy: range.lowerBound)
      let upper = utf8.index(lower, offsetBy: range.count)
      return text[lower..<upper]
    }
  }

  /// The number of bytes of the newline character starting at `index`, or 0.
  private static func newlineLength(_ bytes: UnsafeBufferPointer<UInt8>, at index: Int) -> Int {
    switch bytes[index] {
    case 0x0A, 0x0B, 0x0C: return 1
    case 0x0D: return index + 1 < bytes.count && bytes[index + 1] == 0x0A ? 2 : 1
    case 0xC2: return index + 1 < bytes.count && bytes[index + 1] == 0x85 ? 2 : 0  // NEL
    case 0xE2:  // U+2028 LINE SEPARATOR, U+2029 PARAGRAPH SEPARATOR
      guard index + 2 < bytes.count, bytes[index + 1] == 0x80 else { return 0 }
      return bytes[index + 2] == 0xA8 || bytes[index + 2] == 0xA9 ? 3 : 0
    default: return 0
    }
  }
}

extension NarrativeText {
  /// The words of `text`: the runs of characters between breaks (``isBreak(_:)``), as
  /// `text.split(whereSeparator: isBreak)` gives them; found on the Unicode scalars when
  /// ``wordRanges(_:)`` can, which is for most text.
  public static func words(_ text: String) -> [Substring] {
    guard let ranges = wordRanges(text) else { return text.split(whereSeparator: isBreak) }
    return ranges.map { text[$0] }
  }

  /// Where the words of `text` are, found on its Unicode scalars without segmenting it into
  /// characters; nil when a break might share a character with a neighbour (a space followed
  /// by a combining mark or a joiner, or after a prepended mark), where only the
  /// character-level split is exact. A break character is one scalar or starts with one:
  /// control characters stand alone, and a space or U+FFFE joins only such neighbours, which
  /// the scan refuses.
  static func wordRanges(_ text: String) -> [Range<String.Index>]? {
    var ranges: [Range<String.Index>] = []
    let scalars = text.unicodeScalars
    var wordStart: String.Index?
    var previousIsPlain = true
    var nextMustBePlain = false
    var index = scalars.startIndex
    while index < scalars.endIndex {
      let scalar = scalars[index]
      let isBreak = isBreakScalar(scalar)
      let isPlain = isBreak || isPlainNeighbour(scalar)
      if nextMustBePlain, !isPlain { return nil }
      nextMustBePlain = false
      if isBreak {
        if joinsNeighbours(scalar) {
          guard previousIsPlain else { return nil }
          nextMustBePlain = true
        }
        if let start = wordStart { ranges.append(start..<index) }
        wordStart = nil
      } else if wordStart == nil {
        wordStart = index
      }
      previousIsPlain = isPlain
      scalars.formIndex(after: &index)
    }
    if let start = wordStart { ranges.append(start..<scalars.endIndex) }
    return ranges
  }

  /// Whether `scalar` is a break by itself: Unicode's White_Space, a control character, a
  /// bidirectional override or isolate, U+FFFE or U+FFFF (``isBreak(_:)`` on one scalar).
  static func isBreakScalar(_ scalar: Unicode.Scalar) -> Bool {
    switch scalar.value {
    case 0x00...0x20, 0x7F...0xA0, 0x1680, 0x2000...0x200A, 0x2028...0x202F, 0x205F,
      0x2066...0x2069, 0x3000, 0xFFFE, 0xFFFF:
      true
    default: false
    }
  }

  /// Whether a break scalar can share a character with a neighbour: the spaces that are not
  /// control characters, and U+FFFE and U+FFFF (a combining mark may follow them).
  private static func joinsNeighbours(_ scalar: Unicode.Scalar) -> Bool {
    switch scalar.value {
    case 0x20, 0xA0, 0x1680, 0x2000...0x200A, 0x202F, 0x205F, 0x3000, 0xFFFE, 0xFFFF: true
    default: false
    }
  }

  /// Scalars that never join the character before or after them: those before the combining
  /// marks (U+0300) and the punctuation, currency, letterlike, arrow, mathematical and
  /// geometric blocks that pasted text uses (dashes, quotes, bullets).
  private static func isPlainNeighbour(_ scalar: Unicode.Scalar) -> Bool {
    switch scalar.value {
    case 0...0x2FF, 0x2010...0x2027, 0x2030...0x205E, 0x20A0...0x20C0, 0x2100...0x22FF,
      0x25A0...0x25FF:
      true
    default: false
    }
  }
}
