/// A quick test on a word's bytes that every one of some wanted words passes: its length and
/// its first byte are those of a wanted word. A scan for a few words (the acronyms) makes
/// strings of, and looks up, only the words that pass.
struct WordSieve: Sendable {
  /// Bit n is set when a wanted word is n bytes long (bit 63: 63 bytes or more).
  private var lengths: UInt64 = 0
  /// The first bytes of the wanted words.
  private var firsts = [Bool](repeating: false, count: 256)

  /// The sieve for `words`.
  init(_ words: some Sequence<String>) {
    for word in words {
      lengths |= 1 << UInt64(min(word.utf8.count, 63))
      if let first = word.utf8.first { firsts[Int(first)] = true }
    }
  }

  /// False when `bytes` cannot be one of the wanted words.
  func mayBe(_ bytes: Slice<UnsafeBufferPointer<UInt8>>) -> Bool {
    guard lengths & (1 << UInt64(min(bytes.count, 63))) != 0 else { return false }
    guard let first = bytes.first else { return true }
    return firsts[Int(first)]
  }
}
