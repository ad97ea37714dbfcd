/// Plain-words advice for values written the way people write them on paper or in Word: the
/// likely cause and what to write instead. Each function returns the text that follows
/// "found 'X'" in a message (starting with a space or "; "), or "" when there is nothing
/// better to say.
public enum ValueHints {
  /// Where a number is asked for: an indicator value (which may be a lower bound) or any other
  /// number (an amount, a threshold).
  public enum NumberField: Sendable {
    /// An indicator value: "more than 405,000" is `lower_bound: true`.
    case indicator
    /// Any other number.
    case plain
  }

  /// Words people write for "no figure".
  static let noFigure: Set<String> = [
    "n/a", "na", "n.a.", "n.a", "none", "nil", "unknown", "tbd", "tba", "tbc", "-", "--", "—",
    "–", "?", "not available", "not applicable", "no data", "pending",
  ]

  /// Words that make a figure a lower bound.
  static let lowerBoundWords = [
    "more than ", "over ", "at least ", "above ", "greater than ", "in excess of ", "> ", ">= ",
    ">", "≥",
  ]

  /// Advice for `text` where a number was asked for; `quoted` when it was written in quotes.
  public static func number(_ text: String, quoted: Bool, field: NumberField = .plain) -> String {
    let trimmed = text.trimmingSpaces
    let lower = trimmed.lowercased()
    if quoted, plainNumber(trimmed) != nil {
      return " in quotes, which makes it text; remove the quotes"
    }
    if noFigure.contains(lower) {
      return field == .indicator
        ? "; if there is no figure yet, leave the value blank while drafting, or delete the"
          + " indicator's entry (it then shows as 'no data')"
        : "; if there is no figure, leave this key out"
    }
    let figure = { (text: String) in
      plainNumber(text.trimmingSpaces) ?? thousands(text.trimmingSpaces)
    }
    for word in lowerBoundWords where lower.hasPrefix(word) {
      if let number = figure(String(trimmed.dropFirst(word.count))) {
        return field == .indicator
          ? "; write the number alone, 'value: \(number)', and add 'lower_bound: true' to say"
            + " the figure is at least that"
          : "; write the number alone: \(number)"
      }
    }
    if lower.hasSuffix("+"), let number = figure(String(trimmed.dropLast())) {
      return field == .indicator
        ? "; write the number alone, 'value: \(number)', and add 'lower_bound: true'"
        : "; write the number alone: \(number)"
    }
    if trimmed.hasSuffix("%"), let number = figure(String(trimmed.dropLast())) {
      return "; write the number without '%': \(number)"
    }
    for currency in ["us$", "usd", "$"] where lower.hasPrefix(currency) {
      if let number = figure(String(trimmed.dropFirst(currency.count))) {
        return "; write the amount in US dollars as a plain number: \(number)"
      }
    }
    if lower.hasSuffix(" usd"), let number = figure(String(trimmed.dropLast(4))) {
      return "; write the amount in US dollars as a plain number: \(number)"
    }
    if let fixed = thousands(trimmed) {
      return "; write numbers without thousands separators: \(fixed)"
    }
    if let fixed = decimalComma(trimmed) {
      return "; write decimals with a dot: \(fixed)"
    }
    return ""
  }

  /// Advice for `text` where yes or no was asked for.
  public static func yesNo(_ text: String, quoted: Bool) -> String {
    if quoted, YesNo.parse(text) != nil {
      return " in quotes, which makes it text; remove the quotes"
    }
    return ""
  }

  /// Advice for `text` where a date was asked for: the corrected `YYYY-MM-DD` when the text is a
  /// date written another way (without leading zeros, day first, with slashes).
  public static func date(_ text: String) -> String {
    let trimmed = text.trimmingSpaces
    let parts = trimmed.split(omittingEmptySubsequences: false) { "-/.".contains($0) }.map(
      String.init)
    guard parts.count == 3, parts.allSatisfy({ !$0.isEmpty && $0.allSatisfy(\.isASCII) }),
      let numbers = Optional(parts.compactMap { Int($0) }), numbers.count == 3
    else { return "; write dates as YYYY-MM-DD, for example 2026-05-12" }
    if parts[0].count == 4 {
      if let date = CalendarDate(year: numbers[0], month: numbers[1], day: numbers[2]) {
        return "; write \(date) (year-month-day, with two-digit month and day)"
      }
      return "; write dates as YYYY-MM-DD, for example 2026-05-12"
    }
    guard parts[2].count == 4 else {
      return "; write dates as YYYY-MM-DD with a four-digit year, for example 2026-05-12"
    }
    let dayFirst = CalendarDate(year: numbers[2], month: numbers[1], day: numbers[0])
    let monthFirst = CalendarDate(year: numbers[2], month: numbers[0], day: numbers[1])
    switch (dayFirst, monthFirst) {
    case (let day?, let month?) where day != month:
      return "; write the year first: \(day) if \(parts[0]) is the day, \(month) if it is the month"
    case (let date?, _), (nil, let date?):
      return "; write the year first: \(date)"
    case (nil, nil):
      return "; write dates as YYYY-MM-DD, for example 2026-05-12"
    }
  }

