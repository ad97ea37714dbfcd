extension NarrativeText {
  /// The words of `text`: the runs of characters between breaks (``isBreak(_:)``), as
  /// `text.split(whereSeparator: isBreak)` gives them; found on the UTF-8 bytes when
  /// ``wordOffsets(_:_:)`` can, which is for most text.
  public static func words(_ text: String) -> [Substring] {
    guard let ranges = wordRanges(text) else { return text.split(whereSeparator: isBreak) }
    return ranges.map { text[$0] }
  }

  /// Where the words of `text` are (``wordOffsets(_:_:)``), as indices of `text`; nil where
  /// only the character-level split is exact.
  static func wordRanges(_ text: String) -> [Range<String.Index>]? {
    let found = text.utf8.withContiguousStorageIfAvailable { bytes -> [Range<Int>]? in
      var ranges: [Range<Int>] = []
      return wordOffsets(bytes) { ranges.append($0) } ? ranges : nil
    }
    guard let found, let ranges = found else { return nil }
    let utf8 = text.utf8
    return ranges.map { range in
      let lower = utf8.index(utf8.startIndex, offsetBy: range.lowerBound)
      return lower..<utf8.index(lower, offsetBy: range.count)
    }
  }

  /// What the byte scan makes of a text to be put on one line.
  enum OneLine {
    /// The text is one line already: printable ASCII with single spaces between words.
    case same
    /// The text's words joined with single spaces.
    case joined(String)
    /// Only the character-level split is exact (``wordOffsets(_:_:)``).
    case inexact
  }

  /// The UTF-8 `bytes` of a text on one line, as ``oneLine(_:)`` makes it.
  static func oneLine(bytes: UnsafeBufferPointer<UInt8>) -> OneLine {
    if isOneASCIILine(bytes) { return .same }
    var exact = true
    let line = String(unsafeUninitializedCapacity: bytes.count) { out in
      var written = 0
      exact = wordOffsets(bytes) { range in
        if written > 0 {
          out[written] = 0x20
          written += 1
        }
        for index in range {
          out[written] = bytes[index]
          written += 1
        }
      }
      return exact ? written : 0
    }
    return exact ? .joined(line) : .inexact
  }

  /// Whether `bytes` are printable ASCII, with no space at either end and none after another:
  /// text that is one line already.
  private static func isOneASCIILine(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
    guard bytes.first != 0x20, bytes.last != 0x20 else { return false }
    var previous: UInt8 = 0
    for byte in bytes {
      guard byte > 0x20 && byte < 0x7F || byte == 0x20 && previous != 0x20 else { return false }
      previous = byte
    }
    return true
  }

  /// Calls `body` with the byte range of each word of the UTF-8 `bytes`, found on their
  /// Unicode scalars without segmenting them into characters. Returns false when a break might
  /// share a character with a neighbour (a space followed by a combining mark or a joiner, or
  /// after a prepended mark), where only the character-level split is exact; `body` may have
  /// been called by then. A break character is one scalar or starts with one: control
  /// characters stand alone, and a space or U+FFFE joins only such neighbours, which the scan
  /// refuses.
  static func wordOffsets(
    _ bytes: UnsafeBufferPointer<UInt8>, _ body: (Range<Int>) -> Void
  ) -> Bool {
    var wordStart: Int?
    var previousIsPlain = true
    var nextMustBePlain = false
    var index = 0
    let count = bytes.count
    while index < count {
      let (value, length) = scalar(bytes, at: index)
      let isBreak = isBreakValue(value)
      let isPlain = isBreak || isPlainNeighbour(value)
      if nextMustBePlain, !isPlain { return false }
      nextMustBePlain = false
      if isBreak {
        if joinsNeighbours(value) {
          guard previousIsPlain else { return false }
          nextMustBePlain = true
        }
        if let start = wordStart { body(start..<index) }
        wordStart = nil
      } else if wordStart == nil {
        wordStart = index
      }
      previousIsPlain = isPlain
      index += length
    }
    if let start = wordStart { body(start..<count) }
    return true
  }

  /// The Unicode scalar value starting at `index` of valid UTF-8 `bytes`, and its length.
  private static func scalar(
    _ bytes: UnsafeBufferPointer<UInt8>, at index: Int
  ) -> (value: UInt32, length: Int) {
    let lead = UInt32(bytes[index])
    func next(_ offset: Int) -> UInt32 { UInt32(bytes[index + offset] & 0x3F) }
    switch lead {
    case 0..<0x80: return (lead, 1)
    case 0..<0xE0: return ((lead & 0x1F) << 6 | next(1), 2)
    case 0..<0xF0: return ((lead & 0x0F) << 12 | next(1) << 6 | next(2), 3)
    default: return ((lead & 0x07) << 18 | next(1) << 12 | next(2) << 6 | next(3), 4)
    }
  }

  /// Whether `scalar` is a break by itself: Unicode's White_Space, a control character, a
  /// bidirectional override or isolate, U+FFFE or U+FFFF (``isBreak(_:)`` on one scalar).
  static func isBreakScalar(_ scalar: Unicode.Scalar) -> Bool { isBreakValue(scalar.value) }

  /// ``isBreakScalar(_:)`` of the scalar with value `value`.
  private static func isBreakValue(_ value: UInt32) -> Bool {
    switch value {
    case 0x00...0x20, 0x7F...0xA0, 0x1680, 0x2000...0x200A, 0x2028...0x202F, 0x205F,
      0x2066...0x2069, 0x3000, 0xFFFE, 0xFFFF:
      true
    default: false
    }
  }

  /// Whether a break scalar can share a character with a neighbour: the spaces that are not
  /// control characters, and U+FFFE and U+FFFF (a combining mark may follow them).
  private static func joinsNeighbours(_ value: UInt32) -> Bool {
    switch value {
    case 0x20, 0xA0, 0x1680, 0x2000...0x200A, 0x202F, 0x205F, 0x3000, 0xFFFE, 0xFFFF: true
    default: false
    }
  }

  /// Scalars that never join the character before or after them: those before the combining
  /// marks (U+0300) and the punctuation, currency, letterlike, arrow, mathematical and
  /// geometric blocks that pasted text uses (dashes, quotes, bullets).
  private static func isPlainNeighbour(_ value: UInt32) -> Bool {
    switch value {
    case 0...0x2FF, 0x2010...0x2027, 0x2030...0x205E, 0x20A0...0x20C0, 0x2100...0x22FF,
      0x25A0...0x25FF:
      true
    default: false
    }
  }
}
