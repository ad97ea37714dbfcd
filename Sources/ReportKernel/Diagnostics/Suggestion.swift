/// "Did you mean …?" suggestions by edit distance.
public enum Suggestion {
  /// The candidate closest to `word`, if it is close enough to be a likely typo.
  ///
  /// Comparison ignores case. A candidate is close enough when its edit distance is at most a
  /// third of the longer word's length (and at least 1 edit is always allowed).
  public static func closest(to word: String, in candidates: some Sequence<String>) -> String? {
    let lowered = Array(word.lowercased())
    var best: (candidate: String, distance: Int)?
    for candidate in candidates {
      let distance = editDistance(lowered, Array(candidate.lowercased()))
      if best == nil || distance < (best?.distance ?? .max) { best = (candidate, distance) }
    }
    guard let best else { return nil }
    let allowed = max(1, max(word.count, best.candidate.count) / 3)
    return best.distance <= allowed ? best.candidate : nil
  }

  /// ` (did you mean 'x'?)` or an empty string.
  public static func didYouMean(_ word: String, in candidates: some Sequence<String>) -> String {
    closest(to: word, in: candidates).map { " (did you mean '\($0)'?)" } ?? ""
  }

  /// Levenshtein distance between two character arrays.
  static func editDistance(_ lhs: [Character], _ rhs: [Character]) -> Int {
    if lhs.isEmpty { return rhs.count }
    if rhs.isEmpty { return lhs.count }
    var previous = Array(0...rhs.count)
    var current = [Int](repeating: 0, count: rhs.count + 1)
    for (i, left) in lhs.enumerated() {
      current[0] = i + 1
      for (j, right) in rhs.enumerated() {
        let substitution = previous[j] + (left == right ? 0 : 1)
        current[j + 1] = Swift.min(substitution, previous[j + 1] + 1, current[j] + 1)
      }
      swap(&previous, &current)
    }
    return previous[rhs.count]
  }
}
