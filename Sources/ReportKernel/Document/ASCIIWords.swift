/// Words of text found on its bytes where the text is ASCII: the fast path of the text scans
/// that look at every word of a submission or a report (unfinished-text markers, acronyms).
///
/// The text is cut at its *plain separators*: ASCII bytes that are not word bytes and whose
/// neighbours are ASCII bytes too (or the ends of the text). Such a byte is a character of its
/// own that is not part of a word (Unicode's grapheme rules join an ASCII character only to a
/// combining mark or joiner after it, or to a prepended mark before it, and those are not
/// ASCII; CR LF, one character, is two separators), so no word crosses it. Between two plain
/// separators lies either a run of ASCII word bytes, which is one word, or a stretch with
/// other bytes, whose words only a character-level split finds exactly.
public enum ASCIIWords {
  /// The ASCII bytes a scan takes as word bytes, as 128 bits: testing one is a shift.
  public struct WordBytes: Sendable {
    /// Bits 0 to 63: bytes 0 to 63; bits 64 to 127: bytes 64 to 127.
    @usableFromInline let low: UInt64
    @usableFromInline let high: UInt64

    /// The ASCII bytes for which `isWordByte` holds.
    public init(_ isWordByte: (UInt8) -> Bool) {
      var low: UInt64 = 0
      var high: UInt64 = 0
      for byte in UInt8(0)..<0x80 where isWordByte(byte) {
        if byte < 64 { low |= 1 << UInt64(byte) } else { high |= 1 << UInt64(byte - 64) }
      }
      self.low = low
      self.high = high
    }

    /// Whether the ASCII `byte` is a word byte.
    @inlinable
    public func contains(_ byte: UInt8) -> Bool {
      (byte < 64 ? low >> UInt64(byte) : high >> UInt64(byte & 63)) & 1 != 0
    }
  }

  /// Calls `word` with each ASCII word of `text` (a run of `wordBytes`) and `other` with each
  /// stretch holding a non-ASCII byte, in order, until one of them returns false. `wordBytes`
  /// must be the ASCII bytes the caller's character-level split takes as word characters;
  /// `other` splits its stretch so. Inlinable, so that the scan is compiled into the caller.
  @inlinable
  public static func forEach(
    in text: String, wordBytes: WordBytes,
    word: (Slice<UnsafeBufferPointer<UInt8>>) -> Bool, other: (String) -> Bool
  ) {
    let scanned: Void? = text.utf8.withContiguousStorageIfAvailable { bytes in
      let count = bytes.count
      var start = 0  // where the current stretch starts
      var ascii = true  // whether the current stretch is all ASCII
      var index = 0
      while index <= count {
        if index < count {
          let byte = bytes[index]
          if byte >= 0x80 {
            ascii = false
            index += 1
            continue
          }
          let plain =
            !wordBytes.contains(byte) && (index == 0 || bytes[index - 1] < 0x80)
            && (index + 1 == count || bytes[index + 1] < 0x80)
          guard plain else {
            index += 1
            continue
          }
        }
        // A stretch ends at a plain separator or at the end of the text.
        if start < index {
          let stretch = bytes[start..<index]
          guard ascii ? word(stretch) : other(String(decoding: stretch, as: UTF8.self)) else {
            return
          }
        }
        index += 1
        start = index
        ascii = true
      }
    }
    if scanned == nil { _ = other(text) }
  }
}
