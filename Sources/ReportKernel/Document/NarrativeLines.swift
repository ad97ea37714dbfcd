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
