import ReportKernel

/// The Subcommittee on Customs Procedures (SCCP): customs' part in secure supply chains and in
/// stemming cash smuggling across borders.
///
/// The SCCP reports the reach of Authorized Economic Operator (AEO) programmes and the mutual
/// recognition arrangements (MRAs) between them, the economies that have exercised the APEC
/// Trade Recovery Programme, and customs' controls on cross-border cash.
public struct SCCPModule: ForumModule {
  /// Creates the module.
  public init() {}

  /// SCCP's id, name, components and indicator catalogue.
  public var descriptor: ForumDescriptor {
    ForumDescriptor(
      id: "SCCP",
      name: "Subcommittee on Customs Procedures",
      summary: "Secures and speeds the movement of goods through the APEC Framework for Secure"
        + " Trade, AEO programmes and their mutual recognition, the Trade Recovery Programme and"
        + " customs controls on cross-border cash.",
      components: ["customs", "cash_smuggling"],
      indicators: SCCPIndicators.all
    )
  }
}

/// Reading submitted values the way the SCCP's rules need them.
enum SCCPValues {
  /// The per-economy yes/no values of `indicator`, keyed by economy code.
  static func flags(_ submission: Submission, _ indicator: String) -> [String: (Bool, Datum)] {
    guard let report = submission.indicator(indicator) else { return [:] }
    var flags: [String: (Bool, Datum)] = [:]
    for entry in report.byEconomy {
      if case .flag(let value) = entry.datum.value { flags[entry.economy] = (value, entry.datum) }
    }
    return flags
  }

  /// The per-economy partner lists of `indicator`, in source order.
  static func lists(
    _ submission: Submission, _ indicator: String
  ) -> [(economy: String, partners: [String], datum: Datum)] {
    guard let report = submission.indicator(indicator) else { return [] }
    return report.byEconomy.compactMap { entry in
      guard case .economies(let partners) = entry.datum.value else { return nil }
      return (entry.economy, partners, entry.datum)
    }
  }

  /// The overall number reported for `indicator`, with its datum.
  static func overallNumber(_ submission: Submission, _ indicator: String) -> (Double, Datum)? {
    guard let datum = submission.indicator(indicator)?.overall,
      case .number(let value) = datum.value
    else { return nil }
    return (value, datum)
  }

  /// The result computed for `indicator`, if any.
  static func result(_ results: [IndicatorResult], _ indicator: String) -> IndicatorResult? {
    results.first { $0.definition.id == indicator }
  }
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
