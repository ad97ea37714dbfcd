import ReportKernel

/// The BMG's indicator catalogue.
///
/// Grounded in the BMG's programmes: active ABTCs (under 58,000 in 2009, more than 405,000 on
/// the current APEC page), virtual ABTCs (eight economies by August 2021), Advance Passenger
/// Information (about 11 economies c.2006–07), and RMAS (Australia, New Zealand and the United
/// States; 418 invalid passports detected to August 2006).
enum BMGIndicators {
  /// Active APEC Business Travel Cards at the end of the period; may be a lower bound.
  static let abtcActive = IndicatorDefinition(
    id: "bmg.abtc_active", title: "Active APEC Business Travel Cards",
    unit: .count, direction: .higher, accumulation: .cumulative, breakdown: .overall,
    component: "border_management", pillars: ["efficiency", "security"],
    summary: "Counts the APEC Business Travel Cards valid at the end of the period, from the"
      + " ABTC system records the BMG publishes; \"more than 405,000\" is a lower bound.")

  /// Growth in active ABTCs on the previous period (derived).
  static let abtcGrowth = IndicatorDefinition(
    id: "bmg.abtc_growth", title: "Growth in active ABTCs on the previous period",
    unit: .percentage, direction: .higher, accumulation: .periodic, breakdown: .overall,
    component: "border_management", pillars: ["efficiency"], isDerived: true, isGrowth: true,
    summary: "Computes the change in active ABTCs from the previous period's bmg.abtc_active"
      + " to this period's, as a share of the previous figure.")

  /// Economies taking part in the ABTC scheme, as full or transitional members.
  static let abtcParticipation = IndicatorDefinition(
    id: "bmg.abtc_participation", title: "Economies taking part in the ABTC scheme",
    unit: .economies, direction: .higher, accumulation: .cumulative, breakdown: .byEconomy,
    component: "border_management", pillars: ["efficiency", "security"],
    summary: "Counts the economies that issue ABTCs or honour them at the border, as full or"
      + " transitional scheme members, from the BMG's scheme records.")

  /// Economies issuing virtual ABTCs.
  static let virtualABTC = IndicatorDefinition(
    id: "bmg.virtual_abtc_economies", title: "Economies issuing virtual ABTCs",
    unit: .economies, direction: .higher, accumulation: .cumulative, breakdown: .byEconomy,
    component: "border_management", pillars: ["efficiency", "resilience"],
    summary: "Counts the economies whose immigration authority issues the virtual ABTC"
      + " introduced in 2021 instead of a plastic card, as each authority reports it.")

  /// Economies with an operational Advance Passenger Information system.
  static let apiEconomies = IndicatorDefinition(
    id: "bmg.api_economies", title: "Economies with Advance Passenger Information",
    unit: .economies, direction: .higher, accumulation: .cumulative, breakdown: .byEconomy,
    component: "border_management", pillars: ["security", "efficiency"],
    summary: "Counts the economies that receive and screen Advance Passenger Information"
      + " from carriers before arrival, as reported in the BMG's API survey of economies.")

  /// Economies connected to the Regional Movement Alert System.
  static let rmasEconomies = IndicatorDefinition(
    id: "bmg.rmas_economies", title: "Economies connected to RMAS",
    unit: .economies, direction: .higher, accumulation: .cumulative, breakdown: .byEconomy,
    component: "border_management", pillars: ["security"],
    summary: "Counts the economies connected to the Regional Movement Alert System that"
      + " checks travel documents against other economies' lost and stolen passport records,"
      + " from the RMAS participants' records.")

  /// Lost, stolen or invalid passports detected through RMAS in the period, per economy.
  static let rmasDetections = IndicatorDefinition(
    id: "bmg.rmas_detections", title: "Invalid passports detected through RMAS",
    unit: .count, direction: .none, accumulation: .periodic, breakdown: .byEconomy,
    component: "border_management", pillars: ["security"],
    summary: "Counts the lost, stolen or otherwise invalid passports that each RMAS economy"
      + " detected at its border through RMAS in the period, from its RMAS records.")

  /// Economies whose arrival declaration asks travellers about cash above the threshold.
  static let cashDeclarationPrompt = IndicatorDefinition(
    id: "bmg.cash_declaration_prompt", title: "Economies asking arriving travellers about cash",
    unit: .economies, direction: .higher, accumulation: .cumulative, breakdown: .byEconomy,
    component: "cash_smuggling", pillars: ["security"],
    summary: "Counts the economies whose arrival card or electronic travel declaration asks"
      + " travellers to declare cash and bearer instruments above the threshold, as each"
      + " border agency reports it.")

  /// Every BMG indicator, in report order.
  static let all: [IndicatorDefinition] = [
    abtcActive, abtcGrowth, abtcParticipation, virtualABTC, apiEconomies, rmasEconomies,
    rmasDetections, cashDeclarationPrompt,
  ]
}
