extension Wording {
  /// `text` with every sentence that starts with a numeral made to start with the number in
  /// words, as APEC style asks ("8 international organisations took part." → "Eight
  /// international organisations took part."). A sentence starts at the start of `text` or
  /// after ". ", "! " or "? ". A year ("2026 …"), a numeral with a decimal part or a percent
  /// sign, or one above 999,999 is left alone.
  ///
  /// The text is copied in stretches between the sentence starts found on its bytes: an ASCII
  /// digit at the start or after ". ", "! " or "? ". Such a digit and space are characters of
  /// their own (nothing joins a space before a digit), and the sentence end is one when the
  /// text before the space ends in it as a character (a prepended mark may join it); no other
  /// character equals a digit, a space, ".", "!" or "?".
  public static func numbersSpelledAtSentenceStart(_ text: String) -> String {
    guard mayStartWithNumeral(text) else { return text }
    let starts = text.utf8.withContiguousStorageIfAvailable { bytes in
      bytes.indices.filter { index in
        (0x30...0x39).contains(bytes[index])
          && (index == 0
            || index >= 2 && bytes[index - 1] == 0x20
              && [0x2E, 0x21, 0x3F].contains(bytes[index - 2]))
      }
    }
    guard let starts else { return numbersSpelledByCharacters(text) }
    let utf8 = text.utf8
    var out = ""
    var copied = text.startIndex
    for start in starts {
      let index = utf8.index(utf8.startIndex, offsetBy: start)
      if start > 0 {
        let space = utf8.index(before: index)
        guard let end = text[..<space].last, ".!?".contains(end) else { continue }
      }
      guard let (words, length) = spelledNumeral(at: text[index...]) else { continue }
      out += text[copied..<index]
      out += words
      copied = utf8.index(index, offsetBy: length)
    }
    out += text[copied...]
    return out
  }

  /// ``numbersSpelledAtSentenceStart(_:)`` walking `text` character by character: the
  /// reference, and the way for text that is not ASCII.
  static func numbersSpelledByCharacters(_ text: String) -> String {
    var out = ""
    var rest = Substring(text)
    var atStart = true
    while let first = rest.first {
      if atStart, let (words, length) = spelledNumeral(at: rest) {
        out += words
        rest = rest.dropFirst(length)
        atStart = false
        continue
      }
      out.append(first)
      rest = rest.dropFirst()
      if ".!?".contains(first), rest.first == " " {
        out.append(" ")
        rest = rest.dropFirst()
        atStart = true
      } else {
        atStart = false
      }
    }
    return out
  }

  /// The numeral `rest` starts with in words, capitalised, and its length in characters (all
  /// ASCII, so in bytes too); nil when `rest` does not start with a numeral to spell.
  private static func spelledNumeral(at rest: Substring) -> (String, Int)? {
    guard let first = rest.first, first.isASCII, first.isNumber else { return nil }
    let numeral = rest.prefix { ($0.isASCII && $0.isNumber) || $0 == "," }
    let trimmed = numeral.hasSuffix(",") ? numeral.dropLast() : numeral
    let after = rest.dropFirst(trimmed.count).first
    let digits = trimmed.filter { $0 != "," }
    let isYear =
      digits.count == 4 && digits == trimmed && (1900..<2100).contains(Int(digits) ?? 0)
    guard after != ".", after != "%", !isYear, let value = Int(digits), let words = words(value)
    else { return nil }
    return (words.capitalisedFirst, trimmed.count)
  }

  /// False when no sentence of `text` can start with a digit: it does not start with one, and
  /// no ". ", "! " or "? " is followed by one. One pass over the bytes, for the many texts
  /// ``numbersSpelledAtSentenceStart(_:)`` then leaves as they are.
  static func mayStartWithNumeral(_ text: String) -> Bool {
    text.utf8.withContiguousStorageIfAvailable { bytes in
      func isDigit(_ index: Int) -> Bool {
        index < bytes.count && (0x30...0x39).contains(bytes[index])
      }
      if isDigit(0) { return true }
      for index in bytes.indices where bytes[index] == 0x20 && index > 0 {
        let before = bytes[index - 1]
        if before == 0x2E || before == 0x21 || before == 0x3F, isDigit(index + 1) { return true }
      }
      return false
    } ?? true
  }
}
