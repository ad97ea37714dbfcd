/// How far a figure can be trusted, declared with `quality:` on a submitted indicator, an
/// activity or a target, never inferred from comments. Reports mark every figure that is not
/// reported.
public enum Quality: String, Sendable, Hashable, Codable, CaseIterable, Comparable {
  /// Measured or counted and reported as such (the default).
  case reported
  /// The forum's estimate.
  case estimate
  /// Invented to illustrate (sample data, a placeholder target).
  case illustrative

  /// "estimate", "illustrative"; nil for reported figures, which carry no mark.
  public var mark: String? {
    switch self {
    case .reported: nil
    case .estimate: "estimate"
    case .illustrative: "illustrative"
    }
  }

  /// Reported < estimate < illustrative: the least trustworthy of several figures is the
  /// largest.
  public static func < (lhs: Quality, rhs: Quality) -> Bool {
    allCases.firstIndex(of: lhs) ?? 0 < allCases.firstIndex(of: rhs) ?? 0
  }
}
