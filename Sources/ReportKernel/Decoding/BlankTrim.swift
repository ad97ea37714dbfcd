extension StringProtocol {
  /// The text without the blanks at either end: the tab, the space, the no-break spaces, the
  /// Ogham space mark, the en to hair spaces and the zero-width space (U+2000–U+200B) and the
  /// medium mathematical and ideographic spaces, the set Foundation calls
  /// `CharacterSet.whitespaces`. Line breaks are kept.
  public var trimmingBlanks: String {
    let scalars = String(self).unicodeScalars
    let blank = { (scalar: Unicode.Scalar) -> Bool in
      switch scalar.value {
      case 0x09, 0x20, 0xA0, 0x1680, 0x2000...0x200B, 0x202F, 0x205F, 0x3000: true
      default: false
      }
    }
    guard let start = scalars.firstIndex(where: { !blank($0) }),
      let end = scalars.lastIndex(where: { !blank($0) })
    else { return "" }
    return String(scalars[start...end])
  }
}
