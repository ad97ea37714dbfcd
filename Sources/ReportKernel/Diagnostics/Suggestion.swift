/// "Did you mean …?" suggestions by edit distance.
public enum Suggestion {
  /// The candidate closest to `word`, if it is close enough to be a likely typo.
  ///
  /// Comparison ignores case. A candidate is close enough when its edit distance is at most a
  /// third of the longer word's length (and at least 1 edit is always allowed).
  public static func closest(to word: String, in candidates: some Sequence<String>) -> String? {
    // Ids are short; a longer word is no typo of one, and its distance table would cost time
    // and memory in proportion to its length.
    guard word.utf8.count <= maxWordLength else { return nil }
    let lowered = Array(word.lowercased())
    var best: (candidate: String, distance: Int)?
    for candidate in candidates {
      // The distance is at least the difference in length: skip what cannot be close.
      let count = candidate.count
      guard abs(lowered.count - count) <= max(1, max(lowered.count, count) / 3) else { continue }
      let distance = editDistance(lowered, Array(candidate.lowercased()))
      if best == nil || distance < (best?.distance ?? .max) { best = (candidate, distance) }
    }
    guard let best else { return nil }
    let allowed = max(1, max(word.count, best.candidate.count) / 3)
    return best.distance <= allowed ? best.candidate : nil
  }

  /// The longest word, in UTF-8 bytes, for which a suggestion is looked for.
  public static let maxWordLength = 256

  /// ` (did you mean 'x'?)` or an empty string; never a suggestion that reads exactly as
  /// `word` does when a message shows it (``TypedName/shown(_:)``).
  public static func didYouMean(_ word: String, in candidates: some Sequence<String>) -> String {
    guard let candidate = closest(to: word, in: candidates), candidate != TypedName.shown(word)
    else { return "" }
    return " (did you mean '\(candidate)'?)"
  }

  /// Edit distance counting insertions, deletions, substitutions and transpositions of
  /// neighbours as one edit each (optimal string alignment), so `BGM` is one edit from `BMG`.
  static func editDistance(_ lhs: [Character], _ rhs: [Character]) -> Int {
    if lhs.isEmpty { return rhs.count }
    if rhs.isEmpty { return lhs.count }
    var table = [[Int]](
      repeating: [Int](repeating: 0, count: rhs.count + 1), count: lhs.count + 1)
    for i in 0...lhs.count { table[i][0] = i }
    for j in 0...rhs.count { table[0][j] = j }
    for i in 1...lhs.count {
      for j in 1...rhs.count {
        let cost = lhs[i - 1] == rhs[j - 1] ? 0 : 1
        var best = Swift.min(table[i - 1][j] + 1, table[i][j - 1] + 1, table[i - 1][j - 1] + cost)
        if i > 1, j > 1, lhs[i - 1] == rhs[j - 2], lhs[i - 2] == rhs[j - 1] {
          best = Swift.min(best, table[i - 2][j - 2] + 1)
        }
        table[i][j] = best
      }
    }
    return table[lhs.count][rhs.count]
  }
}
