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
    if CellText.isPlainLine(text) { return escapeLineStart(escapingASCII(text)) }
    let flat = NarrativeText.oneLine(text)
    var output = ""
    output.reserveCapacity(flat.count)
    for character in flat {
      if special.contains(character) { output.append("\\") }
      output.append(character)
    }
    return escapeLineStart(output)
  }

  /// Printable ASCII `text` with a backslash before each ``special`` character, built from
  /// its bytes.
  static func escapingASCII(_ text: String) -> String {
    var bytes: [UInt8] = []
    bytes.reserveCapacity(text.utf8.count + 8)
    for byte in text.utf8 {
      switch byte {
      case UInt8(ascii: "\\"), UInt8(ascii: "`"), UInt8(ascii: "*"), UInt8(ascii: "_"),
        UInt8(ascii: "["), UInt8(ascii: "]"), UInt8(ascii: "<"), UInt8(ascii: ">"),
        UInt8(ascii: "#"), UInt8(ascii: "|"), UInt8(ascii: "~"), UInt8(ascii: "&"):
        bytes.append(UInt8(ascii: "\\"))
      default: break
      }
      bytes.append(byte)
    }
    return String(decoding: bytes, as: UTF8.self)
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
