/// A name as a person types it (a format, a forum, a period on the command line): what is
/// ignored around it, and how a message shows one that names nothing.
///
/// Blanks and invisible characters at either end are ignored: every Unicode space and line
/// break (the tab, U+0085 NEL, the no-break and ideographic spaces, U+2028…) and every
/// character that is invisible by definition (Unicode's default-ignorable characters: the
/// zero-width space and joiners, the byte-order mark, the soft hyphen). Whatever is left is
/// the name compared. A name that matches nothing is shown with each character that would not
/// show as itself written as an escape, `'\u{200B}txt'`, so the text shown as wrong never looks
/// like the name suggested in its place.
public enum TypedName {
  /// `text` without blanks and invisible characters at either end.
  public static func trimmed(_ text: some StringProtocol) -> String {
    let scalars = String(text).unicodeScalars
    guard let start = scalars.firstIndex(where: { !isIgnoredAtEnds($0) }),
      let end = scalars.lastIndex(where: { !isIgnoredAtEnds($0) })
    else { return "" }
    return String(scalars[start...end])
  }

  /// `text` with every character that would not show as itself between quotes written as
  /// `\u{…}` (hexadecimal, as ``Diagnostic/printable(_:)`` writes control characters): control
  /// and format characters, line breaks, spaces other than U+0020, default-ignorable,
  /// unassigned and private-use characters, and a combining mark with nothing visible before
  /// it to combine with.
  public static func shown(_ text: String) -> String {
    var result = String.UnicodeScalarView()
    var afterVisible = false
    for scalar in text.unicodeScalars {
      if isInvisible(scalar) || !afterVisible && isMark(scalar) {
        result.append(contentsOf: Diagnostic.escaped(scalar).unicodeScalars)
        afterVisible = false
      } else {
        result.append(scalar)
        afterVisible = true
      }
    }
    return String(result)
  }

  private static func isIgnoredAtEnds(_ scalar: Unicode.Scalar) -> Bool {
    scalar.properties.isWhitespace || scalar.properties.isDefaultIgnorableCodePoint
  }

  private static func isInvisible(_ scalar: Unicode.Scalar) -> Bool {
    if scalar.value == 0x20 { return false }
    if isIgnoredAtEnds(scalar) { return true }
    switch scalar.properties.generalCategory {
    case .control, .format, .lineSeparator, .paragraphSeparator, .spaceSeparator, .unassigned,
      .privateUse, .surrogate:
      return true
    default:
      return false
    }
  }

  private static func isMark(_ scalar: Unicode.Scalar) -> Bool {
    switch scalar.properties.generalCategory {
    case .nonspacingMark, .spacingMark, .enclosingMark: true
    default: false
    }
  }
}
