/// The keys of one mapping seen so far, to find a key written twice.
///
/// Every key of a file is checked, and a table of many economies has thousands, so ASCII keys
/// (nearly all) are kept in a small open-addressing table hashed from their bytes, where two
/// keys are the same when their bytes are. The first key that is not ASCII moves them all into
/// a `Dictionary`, whose `String` equality then decides alone, as it always has: there a key
/// and its canonical equivalent (`K` and the Kelvin sign) are one key.
struct DuplicateKeys {
  /// Each ASCII key with its hash and where it is first written, in the order seen.
  private var keys: [(name: String, hash: UInt64, mark: Mark)] = []
  /// Open addressing over ``keys``: 0 is an empty slot, `n` is `keys[n - 1]`. A power of two
  /// long, at most half full.
  private var slots: [Int32] = []
  /// Every key, once one is not ASCII.
  private var general: [String: Mark]?

  /// Records `name`, written at `mark`; the mark where it was first written when it was seen
  /// before (and then it is not recorded again).
  mutating func insert(_ name: String, at mark: Mark) -> Mark? {
    if general == nil, let hash = Self.asciiHash(name) {
      return insert(name, hash: hash, at: mark)
    }
    // Taken out while it changes, so it is changed in place and not copied.
    var all: [String: Mark]
    if let existing = general {
      all = existing
      general = nil
    } else {
      all = Dictionary(keys.map { ($0.name, $0.mark) }, uniquingKeysWith: { first, _ in first })
      keys = []
      slots = []
    }
    defer { general = all }
    if let first = all[name] { return first }
    all[name] = mark
    return nil
  }

  private mutating func insert(_ name: String, hash: UInt64, at mark: Mark) -> Mark? {
    if (keys.count + 1) * 2 > slots.count { grow() }
    let mask = slots.count - 1
    var slot = Int(truncatingIfNeeded: hash) & mask
    while slots[slot] != 0 {
      let known = keys[Int(slots[slot]) - 1]
      if known.hash == hash, known.name == name { return known.mark }
      slot = (slot + 1) & mask
    }
    keys.append((name, hash, mark))
    slots[slot] = Int32(keys.count)
    return nil
  }

  /// Doubles the table (eight slots to start) and places every key again.
  private mutating func grow() {
    slots = Array(repeating: 0, count: max(8, slots.count * 2))
    let mask = slots.count - 1
    for (index, key) in keys.enumerated() {
      var slot = Int(truncatingIfNeeded: key.hash) & mask
      while slots[slot] != 0 { slot = (slot + 1) & mask }
      slots[slot] = Int32(index + 1)
    }
  }

  /// FNV-1a over the bytes of an ASCII `name`; nil when a byte is not ASCII.
  static func asciiHash(_ name: String) -> UInt64? {
    // A short key's bytes are read from a copy on the stack, at half the cost of walking its
    // UTF-8 view.
    name.utf8.withContiguousStorageIfAvailable { asciiHash(bytes: $0) }
      ?? asciiHash(bytes: name.utf8)
  }

  private static func asciiHash(bytes: some Sequence<UInt8>) -> UInt64? {
    var hash: UInt64 = 0xcbf2_9ce4_8422_2325
    for byte in bytes {
      guard byte < 0x80 else { return nil }
      hash = (hash ^ UInt64(byte)) &* 0x100_0000_01b3
    }
    return hash
  }
}
