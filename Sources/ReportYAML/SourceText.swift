import Glibc

/// Helpers that relate byte offsets and marks in a UTF-8 source. Lines end as libyaml ends
/// them: at LF, CRLF, a bare CR, NEL (U+0085), LS (U+2028) or PS (U+2029), so marks agree
/// with libyaml's whatever the file's line-end convention.
public enum SourceText {
  /// The length in bytes of the line break starting at `index`, or 0 when none starts there.
  public static func lineBreakLength(at index: Int, in bytes: [UInt8]) -> Int {
    guard index < bytes.count else { return 0 }
    switch bytes[index] {
    case 0x0A: return 1
    case 0x0D: return index + 1 < bytes.count && bytes[index + 1] == 0x0A ? 2 : 1
    case 0xC2: return index + 1 < bytes.count && bytes[index + 1] == 0x85 ? 2 : 0
    case 0xE2:
      return index + 2 < bytes.count && bytes[index + 1] == 0x80
        && (bytes[index + 2] == 0xA8 || bytes[index + 2] == 0xA9) ? 3 : 0
    default: return 0
    }
  }

  /// The byte offset of the first NEL (U+0085, bytes C2 85) in `bytes`, valid UTF-8.
  static func firstNextLine(in bytes: [UInt8]) -> Int? {
    bytes.withUnsafeBufferPointer { buffer -> Int? in
      guard let base = buffer.baseAddress else { return nil }
      var from = 1
      while from < buffer.count, let found = memchr(base + from, 0x85, buffer.count - from) {
        let offset = base.distance(to: found.assumingMemoryBound(to: UInt8.self))
        if buffer[offset - 1] == 0xC2 { return offset - 1 }
        from = offset + 1
      }
      return nil
    }
  }

  /// The first invalid UTF-8 sequence in `bytes`, as a mark and a byte offset, or nil when the
  /// bytes are valid UTF-8.
  public static func firstInvalidUTF8(in bytes: [UInt8]) -> (mark: Mark, offset: Int)? {
    // Lines are counted only to locate a fault, which valid files (all but a few) do not have.
    invalidUTF8Offset(in: bytes).map { (mark(ofByteOffset: $0, in: bytes), $0) }
  }

  /// The offset of the first invalid UTF-8 sequence in `bytes`, or nil when they are valid:
  /// ASCII (most of every file) eight bytes at a time, each other character byte by byte (an
  /// overlong form, a surrogate or a code point above U+10FFFF is invalid).
  static func invalidUTF8Offset(in bytes: [UInt8]) -> Int? {
    bytes.withUnsafeBytes { raw in
      let count = raw.count
      var index = 0
      while index < count {
        if index + 8 <= count,
          raw.loadUnaligned(fromByteOffset: index, as: UInt64.self) & 0x8080_8080_8080_8080 == 0
        {
          index += 8
          continue
        }
        let byte = raw[index]
        let length: Int
        switch byte {
        case 0x00...0x7F: length = 1
        case 0xC2...0xDF: length = 2
        case 0xE0...0xEF: length = 3
        case 0xF0...0xF4: length = 4
        default: return index
        }
        guard index + length <= count else { return index }
        if length > 1 {
          let second = raw[index + 1]
          let secondRange: ClosedRange<UInt8> =
            switch byte {
            case 0xE0: 0xA0...0xBF
            case 0xED: 0x80...0x9F
            case 0xF0: 0x90...0xBF
            case 0xF4: 0x80...0x8F
            default: 0x80...0xBF
            }
          guard secondRange.contains(second) else { return index }
          for offset in 2..<length where !(0x80...0xBF).contains(raw[index + offset]) {
            return index
          }
        }
        index += length
      }
      return nil
    }
  }

  /// The mark of a byte offset in valid-or-not UTF-8 `bytes` (continuation bytes do not count as
  /// columns).
  public static func mark(ofByteOffset offset: Int, in bytes: [UInt8]) -> Mark {
    var line = 1
    var column = 1
    var index = 0
    let end = min(max(0, offset), bytes.count)
    while index < end {
      let breakLength = lineBreakLength(at: index, in: bytes)
      if breakLength > 0 {
        line += 1
        column = 1
        index += breakLength
        continue
      }
      if bytes[index] & 0xC0 != 0x80 { column += 1 }
      index += 1
    }
    return Mark(line: line, column: column)
  }

  /// The text of 1-based `line` in `bytes`, without its line ending, or nil past the end.
  public static func line(_ line: Int, in bytes: [UInt8]) -> String? {
    var current = 1
    var start = 0
    var index = 0
    while index <= bytes.count {
      let breakLength = index == bytes.count ? 1 : lineBreakLength(at: index, in: bytes)
      if breakLength > 0 {
        if current == line {
          return String(decoding: bytes[start..<index], as: UTF8.self)
        }
        current += 1
        index += breakLength
        start = index
        continue
      }
      index += 1
    }
    return nil
  }

  /// The first tab in the indentation of `mark`'s line, when `mark` lies within or just after
  /// that indentation.
  static func indentationTab(at mark: Mark, in bytes: [UInt8]) -> Mark? {
    guard let text = line(mark.line, in: bytes) else { return nil }
    let leading = Array(text.unicodeScalars.prefix(while: { $0 == " " || $0 == "\t" }))
    guard mark.column - 1 <= leading.count, let index = leading.firstIndex(of: "\t") else {
      return nil
    }
    return Mark(line: mark.line, column: index + 1)
  }

  /// Whether the character at `mark`, or the whitespace run that ends there, contains a tab.
  static func isTab(at mark: Mark, in bytes: [UInt8]) -> Bool {
    guard let text = line(mark.line, in: bytes) else { return false }
    let scalars = Array(text.unicodeScalars)
    let index = mark.column - 1
    guard index >= 0 else { return false }
    if index < scalars.count, scalars[index] == "\t" { return true }
    // libyaml may point past the tab, at the token it could not start.
    let leading = scalars.prefix(while: { $0 == " " || $0 == "\t" })
    return index <= leading.count && leading.contains("\t")
  }
}
