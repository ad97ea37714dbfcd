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
