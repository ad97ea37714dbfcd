/// The positions of codes (economy codes) in a list, by code: an open-addressing table of
/// positions only, the codes being read from the list itself.
///
/// Codes are looked up for every submitted value, several times over (member or not, reported
/// in both periods or not), so ASCII codes (every economy code) are hashed from their bytes
/// rather than by `String` hashing, which costs several times more. Two ASCII codes are the
/// same when their bytes are. Text that is not ASCII can still equal an ASCII code under
/// `String` equality (the Kelvin sign and `K`), so such text is looked for by comparing it with
/// every code, and a list holding such a code is hashed by `String` hashing throughout: the
/// table answers exactly as a `Dictionary` of the first position of each code would.
struct CodeTable: Sendable {
  /// Each slot is a position in the list, or -1 when empty; a code's slots start at its hash
  /// and run on to the next empty one. A power of two, at least twice the codes.
  private let slots: [Int32]
  /// True when every code of the list is ASCII and codes are hashed from their bytes.
  let byBytes: Bool
  /// How many different codes the list holds.
  let distinct: Int

  /// The table of `codes`; a code given twice is found at its first position.
  init<Codes: RandomAccessCollection<String>>(_ codes: Codes) where Codes.Index == Int {
    let (hashes, byBytes) = Self.hashes(of: codes)
    self.init(codes, hashes: hashes, byBytes: byBytes)
  }

  /// The hashes of `codes` for a table of them: from their bytes when every code is ASCII
  /// (`byBytes`), else by `String` hashing.
  static func hashes(of codes: some Collection<String>) -> (hashes: [Int], byBytes: Bool) {
    var hashes: [Int] = []
    hashes.reserveCapacity(codes.count)
    for code in codes {
      guard let hash = asciiHash(code) else { return (codes.map(\.hashValue), false) }
      hashes.append(hash)
    }
    return (hashes, true)
  }

  /// The table of `codes` whose hashes, by ``hash(_:byBytes:)``, are `hashes`.
  init<Codes: RandomAccessCollection<String>>(
    _ codes: Codes, hashes: [Int], byBytes: Bool
  ) where Codes.Index == Int {
    var capacity = 16
    while capacity < codes.count * 2 { capacity *= 2 }
    var slots = [Int32](repeating: -1, count: capacity)
    let mask = capacity - 1
    var distinct = 0
    for position in codes.indices {
      var slot = hashes[position] & mask
      while slots[slot] >= 0, codes[Int(slots[slot])] != codes[position] {
        slot = (slot + 1) & mask
      }
      if slots[slot] < 0 {
        slots[slot] = Int32(position)
        distinct += 1
      }
    }
    self.slots = slots
    self.byBytes = byBytes
    self.distinct = distinct
  }

  /// The hash of `code` in a table hashed from bytes or not; nil for text that is not ASCII in
  /// a table hashed from bytes.
  static func hash(_ code: String, byBytes: Bool) -> Int? {
    byBytes ? asciiHash(code) : code.hashValue
  }

  /// The first position of `code` in `codes` (the list the table was made of), or nil.
  func position<Codes: RandomAccessCollection<String>>(
    of code: String, in codes: Codes
  ) -> Int? where Codes.Index == Int {
    position(of: code, hash: Self.hash(code, byBytes: byBytes), in: codes)
  }

  /// The first position of `code`, whose ``hash(_:byBytes:)`` in this table is `hash`, in
  /// `codes` (the list the table was made of), or nil.
  func position<Codes: RandomAccessCollection<String>>(
    of code: String, hash: Int?, in codes: Codes
  ) -> Int? where Codes.Index == Int {
    // Text that is not ASCII, in a table of ASCII codes: compared with each.
    guard let hash else { return codes.firstIndex(of: code) }
    let mask = slots.count - 1
    var slot = hash & mask
    while slots[slot] >= 0 {
      let position = Int(slots[slot])
      if codes[position] == code { return position }
      slot = (slot + 1) & mask
    }
    return nil
  }

  /// FNV-1a over the bytes of an ASCII `code`, its bits mixed so that the low ones (the slot)
  /// depend on every byte; nil when a byte is not ASCII.
  static func asciiHash(_ code: String) -> Int? {
    code.withUTF8Bytes(asciiHash(bytes:))
  }

  private static func asciiHash(bytes: UnsafeBufferPointer<UInt8>) -> Int? {
    var hash: UInt64 = 0xcbf2_9ce4_8422_2325
    var any: UInt8 = 0
    for byte in bytes {
      any |= byte
      hash = (hash ^ UInt64(byte)) &* 0x100_0000_01b3
    }
    guard any < 0x80 else { return nil }
    hash ^= hash >> 29
    hash &*= 0xbf58_476d_1ce4_e5b9
    hash ^= hash >> 32
    return Int(truncatingIfNeeded: hash)
  }
}

/// A set of economy codes (those reported for an indicator, those counted), answering as a
/// `Set<String>` would, its codes found through a ``CodeTable``: such sets are made for every
/// per-economy indicator of both periods, thousands of codes each.
struct EconomyCodeSet: Sendable {
  /// The codes, each once, in the order first given.
  let codes: [String]
  /// Each code's hash in ``table``, made once for every look-up in another set.
  private let hashes: [Int]
  private let table: CodeTable

  /// The set of `codes`.
  init(_ codes: some Sequence<String>) {
    var all = Array(codes)
    let hashed = CodeTable.hashes(of: all)
    var hashes = hashed.hashes
    let byBytes = hashed.byBytes
    var table = CodeTable(all, hashes: hashes, byBytes: byBytes)
    if table.distinct < all.count {
      let first = all.indices.filter {
        table.position(of: all[$0], hash: hashes[$0], in: all) == $0
      }
      all = first.map { all[$0] }
      hashes = first.map { hashes[$0] }
      table = CodeTable(all, hashes: hashes, byBytes: byBytes)
    }
    self.codes = all
    self.hashes = hashes
    self.table = table
  }

  /// How many codes.
  var count: Int { codes.count }

  /// True when there are none.
  var isEmpty: Bool { codes.isEmpty }

  /// Whether `code` is in the set.
  func contains(_ code: String) -> Bool {
    table.position(of: code, in: codes) != nil
  }

  /// Whether this set's code at `index` is in `other`.
  private func code(at index: Int, isIn other: EconomyCodeSet) -> Bool {
    let hash =
      other.table.byBytes == table.byBytes
      ? hashes[index] : CodeTable.hash(codes[index], byBytes: other.table.byBytes)
    return other.table.position(of: codes[index], hash: hash, in: other.codes) != nil
  }

  /// True when both hold the same codes.
  func isSame(as other: EconomyCodeSet) -> Bool {
    count == other.count && codes.indices.allSatisfy { code(at: $0, isIn: other) }
  }

  /// The codes not in `other`, in this set's order.
  func subtracting(_ other: EconomyCodeSet) -> [String] {
    codes.indices.filter { !code(at: $0, isIn: other) }.map { codes[$0] }
  }

  /// The codes also in `other`.
  func intersection(_ other: EconomyCodeSet) -> EconomyCodeSet {
    EconomyCodeSet(codes.indices.filter { code(at: $0, isIn: other) }.map { codes[$0] })
  }
}
