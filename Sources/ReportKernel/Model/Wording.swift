/// Number agreement in generated text, in one place for the kernel, the forum modules and the
/// report: "1 economy" / "6 economies", "is" / "are". Every generated count takes its number
/// from here.
public enum Wording {
  /// The word that agrees in number with `count`: `one` for 1, else `many`.
  public static func agree(_ count: Int, _ one: String, _ many: String) -> String {
    count == 1 ? one : many
  }

  /// "1 economy", "6 economies".
  public static func count(_ count: Int, _ one: String, _ many: String) -> String {
    "\(count) \(agree(count, one, many))"
  }
}

/// The one rule for changing the case of text that goes inside a generated sentence: only its
/// first letter may change, and never when the text starts with an acronym or a name. A title
/// ("Trade Recovery Programme exercises", "CTAPs current …") keeps every capital it was
/// written with; a sentence-case title ("Port facilities under the ISPS Code") reads in
/// running text as "port facilities under the ISPS Code".
extension String {
  /// The text with its first letter upper-cased, for the start of a generated sentence.
  public var capitalisedFirst: String { prefix(1).uppercased() + dropFirst() }

  /// The text with its first letter lower-cased for use inside a sentence, unless its first
  /// word is an acronym ("APEC …", "CTAPs …") or starts a name, that is, the next word is
  /// capitalised too ("Trade Recovery Programme …", "Food Defense reach").
  public var lowercasedFirst: String {
    guard let first = first, first.isUppercase else { return self }
    let words = split(separator: " ", maxSplits: 2, omittingEmptySubsequences: true)
    guard let word = words.first else { return self }
    if word.dropFirst().contains(where: \.isUppercase) { return self }
    if words.count > 1, words[1].first?.isUppercase == true { return self }
    return first.lowercased() + dropFirst()
  }
}

extension Wording {
  /// `value` in words ("twenty-one", "one hundred and five"), for 0 to 999,999; else nil.
  public static func words(_ value: Int) -> String? {
    guard value >= 0, value < 1_000_000 else { return nil }
    let small = [
      "zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten",
      "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen",
      "nineteen",
    ]
    let tens = [
      "", "", "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety",
    ]
    func below100(_ n: Int) -> String {
      n < 20 ? small[n] : tens[n / 10] + (n % 10 == 0 ? "" : "-" + small[n % 10])
    }
    func below1000(_ n: Int) -> String {
      guard n >= 100 else { return below100(n) }
      return small[n / 100] + " hundred" + (n % 100 == 0 ? "" : " and " + below100(n % 100))
    }
    guard value >= 1000 else { return below1000(value) }
    let rest = value % 1000
    let joiner = rest == 0 ? "" : rest < 100 ? " and " : " "
    return below1000(value / 1000) + " thousand" + (rest == 0 ? "" : joiner + below1000(rest))
  }
}
