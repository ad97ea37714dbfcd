/// The byte scans that clear most submission text at once, before the character-level checks
/// of ``UnfinishedText`` (which stay the reference: a scan may let through text the checks
/// then clear, never the other way round).
extension UnfinishedText {
  /// Whether a text holds the bytes a placeholder or a template comment starts with: without
  /// a `[`, no bracket opens (the character-level search finds one only where the byte is);
  /// without a `#` or a `<`, no line starts with "#" or "<!--".
  struct Marks {
    /// False when the text has no `[`.
    var bracket = false
    /// False when the text has no `#` and no `<`.
    var comment = false

    /// The marks of `text`; both true when its bytes cannot be read in place.
    init(_ text: String) {
      let found: (Bool, Bool)? = text.utf8.withContiguousStorageIfAvailable { bytes in
        var bracket = false
        var comment = false
        for byte in bytes {
          switch byte {
          case UInt8(ascii: "["): bracket = true
          case UInt8(ascii: "#"), UInt8(ascii: "<"): comment = true
          default: continue
          }
        }
        return (bracket, comment)
      }
      (bracket, comment) = found ?? (true, true)
    }
  }

  /// The first of `text`'s ``words(_:)`` that is one of ``markers``; the ASCII words are found
  /// on the bytes (``ASCIIWords``), and only those as long as a marker become strings.
  static func firstMarker(_ text: String) -> String? {
    var found: String?
    ASCIIWords.forEach(in: text, wordBytes: markerWordBytes) { bytes in
      // Only a word as long as a marker, starting as one does, can be one.
      guard markerLengths >> UInt64(min(bytes.count, 63)) & 1 != 0,
        let first = bytes.first, markerFirstBytes.contains(first)
      else { return true }
      let word = String(decoding: bytes, as: UTF8.self)
      if markers.contains(word) { found = word }
      return found == nil
    } other: { stretch in
      found = words(stretch).first(where: markers.contains)
      return found == nil
    }
    return found
  }

  /// The ASCII letters and digits.
  private static let markerWordBytes = ASCIIWords.WordBytes { byte in
    (0x30...0x39).contains(byte) || (0x41...0x5A).contains(byte) || (0x61...0x7A).contains(byte)
  }

  /// Bit n is set when a marker is n bytes long (bit 63: 63 bytes or more).
  private static let markerLengths = markers.reduce(UInt64(0)) { bits, marker in
    bits | 1 << UInt64(min(marker.utf8.count, 63))
  }

  /// The bytes the markers start with (all ASCII).
  private static let markerFirstBytes = ASCIIWords.WordBytes { byte in
    markers.contains { $0.utf8.first == byte }
  }

  /// False when `text` holds none of ``noteOpenings`` and ``notePhrases`` in any case, so no
  /// sentence of it is a note: one pass over its bytes instead of its sentences.
  ///
  /// The check lowers each sentence and compares characters; a sentence is a piece of the
  /// text. A character equal to an ASCII letter, space or punctuation of a needle, once
  /// lowered, is that ASCII byte in either case, or the Kelvin sign (which lowers to "k"):
  /// no other character lowers to a lone ASCII character or is canonically one of them.
  /// So a text without a needle in its ASCII bytes, lowered, and without a Kelvin sign,
  /// holds no note.
  static func mayHoldNote(_ text: String) -> Bool {
    text.utf8.withContiguousStorageIfAvailable { bytes in
      let count = bytes.count
      for start in 0..<count {
        let byte = bytes[start]
        // U+212A KELVIN SIGN is E2 84 AA.
        if byte == 0xE2, start + 2 < count, bytes[start + 1] == 0x84, bytes[start + 2] == 0xAA {
          return true
        }
        let candidates = noteNeedlesByFirstByte[Int(lowered(byte))]
        for needle in candidates where start + needle.count <= count {
          var matches = true
          for offset in 1..<needle.count where lowered(bytes[start + offset]) != needle[offset] {
            matches = false
            break
          }
          if matches { return true }
        }
      }
      return false
    } ?? true
  }

  /// `byte` with an ASCII capital lowered.
  private static func lowered(_ byte: UInt8) -> UInt8 {
    (0x41...0x5A).contains(byte) ? byte | 0x20 : byte
  }

  /// ``noteOpenings`` and ``notePhrases`` as bytes, listed under their first byte.
  private static let noteNeedlesByFirstByte: [[[UInt8]]] = {
    var table = [[[UInt8]]](repeating: [], count: 256)
    for needle in noteOpenings + notePhrases {
      let bytes = Array(needle.utf8)
      if let first = bytes.first { table[Int(first)].append(bytes) }
    }
    return table
  }()
}
