/// A small, fast pseudo-random generator (SplitMix64): the same seed gives the same sequence on
/// every machine, so a mutation run is reproducible from its seed alone.
struct SplitMix64 {
  private var state: UInt64

  /// Creates a generator from `seed`.
  init(seed: UInt64) {
    state = seed
  }

  /// The next 64 random bits.
  mutating func next() -> UInt64 {
    state &+= 0x9E37_79B9_7F4A_7C15
    var z = state
    z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
    z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
    return z ^ (z >> 31)
  }

  /// A number in `0..<bound` (0 when `bound` is not positive).
  mutating func below(_ bound: Int) -> Int {
    guard bound > 0 else { return 0 }
    return Int(next() % UInt64(bound))
  }

  /// True with probability 1 / `odds`.
  mutating func oneIn(_ odds: Int) -> Bool { below(odds) == 0 }
}

/// Deterministic structure-aware mutations of YAML bytes: bit flips, interesting bytes,
/// dictionary tokens (YAML punctuation, schema keys, ids, hostile numbers), deletions,
/// duplications, line swaps, deep nesting and splices with another input.
struct Mutator {
  /// The random source.
  var random: SplitMix64
  /// Tokens to insert (from `Tests/Corpus/fuzz.dict`).
  let tokens: [[UInt8]]
  /// The longest input produced.
  let maxLength: Int

  /// Bytes that often change how YAML is read.
  static let interestingBytes: [UInt8] =
    Array("\0\t\n\r \"'#&*!%|>?:-[]{},@`~\\".utf8) + [
      0x7F, 0x80, 0xBF, 0xC0, 0xC3, 0xE2, 0xEF, 0xF0, 0xFF,
    ]

  /// Values that are hostile in numeric, date and id fields.
  static let interestingValues: [String] = [
    "-1", "0", "1e400", "-1e400", ".nan", ".inf", "-.inf", "N/A", "12,5", "1_000",
    "0x1F", "0o17", "99999999999999999999", "9007199254740993", "2026-02-30", "2026-13-01",
    "0000-01-01", "9999-12-31", "''", "\"\"", "~", "null", "yes", "no", "[]", "{}", "../../x",
    "a/b", "\"a\\0b\"", "\"\\e[2J\"", "=cmd|' /C calc'!A0",
  ]

  /// Returns a mutation of `input`, sometimes spliced with `other`.
  mutating func mutate(_ input: [UInt8], other: [UInt8]) -> [UInt8] {
    var bytes = input
    let rounds = 1 + random.below(random.oneIn(4) ? 16 : 4)
    for _ in 0..<rounds {
      mutateOnce(&bytes, other: other)
      if bytes.count > maxLength { bytes.removeLast(bytes.count - maxLength) }
    }
    return bytes
  }

  private mutating func mutateOnce(_ bytes: inout [UInt8], other: [UInt8]) {
    switch random.below(12) {
    case 0 where !bytes.isEmpty:
      let index = random.below(bytes.count)
      bytes[index] ^= UInt8(1) << UInt8(random.below(8))
    case 1 where !bytes.isEmpty:
      bytes[random.below(bytes.count)] =
        Self.interestingBytes[random.below(Self.interestingBytes.count)]
    case 2 where !tokens.isEmpty:
      bytes.insert(
        contentsOf: tokens[random.below(tokens.count)], at: random.below(bytes.count + 1))
    case 3 where !bytes.isEmpty:
      let start = random.below(bytes.count)
      let length = 1 + random.below(min(32, bytes.count - start))
      bytes.removeSubrange(start..<start + length)
    case 4 where !bytes.isEmpty:
      let start = random.below(bytes.count)
      let length = 1 + random.below(min(256, bytes.count - start))
      let chunk = Array(bytes[start..<start + length])
      let copies = random.oneIn(8) ? 1 + random.below(64) : 1
      for _ in 0..<copies { bytes.insert(contentsOf: chunk, at: random.below(bytes.count + 1)) }
    case 5 where !other.isEmpty:
      let cut = random.below(bytes.count + 1)
      let from = random.below(other.count)
      bytes = Array(bytes[..<cut]) + other[from...]
    case 6:
      swapLines(&bytes)
    case 7:
      replaceScalar(&bytes)
    case 8:
      let opener = Array((random.oneIn(2) ? "[" : "{a: ").utf8)
      let depth = 1 + random.below(random.oneIn(4) ? 2_000 : 80)
      let at = random.below(bytes.count + 1)
      bytes.insert(contentsOf: Array([[UInt8]](repeating: opener, count: depth).joined()), at: at)
    case 9 where !bytes.isEmpty:
      let index = random.below(bytes.count)
      bytes.insert(contentsOf: Array(repeating: 0x20, count: 1 + random.below(8)), at: index)
    case 10 where !other.isEmpty:
      let lines = Self.lines(other)
      let line = lines[random.below(lines.count)]
      bytes.insert(contentsOf: Array(other[line]) + [0x0A], at: lineStart(in: bytes))
    default:
      let value = Self.interestingValues[random.below(Self.interestingValues.count)]
      bytes.insert(contentsOf: Array(value.utf8), at: random.below(bytes.count + 1))
    }
  }

