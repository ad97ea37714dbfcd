import ReportKernel

/// The SCCP's derived figure: the AEO MRAs between member economies.
enum SCCPDerivations {
  /// Derives ``SCCPIndicators/mraPairs``: the unique economy pairs joined by an AEO MRA.
  static func run(_ input: ForumInput) -> [DerivedValue] {
    guard let pairs = mraPairs(input) else { return [] }
    let name = input.economies.name
    let bothSides = pairs.reporters.filter { $0.value.count > 1 }.count
    let oneSide = pairs.reporters.count - bothSides
    // A like-for-like comparison shows the figure only, not the pairs to confirm.
    let confirmable = input.figuresOnly ? [] : pairs.reporters.keys.sorted()
    let details = confirmable.compactMap { pair -> String? in
      let reporters = Set(pairs.reporters[pair] ?? [])
      guard reporters.count == 1, let reporter = reporters.first else { return nil }
      let silent = reporter == pair.first ? pair.second : pair.first
      return "\(name(pair.first)) – \(name(pair.second)): reported by \(name(reporter)) only;"
        + " ask \(name(silent)) to confirm it and add it to its own list"
    }
    let explanation =
      "\(pairs.reporters.count) unique AEO MRA pairs from the partner lists of"
      + " \(Wording.count(pairs.listCount, "economy", "economies")): \(bothSides) reported by both sides and counted once,"
      + " \(oneSide) reported by one side only."
    return [
      DerivedValue(
        indicator: SCCPIndicators.mraPairs.id, value: .number(Double(pairs.reporters.count)),
        isLowerBound: pairs.isLowerBound, provenance: pairs.provenance,
        explanation: explanation, details: details)
    ]
  }

  /// The MRA pairs in `input`'s partner lists, each with the economies that reported it; nil
  /// when no partner lists were submitted.
  static func mraPairs(_ input: ForumInput) -> MRAPairs? {
    guard let report = input.submission.indicator(SCCPIndicators.mraPartners) else {
      return nil
    }
    let lists = input.submission.economyLists(SCCPIndicators.mraPartners)
    guard !lists.isEmpty else { return nil }
    var reporters: [MRAPair: [String]] = [:]
    for (economy, partners, _) in lists {
      for partner in input.economies.members(among: partners, excluding: economy) {
        reporters[MRAPair(economy, partner), default: []].append(economy)
      }
    }
    return MRAPairs(
      reporters: reporters, listCount: lists.count, provenance: lists.map(\.datum.location),
      isLowerBound: report.isLowerBound)
  }
}

/// The AEO MRA pairs found in a submission.
struct MRAPairs: Sendable {
  /// Each unique pair with the economies that reported it (one or both sides).
  let reporters: [MRAPair: [String]]
  /// How many economies submitted a partner list.
  let listCount: Int
  /// Where the partner lists are.
  let provenance: [SourceLocation]
  /// True when the partner lists were reported as incomplete.
  let isLowerBound: Bool
}

/// Two economies joined by an AEO mutual recognition arrangement, in code order, so that an MRA
/// reported from both sides is the same pair.
struct MRAPair: Hashable, Comparable, Sendable {
  /// The economy whose code sorts first.
  let first: String
  /// The other economy.
  let second: String

  /// The pair of `one` and `other`, whichever side reported it.
  init(_ one: String, _ other: String) {
    first = min(one, other)
    second = max(one, other)
  }

  static func < (lhs: MRAPair, rhs: MRAPair) -> Bool {
    (lhs.first, lhs.second) < (rhs.first, rhs.second)
  }
}
