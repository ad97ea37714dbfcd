/// Makes arbitrary Swift text safe to store in an XLSX part.
///
/// - Characters XML 1.0 forbids (U+0000–U+001F except tab, line feed and carriage return) are
///   replaced by a space, so the words on either side stay apart; U+FFFE and U+FFFF are
///   removed.
/// - A literal `_xHHHH_` (which Excel would decode as an escaped character) is protected as
///   `_x005F_xHHHH_`, so the reader sees exactly the text that was written.
/// - Cell text is cut, on a character boundary, to Excel's 32,767-character limit.
enum TextSanitizer {
  /// The result of ``sanitizeCellText(_:)``.
  struct Cell {
    /// The text to hand to libxlsxwriter (escaped, truncated).
    var text: String
    /// What changed, for the caller.
    var outcome: WriteOutcome
  }

  /// Cleans `text` for a cell: illegal characters, OOXML escapes, length.
  static func sanitizeCellText(_ text: String) -> Cell {
    if let length = plainASCIILength(text) {
      return Cell(text: text, outcome: unchanged(length: length))
    }
    let (clean, replaced) = replacingIllegalCharacters(text)
    let originalLength = clean.utf16.count
    var budget = ExcelLimits.maxCellTextLength
    var shown = prefix(of: clean, utf16Budget: budget)
    var escaped = escapingOOXMLEscapes(shown)
    // libxlsxwriter counts the escaped text in code points; keep that under the limit too.
    while escaped.unicodeScalars.count > ExcelLimits.maxCellTextLength {
      let excess = escaped.unicodeScalars.count - ExcelLimits.maxCellTextLength
      budget = max(0, min(budget, shown.utf16.count) - excess)
      shown = prefix(of: clean, utf16Budget: budget)
      escaped = escapingOOXMLEscapes(shown)
    }
    let outcome = WriteOutcome(
      wasTruncated: shown.utf16.count < originalLength, originalLength: originalLength,
      writtenLength: shown.utf16.count, replacedCharacters: replaced)
    return Cell(text: escaped, outcome: outcome)
  }

  /// The outcome for text of `length` UTF-16 units written as it was given.
  static func unchanged(length: Int) -> WriteOutcome {
    WriteOutcome(
      wasTruncated: false, originalLength: length, writtenLength: length, replacedCharacters: 0)
  }

  /// The length of `text` when it needs no change, checked in one pass over its bytes: ASCII
  /// without XML-illegal control characters or a `_x`/`_X`, within the length limit; nil
  /// otherwise (the full path then decides).
  static func plainASCIILength(_ text: String) -> Int? {
    if let length = text.utf8.withContiguousStorageIfAvailable(plainASCIILength(eightAtATime:)) {
      return length
    }
    return plainASCIILength(text.utf8)
  }

  /// ``plainASCIILength(_:)`` of text's bytes, one at a time.
  static func plainASCIILength<Bytes: Sequence<UInt8>>(_ bytes: Bytes) -> Int? {
    var count = 0
    var afterUnderscore = false
    for byte in bytes {
      guard isPlain(byte, afterUnderscore: &afterUnderscore) else { return nil }
      count += 1
    }
    return count <= ExcelLimits.maxCellTextLength ? count : nil
  }

  /// Whether `byte` needs no change: ASCII, not an XML-illegal control character, and not the
  /// `x` or `X` of a `_x` after an underscore (`afterUnderscore`, updated for the next byte).
  static func isPlain(_ byte: UInt8, afterUnderscore: inout Bool) -> Bool {
    guard byte < 0x80, byte >= 0x20 || byte == 0x09 || byte == 0x0A || byte == 0x0D,
      !afterUnderscore || (byte != UInt8(ascii: "x") && byte != UInt8(ascii: "X"))
    else { return false }
    afterUnderscore = byte == UInt8(ascii: "_")
    return true
  }

  /// Replaces XML-illegal control characters by a space and drops U+FFFE/U+FFFF; returns the
  /// clean text and how many characters were replaced or dropped.
  static func replacingIllegalCharacters(_ text: String) -> (String, Int) {
    guard text.unicodeScalars.contains(where: isIllegal) else { return (text, 0) }
    var scalars = String.UnicodeScalarView()
    var count = 0
    for scalar in text.unicodeScalars {
      guard isIllegal(scalar) else {
        scalars.append(scalar)
        continue
      }
      count += 1
      if scalar.value < 0x20 { scalars.append(" ") }
    }
    return (String(scalars), count)
  }

  /// Whether XML 1.0 forbids `scalar` (surrogates cannot occur in a Swift string).
  static func isIllegal(_ scalar: Unicode.Scalar) -> Bool {
    switch scalar.value {
    case 0x09, 0x0A, 0x0D: false
    case 0x00..<0x20, 0xFFFE, 0xFFFF: true
    default: false
    }
  }

  /// Protects literal `_xHHHH_` sequences so Excel does not decode them.
  static func escapingOOXMLEscapes(_ text: String) -> String {
    guard mayHoldOOXMLEscape(text) else { return text }
    return text.replacing(/_[xX][0-9A-Fa-f]{4}_/) { match in "_x005F" + match.output }
  }

  /// Whether `text` contains `_x` or `_X`: a byte scan, as every cell's text is checked.
  static func mayHoldOOXMLEscape(_ text: String) -> Bool {
    var afterUnderscore = false
    for byte in text.utf8 {
      if afterUnderscore, byte == UInt8(ascii: "x") || byte == UInt8(ascii: "X") { return true }
      afterUnderscore = byte == UInt8(ascii: "_")
    }
    return false
  }

  /// The longest prefix of `text`, on a character boundary, of at most `budget` UTF-16 units.
  static func prefix(of text: String, utf16Budget budget: Int) -> String {
    if text.utf16.count <= budget { return text }
    var used = 0
    var end = text.startIndex
    for index in text.indices {
      let width = text[index].utf16.count
      if used + width > budget { break }
      used += width
      end = text.index(after: index)
    }
    return String(text[..<end])
  }
}
