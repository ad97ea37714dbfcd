extension String {
  /// The text with every `quote` doubled, as CSV fields, Excel formula strings and quoted
  /// sheet names escape their quote mark: `Aus"tralia` → `Aus""tralia`.
  ///
  /// Works on Unicode scalars, not characters, so a quote followed by a combining mark (one
  /// character, `"\u{301}`) is doubled too; a reader of those formats sees scalars.
  public func doublingEach(_ quote: Unicode.Scalar) -> String {
    var doubled = String.UnicodeScalarView()
    for scalar in unicodeScalars {
      if scalar == quote { doubled.append(quote) }
      doubled.append(scalar)
    }
    return String(doubled)
  }
}