  /// `1,250` or `1 250` as `1250`, when the text is a number with thousands separators.
  static func thousands(_ text: String) -> String? {
    for separator in [",", " ", "\u{00A0}", "'"] where text.contains(separator) {
      let groups = text.components(separatedBy: separator)
      guard groups.count > 1, let first = groups.first, (1...3).contains(first.count) else {
        continue
      }
      let last = groups[groups.count - 1]
      let lastWhole = last.split(separator: ".", maxSplits: 1).first.map(String.init) ?? last
      let middle = groups.dropFirst().dropLast() + [lastWhole]
      guard first.allSatisfy(\.isASCIIDigit), middle.allSatisfy({ $0.count == 3 }),
        middle.allSatisfy({ $0.allSatisfy(\.isASCIIDigit) }),
        let number = plainNumber(groups.joined())
      else { continue }
      return number
    }
    return nil
  }

  /// `12,5` as `12.5`.
  static func decimalComma(_ text: String) -> String? {
    let parts = text.split(separator: ",", omittingEmptySubsequences: false)
    guard parts.count == 2 else { return nil }
    return plainNumber("\(parts[0]).\(parts[1])")
  }

  /// `text` itself when it is a plain decimal number (no signs or exponents needed to explain).
  static func plainNumber(_ text: String) -> String? {
    guard !text.isEmpty, text.first != ".", text.last != ".",
      text.allSatisfy({ $0.isASCIIDigit || $0 == "." || $0 == "-" }),
      ValueReader.finiteNumber(text) != nil
    else { return nil }
    return text
  }
}

/// The words read as yes or no, in any case.
public enum YesNo {
  /// True, false, or nil when `text` is no yes/no word.
  public static func parse(_ text: String) -> Bool? {
    if let word = asciiWord(text) { return word }
    switch text.trimmingSpaces.lowercased() {
    case "true", "yes", "y", "on": return true
    case "false", "no", "n", "off": return false
    default: return nil
    }
  }

  /// The answer of a short ASCII word written without spaces (`yes`, `No`), read byte by
  /// byte; nil for anything else, which ``parse(_:)`` then reads as before.
  private static func asciiWord(_ text: String) -> Bool? {
    text.withUTF8Bytes(asciiWord(bytes:))
  }

  private static func asciiWord(bytes: UnsafeBufferPointer<UInt8>) -> Bool? {
    var folded: UInt64 = 0
    var count = 0
    for byte in bytes {
      // Letters only: a space, digit or non-ASCII byte takes the general way.
      let lower = byte | 0x20
      guard count < 5, lower >= UInt8(ascii: "a"), lower <= UInt8(ascii: "z") else {
        return nil
      }
      folded = folded << 8 | UInt64(lower)
      count += 1
    }
    // The words' bytes, first byte highest: 0x796573 is "yes".
    switch folded {
    case 0x7472_7565, 0x79_6573, 0x79, 0x6f6e: return true  // true, yes, y, on
    case 0x66_616c_7365, 0x6e6f, 0x6e, 0x6f_6666: return false  // false, no, n, off
    default: return nil
    }
  }
}

extension String {
  /// Without leading and trailing spaces and tabs.
  var trimmingSpaces: String {
    let scalars = unicodeScalars
    guard let start = scalars.firstIndex(where: { $0 != " " && $0 != "\t" }),
      let end = scalars.lastIndex(where: { $0 != " " && $0 != "\t" })
    else { return "" }
    return String(scalars[start...end])
  }
}

extension Character {
  /// Whether this is one of the ASCII digits 0–9.
  var isASCIIDigit: Bool { isASCII && isNumber }
}
