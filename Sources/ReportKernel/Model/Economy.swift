import Foundation

/// An APEC member economy.
public struct Economy: Sendable, Hashable, Codable {
  /// The 3-letter code used in submissions (`VNM`).
  public let code: String
  /// The APEC name shown in reports ("Viet Nam", "Hong Kong, China").
  public let name: String
  /// The year the economy joined APEC, if known.
  public let joined: Int?
}

/// The member economies (`config/economies.yaml`), in code order.
public struct EconomyList: Sendable, Hashable {
  /// All economies, sorted by code.
  public let all: [Economy]
  private let byCode: [String: Economy]

  /// Creates the list.
  public init(_ economies: [Economy]) {
    all = economies.sorted { $0.code < $1.code }
    byCode = Dictionary(economies.map { ($0.code, $0) }, uniquingKeysWith: { first, _ in first })
  }

  /// The economy with `code`.
  public func economy(_ code: String) -> Economy? { byCode[code] }

  /// The display name for `code`, or the code itself when unknown.
  public func name(_ code: String) -> String { byCode[code]?.name ?? code }

  /// All codes, sorted.
  public var codes: [String] { all.map(\.code) }

  /// How many member economies there are.
  public var count: Int { all.count }
}

extension EconomyList {
  /// The display names of `codes` in APEC's alphabetical order by name (unknown codes by
  /// themselves, after the names).
  public func names(_ codes: [String]) -> [String] {
    let known = codes.filter { economy($0) != nil }.map(name)
    let unknown = codes.filter { economy($0) == nil }
    return known.sorted(by: Self.apecOrder) + unknown.sorted()
  }

  /// `codes` as a sentence list of names in APEC order: "Indonesia", "Indonesia and
  /// Malaysia", "Chinese Taipei, Indonesia and Malaysia".
  public func nameList(_ codes: [String]) -> String {
    Self.sentenceList(names(codes))
  }

  /// `items` joined as in a sentence: "a", "a and b", "a, b and c".
  public static func sentenceList(_ items: [String]) -> String {
    guard let last = items.last else { return "" }
    guard items.count > 1 else { return last }
    return items.dropLast().joined(separator: ", ") + " and " + last
  }

  /// APEC's alphabetical order of names: letters compared without case or accents, a leading
  /// "The " ignored ("The Philippines" among the P's).
  public static func apecOrder(_ first: String, _ second: String) -> Bool {
    let key = { (name: String) -> String in
      let trimmed = name.hasPrefix("The ") ? String(name.dropFirst(4)) : name
      return trimmed.folding(options: [.caseInsensitive, .diacriticInsensitive], locale: nil)
    }
    let (a, b) = (key(first), key(second))
    return a == b ? first < second : a < b
  }
}
