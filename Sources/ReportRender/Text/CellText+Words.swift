extension CellText {
  /// ``isPlainLine(_:)`` of contiguous bytes, read eight at a time: eight printable ASCII
  /// bytes without two spaces side by side, not starting with a space after a space (or at
  /// the start), need no closer look. Any other eight, and the last few bytes, are checked
  /// byte by byte.
  static func isPlainLine(eightAtATime bytes: UnsafeBufferPointer<UInt8>) -> Bool {
    var previous = UInt8(ascii: " ")
    var index = 0
    if let base = bytes.baseAddress {
      let raw = UnsafeRawPointer(base)
      while index + 8 <= bytes.count {
        let word = raw.loadUnaligned(fromByteOffset: index, as: UInt64.self)
        // A space to start the eight after a space (or at the start) is the only doubt
        // the word test leaves.
        if isPlainWord(word), previous != 0x20 || bytes[index] != 0x20 {
          previous = bytes[index + 7]
        } else {
          for byte in bytes[index..<(index + 8)] {
            guard isPlain(byte, after: &previous) else { return false }
          }
        }
        index += 8
      }
    }
    for byte in bytes[index...] {
      guard isPlain(byte, after: &previous) else { return false }
    }
    return previous != 0x20 || bytes.isEmpty
  }

  /// Whether the eight bytes of `word` are printable ASCII (none of 0x80 or more, below 0x20
  /// or DEL) with no two spaces side by side. The tests for a byte below a bound and for a
  /// zero byte are exact about whether there is one; the zero-byte test may also flag the
  /// byte after a space, so a `!` after a space is checked byte by byte, as is any doubt.
  static func isPlainWord(_ word: UInt64) -> Bool {
    let ones: UInt64 = 0x0101_0101_0101_0101
    let highs: UInt64 = 0x8080_8080_8080_8080
    let control = (word &- ones &* 0x20) & ~word & highs
    let deletes = word ^ (ones &* 0x7F)
    let delete = (deletes &- ones) & ~deletes & highs
    let spaces = word ^ (ones &* 0x20)
    let space = (spaces &- ones) & ~spaces & highs
    let double = space & (space << 8)
    return (word & highs) | control | delete | double == 0
  }
}
