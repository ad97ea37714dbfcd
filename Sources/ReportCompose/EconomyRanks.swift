import ReportKernel

/// Each member economy's place in APEC's alphabetical order by name
/// (``EconomyList/apecOrder(_:_:)``), worked out once, so that sorting many values by economy
/// compares numbers instead of folding names at every comparison.
struct EconomyRanks: Sendable {
  /// The member economies.
  let economies: EconomyList
  /// The place of each code; codes whose names order the same share a place.
  private let ranks: [String: Int]

  /// Ranks the economies of `economies`.
  init(_ economies: EconomyList) {
    self.economies = economies
    let keyed = economies.codes.map { code in
      let name = economies.name(code)
      return (key: EconomyList.apecKey(name), name: name, code: code)
    }
    let ordered = keyed.sorted { ($0.key, $0.name) < ($1.key, $1.name) }
    var ranks = [String: Int](minimumCapacity: ordered.count)
    var rank = 0
    for (index, entry) in ordered.enumerated() {
      if index > 0, ordered[index - 1].key != entry.key || ordered[index - 1].name != entry.name {
        rank = index
      }
      ranks[entry.code] = rank
    }
    self.ranks = ranks
  }

  /// The positions of `entries` in APEC order by the name of each one's economy code,
  /// entries of the same name in their given order: the order a stable sort by
  /// ``EconomyList/apecOrder(_:_:)`` of the names gives, which it falls back to when a code is
  /// not a member's.
  func order<Entry>(_ entries: [Entry], by code: (Entry) -> String) -> [Int] {
    var places: [Int] = []
    places.reserveCapacity(entries.count)
    for entry in entries {
      guard let place = ranks[code(entry)] else {
        return entries.indices.sorted {
          EconomyList.apecOrder(
            economies.name(code(entries[$0])), economies.name(code(entries[$1])))
        }
      }
      places.append(place)
    }
    return entries.indices.sorted { places[$0] < places[$1] }
  }
}
