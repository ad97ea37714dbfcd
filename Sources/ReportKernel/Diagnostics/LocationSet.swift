/// A set of places (those a derived figure is computed from, those a finding points at),
/// answering as a `Set<SourceLocation>` would, with a cheaper hash (``SourceLocation/quickHash``):
/// every per-economy value of a submission is looked for in it.
struct LocationSet: Sendable {
  /// The places, each once.
  private var places: [SourceLocation] = []
  /// Each slot is a position in ``places`` plus one, or 0 when empty; a power of two, at least
  /// twice the places.
  private var slots: [Int32]

  /// The set of `locations`.
  init(_ locations: some Sequence<SourceLocation>) {
    let all = Array(locations)
    var capacity = 16
    while capacity < all.count * 2 { capacity *= 2 }
    slots = [Int32](repeating: 0, count: capacity)
    places.reserveCapacity(all.count)
    let mask = capacity - 1
    for location in all {
      var slot = location.quickHash & mask
      while slots[slot] != 0, places[Int(slots[slot]) - 1] != location {
        slot = (slot + 1) & mask
      }
      if slots[slot] == 0 {
        places.append(location)
        slots[slot] = Int32(places.count)
      }
    }
  }

  /// True when there are none.
  var isEmpty: Bool { places.isEmpty }

  /// Whether `location` is in the set.
  func contains(_ location: SourceLocation) -> Bool {
    let mask = slots.count - 1
    var slot = location.quickHash & mask
    while slots[slot] != 0 {
      if places[Int(slots[slot]) - 1] == location { return true }
      slot = (slot + 1) & mask
    }
    return false
  }
}
