import ReportKernel

/// Makes text from submissions and configuration inert in CommonMark/GFM: it can never open a
/// heading, a list, a block quote, a table, a code span, emphasis, raw HTML or a link.
///
/// Every ASCII punctuation character with inline meaning is backslash-escaped; characters that
/// only matter at the start of a line (`-`, `+`, `=`, `1.`, `1)`) are escaped there; newlines,
/// tabs and control characters become spaces, so nothing can start a new block or act on a
/// terminal. Plain URLs are left as text (GFM
/// viewers may still autolink `https://…`, but no link text or `javascript:` target can be
/// forged).
public enum MarkdownEscaper {
  /// Characters escaped everywhere.
  static let special: Set<Character> = [
    "\\", "`", "*", "_", "[", "]", "<", ">", "#", "|", "~", "&",
  ]

  /// `text` on one line, escaped for use inside a paragraph, heading, list item or table cell.
  public static func inline(_ text: String) -> String {
    if CellText.isPlainLine(text) { return escapeASCIILineStart(escapingASCII(text)) }
    let flat = CellText.oneLine(text)
    if let escaped = escapingSpecialBytes(flat) { return escapeLineStart(escaped) }
    var output = ""
    output.reserveCapacity(flat.count)
    for character in flat {
      if special.contains(character) { output.append("\\") }
      output.append(character)
    }
    return escapeLineStart(output)
  }

  /// Whether `byte` is the byte of a ``special`` character.
  static func isSpecial(_ byte: UInt8) -> Bool {
    switch byte {
    case UInt8(ascii: "\\"), UInt8(ascii: "`"), UInt8(ascii: "*"), UInt8(ascii: "_"),
      UInt8(ascii: "["), UInt8(ascii: "]"), UInt8(ascii: "<"), UInt8(ascii: ">"),
      UInt8(ascii: "#"), UInt8(ascii: "|"), UInt8(ascii: "~"), UInt8(ascii: "&"):
      true
    default: false
    }
  }

  /// Printable ASCII `text` with a backslash before each ``special`` character, built from
  /// its bytes; `text` itself when it has none.
  static func escapingASCII(_ text: String) -> String {
    escapingSpecialBytes(text) ?? text
  }

  /// `text` with a backslash before each ``special`` character, found on its bytes; nil when
  /// a special byte has a non-ASCII byte beside it (it may then be part of a larger
  /// character, such as `<` with a combining mark, which is not escaped): only characters
  /// settle that. Between two ASCII bytes (or an end) a special byte is a character of its
  /// own, as no grapheme rule joins ASCII characters other than CR LF.
  static func escapingSpecialBytes(_ text: String) -> String? {
    let utf8 = text.utf8
    let counted = utf8.withContiguousStorageIfAvailable(specialBytes(in:)) ?? specialBytes(in: utf8)
    guard let specials = counted else { return nil }
    guard specials > 0 else { return text }
    return String(unsafeUninitializedCapacity: utf8.count + specials) { buffer in
      var end = 0
      for byte in utf8 {
        if isSpecial(byte) {
          buffer[end] = UInt8(ascii: "\\")
          end += 1
        }
        buffer[end] = byte
        end += 1
      }
      return end
    }
  }

  /// Whether the bytes ``escapeASCIILineStart(_:)`` looks at, and the one after them, are
  /// printable ASCII (or the text ends before): the leading digits and two more bytes, or
  /// the first three. Each of those bytes is then a character of its own, as the
  /// character-level checks see it, and the only whitespace among them is the space.
  static func hasPrintableASCIIStart(_ text: String) -> Bool {
    let utf8 = text.utf8
    let digits = utf8.prefix { (UInt8(ascii: "0")...UInt8(ascii: "9")).contains($0) }.count
    return utf8.prefix(digits + 3).allSatisfy { $0 >= 0x20 && $0 < 0x7F }
  }

  /// The number of special bytes in `bytes`; nil when one has a non-ASCII byte beside it.
  static func specialBytes(in bytes: some Sequence<UInt8>) -> Int? {
    var specials = 0
    var previous: UInt8 = 0
    var pending = false
    for byte in bytes {
      if pending, byte >= 0x80 { return nil }
      pending = isSpecial(byte)
      if pending {
        if previous >= 0x80 { return nil }
        specials += 1
      }
      previous = byte
    }
    return specials
  }

  /// ``escapeLineStart(_:)`` of printable ASCII `text` (``CellText/isPlainLine(_:)``), on
  /// its bytes: each byte is a character there, and the only whitespace is the space.
  static func escapeASCIILineStart(_ text: String) -> String {
    let utf8 = text.utf8
    guard let first = utf8.first else { return text }
    let digit = UInt8(ascii: "0")...UInt8(ascii: "9")
    if first == UInt8(ascii: "-") || first == UInt8(ascii: "+") || first == UInt8(ascii: "=") {
      let second = utf8.dropFirst().first
      let isNumber = second.map { digit.contains($0) || $0 == UInt8(ascii: ".") } ?? false
      return isNumber ? text : "\\" + text
    }
    let digits = utf8.prefix { digit.contains($0) }.count
    guard digits > 0 else { return text }
    let rest = utf8.dropFirst(digits)
    guard let mark = rest.first, mark == UInt8(ascii: ".") || mark == UInt8(ascii: ")") else {
      return text
    }
    let next = rest.dropFirst().first
    guard next == nil || next == UInt8(ascii: " ") else { return text }
    let split = rest.startIndex
    return String(text[..<split]) + "\\" + String(text[split...])
  }

  /// Escapes a leading list marker (`- `, `+ `, `1. `, `1) `), thematic break or setext
  /// underline (`---`, `===`); a leading sign of a number (`-12.5`) is left alone.
  static func escapeLineStart(_ text: String) -> String {
    // Only a line starting with one of these bytes can need escaping.
    guard let byte = text.utf8.first else { return text }
    switch byte {
    case UInt8(ascii: "-"), UInt8(ascii: "+"), UInt8(ascii: "="),
      UInt8(ascii: "0")...UInt8(ascii: "9"):
      break
    default: return text
    }
    if hasPrintableASCIIStart(text) { return escapeASCIILineStart(text) }
    return escapeLineStartByCharacters(text)
  }

  /// ``escapeLineStart(_:)`` of any `text`, on its characters (the reference the byte path
  /// ``escapeASCIILineStart(_:)`` is tested against).
  static func escapeLineStartByCharacters(_ text: String) -> String {
    guard let first = text.first else { return text }
    let second = text.dropFirst().first
    if first == "-" || first == "+" || first == "=" {
      let isNumber = second.map { ($0.isASCII && $0.isNumber) || $0 == "." } ?? false
      return isNumber ? text : "\\" + text
    }
    let digits = text.prefix { $0.isASCII && $0.isNumber }
    if !digits.isEmpty {
      let rest = text.dropFirst(digits.count)
      let next = rest.dropFirst().first
      if rest.first == "." || rest.first == ")", next == nil || next?.isWhitespace == true {
        return digits + "\\" + rest
      }
    }
    return text
  }
}
