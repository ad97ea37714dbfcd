/// Sebastiano Vigna's SplitMix64: a small, fast, seedable generator with the same sequence on
/// every platform, so a seed always gives the same workspace (the system generator does not).
struct SplitMix64 {
  private var state: UInt64

  /// Creates a generator from `seed`.
  init(seed: UInt64) {
    state = seed
  }

  /// The next 64 random bits.
  mutating func next() -> UInt64 {
    state &+= 0x9E37_79B9_7F4A_7C15
    return Self.mix(state)
  }

  /// A number in `0..<bound` (`bound` > 0); the tiny modulo bias does not matter here.
  mutating func below(_ bound: Int) -> Int {
    Int(next() % UInt64(max(bound, 1)))
  }

  /// True with probability `percent` / 100.
  mutating func chance(_ percent: Int) -> Bool {
    below(100) < percent
  }

  /// SplitMix64's finaliser: scrambles 64 bits so that nearby inputs give unrelated outputs.
  static func mix(_ value: UInt64) -> UInt64 {
    var z = value
    z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
    z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
    return z ^ (z >> 31)
  }

  /// FNV-1a over the UTF-8 bytes of `text`: a stable hash (Swift's `Hasher` is seeded per
  /// process, so it cannot make a workspace reproducible).
  static func hash(_ text: String) -> UInt64 {
    var hash: UInt64 = 0xCBF2_9CE4_8422_2325
    for byte in text.utf8 {
      hash = (hash ^ UInt64(byte)) &* 0x100_0000_01B3
    }
    return hash
  }
}

/// Stateless draws keyed by what they describe (indicator, economy, period), so related values
/// agree wherever they are generated: an economy that adopted a programme in 2019 says yes in
/// every later period, and a port's approved plans never exceed its facilities.
struct Draw {
  /// The workspace seed.
  let seed: UInt64

  /// 64 bits for `key` and `index`.
  func bits(_ key: String, _ index: Int, _ salt: UInt64 = 0) -> UInt64 {
    SplitMix64.mix(
      seed ^ SplitMix64.mix(SplitMix64.hash(key) &+ salt) ^ UInt64(truncatingIfNeeded: index)
        &* 0x9E37_79B9_7F4A_7C15)
  }

  /// A number in `0..<bound` for `key` and `index`.
  func below(_ bound: Int, _ key: String, _ index: Int, _ salt: UInt64 = 0) -> Int {
    Int(bits(key, index, salt) % UInt64(max(bound, 1)))
  }
}
