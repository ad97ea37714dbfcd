/// A quick test on a word's bytes that every one of some wanted words passes: its length, its
/// first byte and its last byte are those of a wanted word. A scan for a few words (the
/// acronyms) makes strings of, and looks up, only the words that pass. Plain bits, so testing
/// copies nothing.
struct WordSieve: Sendable {
  /// Bit n is set when a wanted word is n bytes long (bit 63: 63 bytes or more).
  private var lengths: UInt64 = 0
  /// The first bytes of the wanted words.
  private var firsts = ByteSet()
  /// The last bytes of the wanted words.
  private var lasts = ByteSet()

  /// The sieve for `words`.
  init(_ words: some Sequence<String>) {
    for word in words {
      lengths |= 1 << UInt64(min(word.utf8.count, 63))
      if let first = word.utf8.first { firsts.insert(first) }
      if let last = word.utf8.last { lasts.insert(last) }
    }
  }

  /// False when `bytes` cannot be one of the wanted words.
  func mayBe(_ bytes: Slice<UnsafeBufferPointer<UInt8>>) -> Bool {
    guard lengths & (1 << UInt64(min(bytes.count, 63))) != 0 else { return false }
    guard let first = bytes.first, let last = bytes.last else { return true }
    return firsts.contains(first) && lasts.contains(last)
  }
}

/// A set of bytes as 256 bits.
private struct ByteSet: Sendable {
  /// Bit b % 64 of the (b / 64)th word is set when byte b is in the set.
  private var bits: (UInt64, UInt64, UInt64, UInt64) = (0, 0, 0, 0)

  /// Adds `byte`.
  mutating func insert(_ byte: UInt8) {
    let bit: UInt64 = 1 << UInt64(byte % 64)
    switch byte / 64 {
    case 0: bits.0 |= bit
    case 1: bits.1 |= bit
    case 2: bits.2 |= bit
    default: bits.3 |= bit
    }
  }

  /// Whether `byte` is in the set.
  func contains(_ byte: UInt8) -> Bool {
    let word =
      switch byte / 64 {
      case 0: bits.0
      case 1: bits.1
      case 2: bits.2
      default: bits.3
      }
    return word & (1 << UInt64(byte % 64)) != 0
  }
}
