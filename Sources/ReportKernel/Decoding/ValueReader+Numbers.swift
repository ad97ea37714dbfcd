internal import ReportYAML

/// The numbers ``ValueReader`` reads: finite, within the magnitude a figure can have, whole or
/// not negative where the field says so.
extension ValueReader {
  /// A finite number. Text such as `N/A`, `12,5`, `.nan`, `.inf` or `1e400` is an error that
  /// says what to write instead (``ValueHints/number(_:quoted:field:)``).
  public func number(field: ValueHints.NumberField = .plain) -> Double? {
    guard let scalar = node.scalar, !node.isNull else {
      mismatch("a number")
      return nil
    }
    let text = scalar.value
    guard !isExplicitText, let value = Self.finiteNumber(text) else {
      mismatch(
        "a number",
        hint: taggedText ?? ValueHints.number(text, quoted: isExplicitText, field: field))
      return nil
    }
    return isWithinMagnitude(value, text) ? value : nil
  }

  /// The largest magnitude a number may have: 10^15. Every count and amount the strategy
  /// tracks is far below it, and every number below it is exact in a `Double` and fits an
  /// `Int`, so no later step can overflow converting it.
  public static let maxMagnitude = 1e15

  /// True when `value` (written `text`) is within ``maxMagnitude``; records an error if not.
  public func isWithinMagnitude(_ value: Double, _ text: String) -> Bool {
    guard abs(value) > Self.maxMagnitude else { return true }
    fail(
      "\(subject) is too large: '\(text)'; numbers up to 10^15 are accepted"
        + " (ValueReader.maxMagnitude)", code: "value.range")
    return false
  }

  /// Parses decimal text into a finite number; nil for `.nan`, `.inf`, overflow and words.
  static func finiteNumber(_ text: String) -> Double? {
    if let whole = plainWholeNumber(text) { return whole }
    // Only ASCII text parses as a Double, so the first byte decides whether to try.
    guard let first = text.utf8.first,
      (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(first) || first == UInt8(ascii: "+")
        || first == UInt8(ascii: "-") || first == UInt8(ascii: ".")
    else { return nil }
    guard !mentionsInfinityOrNaN(text) else { return nil }
    guard let value = Double(text), value.isFinite else { return nil }
    return value
  }

  /// The number written as 1 to 15 decimal digits and nothing else (most counts), read as a
  /// whole number: every such number is below 2^53, so it is exactly the `Double` that
  /// `Double(text)` reads; nil for any other text, which is read by `Double(text)`.
  static func plainWholeNumber(_ text: String) -> Double? {
    text.withUTF8Bytes { bytes in
      guard !bytes.isEmpty, bytes.count <= 15 else { return nil }
      var whole = 0
      for byte in bytes {
        guard byte >= UInt8(ascii: "0"), byte <= UInt8(ascii: "9") else { return nil }
        whole = whole * 10 + Int(byte - UInt8(ascii: "0"))
      }
      return Double(whole)
    }
  }

  /// Whether `text`, ignoring case, contains `inf` or `nan`. ASCII text (every number) is
  /// scanned byte by byte; other text is lower-cased and searched as before.
  static func mentionsInfinityOrNaN(_ text: String) -> Bool {
    guard text.utf8.allSatisfy({ $0 < 0x80 }) else {
      return text.lowercased().contains("inf") || text.lowercased().contains("nan")
    }
    var previous: (UInt8, UInt8) = (0, 0)
    for byte in text.utf8 {
      let lower = byte | 0x20  // ASCII letters to lower case; "inf" and "nan" are letters
      if previous == (UInt8(ascii: "i"), UInt8(ascii: "n")) && lower == UInt8(ascii: "f")
        || previous == (UInt8(ascii: "n"), UInt8(ascii: "a")) && lower == UInt8(ascii: "n")
      {
        return true
      }
      previous = (previous.1, lower)
    }
    return false
  }

  /// A whole number.
  public func integer() -> Int? {
    guard let value = number() else { return nil }
    guard value == value.rounded(), abs(value) < 9e15 else {
      fail(
        "\(subject) must be a whole number, found '\(node.scalar?.value ?? "")'",
        code: "schema.type")
      return nil
    }
    return Int(value)
  }

  /// A number that must not be negative.
  public func nonNegativeNumber() -> Double? {
    guard let value = number() else { return nil }
    guard value >= 0 else {
      fail(
        "\(subject) must not be negative, found \(node.scalar?.value ?? "")",
        code: "value.negative")
      return nil
    }
    return value
  }
}