  /// Swaps two lines.
  private mutating func swapLines(_ bytes: inout [UInt8]) {
    let lines = Self.lines(bytes)
    guard lines.count > 1 else { return }
    var first = lines[random.below(lines.count)]
    var second = lines[random.below(lines.count)]
    if first.lowerBound > second.lowerBound { swap(&first, &second) }
    guard first.upperBound <= second.lowerBound else { return }
    let result =
      Array(bytes[..<first.lowerBound]) + bytes[second]
      + bytes[first.upperBound..<second.lowerBound]
      + bytes[first] + bytes[second.upperBound...]
    bytes = result
  }

  /// Replaces the value after a `: ` (or a run of digits) with a hostile value.
  private mutating func replaceScalar(_ bytes: inout [UInt8]) {
    guard !bytes.isEmpty else { return }
    let start = random.below(bytes.count)
    guard let colon = bytes[start...].firstIndex(of: UInt8(ascii: ":")) else { return }
    var end = colon + 1
    while end < bytes.count, ![0x0A, 0x2C, 0x7D, 0x5D].contains(bytes[end]) { end += 1 }
    let value = Self.interestingValues[random.below(Self.interestingValues.count)]
    bytes.replaceSubrange((colon + 1)..<end, with: Array((" " + value).utf8))
  }

  /// The start of a random line of `bytes`.
  private mutating func lineStart(in bytes: [UInt8]) -> Int {
    let lines = Self.lines(bytes)
    return lines[random.below(lines.count)].lowerBound
  }

  /// The ranges of the lines of `bytes`, without their line feeds (at least one).
  static func lines(_ bytes: [UInt8]) -> [Range<Int>] {
    var ranges: [Range<Int>] = []
    var start = 0
    for (index, byte) in bytes.enumerated() where byte == 0x0A {
      ranges.append(start..<index)
      start = index + 1
    }
    ranges.append(start..<bytes.count)
    return ranges
  }
}

/// Reads a libFuzzer dictionary: one `"token"` or `name="token"` per line, `#` comments,
/// `\\`, `\"` and `\xHH` escapes.
enum FuzzDictionary {
  /// The tokens of `text`, in file order.
  static func parse(_ text: String) -> [[UInt8]] {
    text.split(separator: "\n").compactMap { line in
      let trimmed = line.drop { $0 == " " }
      guard !trimmed.hasPrefix("#"), let open = trimmed.firstIndex(of: "\""),
        let close = trimmed.lastIndex(of: "\""), open < close
      else { return nil }
      return unescape(Array(trimmed[trimmed.index(after: open)..<close].utf8))
    }
  }

  private static func unescape(_ bytes: [UInt8]) -> [UInt8] {
    var result: [UInt8] = []
    var index = 0
    while index < bytes.count {
      let byte = bytes[index]
      guard byte == UInt8(ascii: "\\"), index + 1 < bytes.count else {
        result.append(byte)
        index += 1
        continue
      }
      let next = bytes[index + 1]
      if next == UInt8(ascii: "x"), index + 3 < bytes.count,
        let value = UInt8(
          String(decoding: bytes[(index + 2)...(index + 3)], as: UTF8.self), radix: 16)
      {
        result.append(value)
        index += 4
      } else {
        result.append(next)
        index += 2
      }
    }
    return result
  }
}
