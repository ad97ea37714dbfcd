/// When a conditional format applies to a cell.
///
/// Text rules compare literally and ignore case: the text is quoted for Excel's formula
/// language and `*`, `?`, `~` are escaped so they are not wildcards.
public enum ConditionalRule: Sendable, Hashable {
  /// The cell's text contains the given text (case-insensitive).
  case textContains(String)
  /// The cell's value equals the given text (Excel's `=` on text, case-insensitive).
  case textEquals(String)
  /// The cell's value equals the number.
  case equalTo(Double)
  /// The cell's value differs from the number.
  case notEqualTo(Double)
  /// The cell's value is greater than the number.
  case greaterThan(Double)
  /// The cell's value is greater than or equal to the number.
  case greaterThanOrEqualTo(Double)
  /// The cell's value is less than the number.
  case lessThan(Double)
  /// The cell's value is less than or equal to the number.
  case lessThanOrEqualTo(Double)
  /// The cell's value lies in the closed interval (bounds in either order).
  case between(Double, Double)
  /// The cell's value lies outside the closed interval.
  case notBetween(Double, Double)
}

extension ConditionalRule {
  /// `text` as an Excel formula string literal: quotes doubled, wrapped in quotes.
  static func formulaString(_ text: String) -> String {
    "\"" + text.doublingEach("\"") + "\""
  }

  /// `text` with Excel's wildcard characters escaped for SEARCH/MATCH.
  static func literalPattern(_ text: String) -> String {
    var result = ""
    for character in text {
      if character == "~" || character == "*" || character == "?" { result.append("~") }
      result.append(character)
    }
    return result
  }

  /// The numbers the rule compares against (for finiteness checks).
  var numbers: [Double] {
    switch self {
    case .textContains, .textEquals: []
    case .equalTo(let value), .notEqualTo(let value), .greaterThan(let value),
      .greaterThanOrEqualTo(let value), .lessThan(let value), .lessThanOrEqualTo(let value):
      [value]
    case .between(let low, let high), .notBetween(let low, let high): [low, high]
    }
  }
}
