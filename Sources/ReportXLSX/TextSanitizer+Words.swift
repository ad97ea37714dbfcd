extension TextSanitizer {
  /// ``plainASCIILength(_:)`` of contiguous bytes, read eight at a time: eight bytes with
  /// none of 0x80 or more, none below 0x20 and no underscore need no closer look, as every
  /// such byte is plain (``isPlain(_:afterUnderscore:)``) and none can start a `_x`. Any other
  /// eight, and eight right after an underscore, are checked byte by byte, as are the last
  /// few bytes.
  static func plainASCIILength(eightAtATime bytes: UnsafeBufferPointer<UInt8>) -> Int? {
    guard bytes.count <= ExcelLimits.maxCellTextLength else { return nil }
    var afterUnderscore = false
    var index = 0
    if let base = bytes.baseAddress {
      let raw = UnsafeRawPointer(base)
      while index + 8 <= bytes.count {
        let word = raw.loadUnaligned(fromByteOffset: index, as: UInt64.self)
        if afterUnderscore || !isPlainWord(word) {
          for byte in bytes[index..<(index + 8)] {
            guard isPlain(byte, afterUnderscore: &afterUnderscore) else { return nil }
          }
        }
        index += 8
      }
    }
    for byte in bytes[index...] {
      guard isPlain(byte, afterUnderscore: &afterUnderscore) else { return nil }
    }
    return bytes.count
  }

  /// Whether none of the eight bytes of `word` is 0x80 or more, below 0x20, or an
  /// underscore. The tests for a byte below a bound and for a zero byte (after an exclusive
  /// or with underscores) are exact about whether there is one.
  static func isPlainWord(_ word: UInt64) -> Bool {
    let ones: UInt64 = 0x0101_0101_0101_0101
    let highs: UInt64 = 0x8080_8080_8080_8080
    let control = (word &- ones &* 0x20) & ~word & highs
    let underscores = word ^ (ones &* UInt64(UInt8(ascii: "_")))
    let underscore = (underscores &- ones) & ~underscores & highs
    return (word & highs) | control | underscore == 0
  }
}
