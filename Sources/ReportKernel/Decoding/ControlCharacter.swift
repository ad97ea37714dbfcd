/// The invisible control characters a text may not hold, and how a message names them. YAML
/// refuses them written as they are (``ReportYAML``'s reader says so), but lets them through
/// written as an escape in double quotes (`"\x01"`, `"\0"`, `"\e"`); no forum lead means one,
/// so a text holding one is refused where it is read (``ValueReader/string()``). Tab, line
/// feed and carriage return stay allowed: they are how text is laid out.
public enum ControlCharacter {
  /// Whether `scalar` is refused in a text: the C0 controls but tab, line feed and carriage
  /// return; DEL (U+007F); the C1 controls (U+0080–U+009F).
  public static func isRefused(_ scalar: Unicode.Scalar) -> Bool {
    switch scalar.value {
    case 0x09, 0x0A, 0x0D: false
    case 0x00...0x1F, 0x7F...0x9F: true
    default: false
    }
  }

  /// The refused characters in `text`, in order; empty for almost every text, which is
  /// scanned byte by byte (only a byte below 0x20, DEL or the lead byte 0xC2 of U+0080–U+00BF
  /// makes it look at the characters).
  public static func refused(in text: String) -> [Unicode.Scalar] {
    var suspect = false
    for byte in text.utf8 where byte < 0x20 || byte == 0x7F || byte == 0xC2 {
      if byte != 0x09, byte != 0x0A, byte != 0x0D {
        suspect = true
        break
      }
    }
    guard suspect else { return [] }
    return text.unicodeScalars.filter(isRefused)
  }

  /// `text` without its refused characters.
  public static func removed(from text: String) -> String {
    var kept = String.UnicodeScalarView()
    kept.append(contentsOf: text.unicodeScalars.lazy.filter { !isRefused($0) })
    return String(kept)
  }

  /// `scalar` named for a message, with the ways YAML writes it in double quotes:
  /// "a NUL character (U+0000, written \0, \x00 or \u0000)", "an invisible control character
  /// (U+0007, written \a, \x07 or \u0007)".
  public static func named(_ scalar: Unicode.Scalar) -> String {
    let hex = String(scalar.value, radix: 16, uppercase: true)
    let two = String(repeating: "0", count: max(0, 2 - hex.count)) + hex
    let four = String(repeating: "0", count: max(0, 4 - hex.count)) + hex
    let forms = (shortEscape(scalar).map { ["\\" + $0] } ?? []) + ["\\x" + two, "\\u" + four]
    let written = forms.dropLast().joined(separator: ", ") + " or " + forms[forms.count - 1]
    let what = scalar.value == 0 ? "a NUL character" : "an invisible control character"
    return "\(what) (U+\(four), written \(written))"
  }

  /// The letter of YAML's short escape for `scalar` (`0` for NUL, `e` for ESC), if it has one.
  static func shortEscape(_ scalar: Unicode.Scalar) -> String? {
    switch scalar.value {
    case 0x00: "0"
    case 0x07: "a"
    case 0x08: "b"
    case 0x0B: "v"
    case 0x0C: "f"
    case 0x1B: "e"
    case 0x85: "N"
    default: nil
    }
  }
}

extension ValueReader {
  /// Records the error for the refused control characters in `text`, this node's text, and
  /// returns true; false, recording nothing, when it holds none. `consequence` (for a text
  /// handed to the system) follows the first one's name.
  func refusesControlCharacters(
    in text: String, consequence: (Unicode.Scalar) -> String = { _ in "" }
  ) -> Bool {
    let refused = ControlCharacter.refused(in: text)
    guard let first = refused.first else { return false }
    let more = refused.count > 1 ? " and \(refused.count - 1) more" : ""
    let object = refused.count > 1 ? "them" : "it"
    // At the escape that writes the first, where the value is in double quotes.
    let at = context.source.locateEscape(of: first, from: location)
    context.add(
      .error(
        "\(subject) contains \(ControlCharacter.named(first))\(more)\(consequence(first));"
          + " delete \(object)", at: at, code: "value.control"))
    return true
  }

  /// `text`, this node's text, after recording the error for any refused control character
  /// in it, without them: the report still shows what was written, and every format the same.
  func withoutControlCharacters(_ text: String) -> String {
    refusesControlCharacters(in: text) ? ControlCharacter.removed(from: text) : text
  }
}
