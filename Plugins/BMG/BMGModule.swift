import ReportKernel

/// The Business Mobility Group (BMG): secure and efficient movement of business travellers,
/// and immigration's part in stopping cash couriers.
///
/// The BMG reports the APEC Business Travel Card (ABTC) scheme, virtual cards, Advance
/// Passenger Information (API), the Regional Movement Alert System (RMAS) for lost and stolen
/// passports, and whether arriving travellers are asked to declare the cash they carry.
public struct BMGModule: ForumModule {
  /// Creates the module.
  public init() {}

  /// BMG's id, name, components and indicator catalogue.
  public var descriptor: ForumDescriptor {
    ForumDescriptor(
      id: "BMG",
      name: "Business Mobility Group",
      summary: "Eases and secures business travel through the APEC Business Travel Card,"
        + " Advance Passenger Information and the Regional Movement Alert System, and helps"
        + " border officials stop cash couriers.",
      components: ["border_management", "cash_smuggling"],
      indicators: BMGIndicators.all
    )
  }
}

/// Reading submitted values the way the BMG's rules need them.
enum BMGValues {
  /// The per-economy yes/no values of `indicator`, keyed by economy code.
  static func flags(_ submission: Submission, _ indicator: String) -> [String: (Bool, Datum)] {
    guard let report = submission.indicator(indicator) else { return [:] }
    var flags: [String: (Bool, Datum)] = [:]
    for entry in report.byEconomy {
      if case .flag(let value) = entry.datum.value { flags[entry.economy] = (value, entry.datum) }
    }
    return flags
  }

  /// The per-economy numbers of `indicator`, in source order.
  static func numbers(
    _ submission: Submission, _ indicator: String
  ) -> [(economy: String, value: Double, datum: Datum)] {
    guard let report = submission.indicator(indicator) else { return [] }
    return report.byEconomy.compactMap { entry in
      guard case .number(let value) = entry.datum.value else { return nil }
      return (entry.economy, value, entry.datum)
    }
  }

  /// The overall number reported for `indicator`, with its datum and lower-bound flag.
  static func overall(
    _ submission: Submission?, _ indicator: String
  ) -> (value: Double, datum: Datum, isLowerBound: Bool)? {
    guard let report = submission?.indicator(indicator), let datum = report.overall,
      case .number(let value) = datum.value
    else { return nil }
    return (value, datum, report.isLowerBound)
  }

  /// The result computed for `indicator`, if any.
  static func result(_ results: [IndicatorResult], _ indicator: String) -> IndicatorResult? {
    results.first { $0.definition.id == indicator }
  }

  /// A whole number with thousands separators: `405,000`.
  static func grouped(_ value: Double) -> String {
    let whole = Int(value.rounded())
    let digits = String(abs(whole))
    var text = ""
    for (index, digit) in digits.enumerated() {
      if index > 0, (digits.count - index) % 3 == 0 { text.append(",") }
      text.append(digit)
    }
    return (whole < 0 ? "-" : "") + text
  }

  /// A share as a percentage with one decimal: `3.3%`.
  static func percent(_ share: Double) -> String {
    let tenths = Int((share * 1000).rounded())
    let sign = tenths < 0 ? "-" : ""
    return "\(sign)\(abs(tenths) / 10).\(abs(tenths) % 10)%"
  }
}
