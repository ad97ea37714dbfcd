import FoundationEssentials

/// An APEC member economy.
public struct Economy: Sendable, Hashable, Codable {
  /// The 3-letter code used in submissions (`VNM`).
  public let code: String
  /// The APEC name shown in reports ("Viet Nam", "Hong Kong, China").
  public let name: String
  /// The year the economy joined APEC, if known.
  public let joined: Int?
  /// A short display name for tight columns (`short:` in `config/economies.yaml`, such as
  /// "Hong Kong, China" → "HKC"); never the ISO code.
  public var short: String?
  /// Other ways it is written (`VN`, `Vietnam`), from `aliases:` in `config/economies.yaml`.
  public var aliases: [String] = []
}

/// The member economies (`config/economies.yaml`), in APEC's order: the order of that file,
/// which lists them as APEC lists its members (alphabetical by APEC name, with Chinese Taipei
/// between Singapore and Thailand). Every list and table a person reads shows them in it.
public struct EconomyList: Sendable, Hashable {
  /// All economies, in APEC's order (the order given).
  public let all: [Economy]
  /// The position of each code in ``all`` (the first, for a code listed twice), its APEC rank.
  private let rankTable: CodeTable

  /// Creates the list; `economies` in APEC's order.
  public init(_ economies: [Economy]) {
    all = economies
    rankTable = CodeTable(economies.lazy.map(\.code))
  }

  public static func == (lhs: EconomyList, rhs: EconomyList) -> Bool { lhs.all == rhs.all }

  public func hash(into hasher: inout Hasher) { hasher.combine(all) }

  /// The position in APEC's order of the economy with `code`: asked of every submitted value,
  /// so it is found without hashing the code as a `String` (``CodeTable``).
  public func rank(_ code: String) -> Int? {
    rankTable.position(of: code, in: all.lazy.map(\.code))
  }

  /// The economy with `code`.
  public func economy(_ code: String) -> Economy? { rank(code).map { all[$0] } }

  /// Whether `code` is a member's code.
  public func isMember(_ code: String) -> Bool { rank(code) != nil }

  /// The display name for `code`, or the code itself when unknown.
  public func name(_ code: String) -> String { rank(code).map { all[$0].name } ?? code }

  /// The short display name for `code` where space is tight: its `short:`, else its name.
  public func shortName(_ code: String) -> String {
    rank(code).map { all[$0].short ?? all[$0].name } ?? code
  }

  /// All codes, in APEC's order.
  public var codes: [String] { all.map(\.code) }

  /// The economy `written` stands for: its code, APEC name or an alias, in any case.
  public func resolve(_ written: String) -> Economy? {
    if let economy = economy(written) { return economy }
    let key = Self.folded(written)
    return all.first { economy in
      ([economy.code, economy.name] + economy.aliases).contains { Self.folded($0) == key }
    }
  }

  /// What to write instead of `written`, which is no member's code, after "unknown economy
  /// code 'X'": the code of the economy it names, or of the one member it is one typo away
  /// from. A suggestion never names another economy than the one meant: codes of non-members
  /// that are one typo from a member's (AUT, Austria, is one from AUS) get none.
  public func advice(for written: String) -> String {
    if let economy = resolve(written) {
      return "; write its code '\(economy.code)' (\(economy.name))"
    }
    let upper = written.uppercased()
    guard upper.count == 3, upper.allSatisfy({ $0.isASCII && $0.isLetter }) else {
      return nearestName(to: written).map { "; write its code '\($0.code)' (\($0.name))" }
        ?? listing
    }
    guard !Self.nonMemberNeighbours.contains(upper) else { return listing }
    let near = all.filter { Suggestion.editDistance(Array(upper), Array($0.code)) == 1 }
    guard near.count == 1, let economy = near.first else { return listing }
    return " (did you mean '\(economy.code)' for \(economy.name)?)"
  }

  /// The one economy whose APEC name or an alias `written` is a likely misspelling of
  /// ("Phillipines" for The Philippines), or nil when none or several are as close.
  func nearestName(to written: String) -> Economy? {
    let key = Self.folded(written)
    var spellings: [String: Economy] = [:]
    for economy in all {
      for name in [economy.name] + economy.aliases where name.count > 3 {
        spellings[Self.folded(name)] = spellings[Self.folded(name)] ?? economy
      }
    }
    return Suggestion.closest(to: key, in: spellings.keys.sorted()).flatMap { spellings[$0] }
  }

  /// The codes with their names, for a lead who has no copy of `config/economies.yaml`.
  var listing: String {
    "; write one of the codes: " + all.map { "\($0.code) (\($0.name))" }.joined(separator: ", ")
  }

  /// ISO 3166-1 alpha-3 codes of countries outside APEC that are one typo (a letter changed or
  /// two swapped) from a member's code: never corrected to the member's.
  static let nonMemberNeighbours: Set<String> = [
    "AUT", "BEN", "BRA", "BRB", "BTN", "CAF", "CHE", "COL", "GHA", "IMN", "IND", "IRN", "JOR",
    "KIR", "MHL", "MNG", "MUS", "MYT", "NCL", "NER", "NOR", "NPL", "PAN", "POL", "SDN", "SGS",
    "SHN", "STP", "TCA", "TON", "TUN", "TZA", "UGA",
  ]

  private static func folded(_ text: String) -> String {
    var lowered = text.trimmingSpaces.lowercased()
    if lowered.hasPrefix("the ") { lowered.removeFirst(4) }
    return lowered
  }

  /// How many member economies there are.
  public var count: Int { all.count }
}

extension EconomyList {
  /// The display names of `codes` in APEC's order (unknown codes by
  /// themselves, after the names).
  public func names(_ codes: [String]) -> [String] {
    ordered(codes).map(name)
  }

  /// `codes` in APEC's order, unknown codes last (by code).
  public func ordered(_ codes: [String]) -> [String] {
    codes.sorted(by: precedes)
  }

  /// Whether the economy `first` comes before `second` in APEC's order; unknown codes come
  /// after every member, among themselves by code.
  public func precedes(_ first: String, _ second: String) -> Bool {
    switch (rank(first), rank(second)) {
    case (let a?, let b?): a < b
    case (.some, nil): true
    case (nil, .some): false
    case (nil, nil): first < second
    }
  }

  /// The members' codes among `codes`, each once (as first written) and in that order,
  /// leaving out `excluded`: an economy's partners, without itself or a code given twice.
  public func members(among codes: [String], excluding excluded: String) -> [String] {
    // A short list is searched as it is; a long one through a set.
    let distinct = codes.count > 16 ? EconomyCodeSet(codes).codes : codes
    var found: [String] = []
    for code in distinct where code != excluded && isMember(code) {
      if codes.count > 16 || !found.contains(code) { found.append(code) }
    }
    return found
  }

  /// `codes` as a sentence list of names in APEC order: "Indonesia", "Indonesia and
  /// Malaysia", "Indonesia, Malaysia and Chinese Taipei".
  public func nameList(_ codes: [String]) -> String {
    Self.sentenceList(names(codes))
  }

  /// `items` joined as in a sentence: "a", "a and b", "a, b and c".
  public static func sentenceList(_ items: [String]) -> String {
    guard let last = items.last else { return "" }
    guard items.count > 1 else { return last }
    return items.dropLast().joined(separator: ", ") + " and " + last
  }
}
