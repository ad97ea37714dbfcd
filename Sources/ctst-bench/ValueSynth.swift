import ReportKernel

/// Synthesises indicator values that fit each indicator's unit and the forum modules' own
/// checks, as pure functions of the seed, the indicator, the economy and the year:
/// yes/no answers are adoptions that stay yes once given (no lapsed commitments), dates never
/// move back and lie between 2003 and the period's end, approved port security plans never
/// exceed port facilities, RMAS detections and virtual ABTCs come only from economies in
/// the scheme, AEO MRA partners all have an AEO programme, and overall counts exceed the
/// activities that checks compare them with.
struct ValueSynth {
  /// The keyed draws.
  let draw: Draw
  /// Every economy code, sorted.
  let economies: [String]

  // Indicator ids with cross-indicator rules (the catalogues' ids).
  static let abtcParticipation = "bmg.abtc_participation"
  static let virtualABTC = "bmg.virtual_abtc_economies"
  static let rmasEconomies = "bmg.rmas_economies"
  static let rmasDetections = "bmg.rmas_detections"
  static let portFacilities = "tptwg.isps_port_facilities"
  static let plansApproved = "tptwg.pfsp_approved"
  static let aeoOperational = "sccp.aeo_operational"

  /// Whether economy `economy` (an index into ``economies``) answers yes for `indicator` in
  /// `year`: yes from a drawn adoption year (2003–2032) on. Every economy has an AEO
  /// programme, since every economy reports AEO MRA partners (an empty list included) and SCCP
  /// rejects partners of an economy without one.
  func flag(_ indicator: String, _ economy: Int, _ year: Int) -> Bool {
    let adopted = year >= 2003 + draw.below(30, indicator, economy)
    switch indicator {
    case Self.virtualABTC: return adopted && flag(Self.abtcParticipation, economy, year)
    case Self.aeoOperational: return true
    default: return adopted
    }
  }

  /// A per-economy count.
  func count(_ indicator: String, _ economy: Int, _ year: Int) -> Int {
    switch indicator {
    case Self.portFacilities:
      return facilities(economy, year)
    case Self.plansApproved:
      let total = facilities(economy, year)
      return total - draw.below(total / 4 + 1, indicator, economy, UInt64(year))
    case Self.rmasDetections:
      guard flag(Self.rmasEconomies, economy, year) else { return 0 }
      return draw.below(500, indicator, economy, UInt64(year))
    default:
      return draw.below(1000, indicator, economy, UInt64(year))
    }
  }

  private func facilities(_ economy: Int, _ year: Int) -> Int {
    5 + draw.below(300, Self.portFacilities, economy) + (year - WorkspacePlan.earliestYear)
  }

  /// A per-economy date in `year` or the year before, the same day every year, so it moves
  /// forward one year per period.
  func date(_ indicator: String, _ economy: Int, _ year: Int) -> String {
    let bits = draw.bits(indicator, economy)
    let shownYear = year - Int(bits % 2)
    let month = 1 + Int(bits / 2 % 12)
    let day = 1 + Int(bits / 24 % 28)
    return Self.iso(shownYear, month, day)
  }

  /// A per-economy list of one to three partner economies, none of them itself; for AEO MRA
  /// partners, only economies with an AEO programme.
  func partners(_ indicator: String, _ economy: Int, _ year: Int) -> [String] {
    let needsAEO = indicator == "sccp.mra_partners"
    let wanted = 1 + draw.below(3, indicator, economy, UInt64(year))
    var chosen: [Int] = []
    for attempt in 0..<(wanted * 8) where chosen.count < wanted {
      let other = draw.below(economies.count, indicator, economy, UInt64(year * 100 + attempt))
      guard other != economy, !chosen.contains(other) else { continue }
      if needsAEO, !flag(Self.aeoOperational, other, year) { continue }
      chosen.append(other)
    }
    return chosen.map { economies[$0] }
  }

  /// An overall count, above every activity count a check may compare it with.
  func overallCount(_ indicator: String, _ year: Int, activities: Int) -> Int {
    25 + draw.below(975, indicator, year) + activities
  }

  /// An overall number of economies, 2 to 21.
  func overallEconomies(_ indicator: String, _ year: Int) -> Int {
    2 + draw.below(min(economies.count, 21) - 1, indicator, year)
  }

  /// `YYYY-MM-DD`.
  static func iso(_ year: Int, _ month: Int, _ day: Int) -> String {
    let pad = { (value: Int) in value < 10 ? "0\(value)" : "\(value)" }
    return "\(year)-\(pad(month))-\(pad(day))"
  }
}
