import ReportKernel

/// The SCCP's indicator catalogue.
///
/// Grounded in the SCCP's programmes: the AEO Working Group (September 2009) and the 2016 APEC
/// Policy Support Unit study that found 17 of 21 economies with an operational AEO programme;
/// AEO mutual recognition arrangements (the US–Japan MRA of June 2009 is one); the Trade
/// Recovery Programme piloted in 2008–09 by seven economies; and customs' controls on bulk cash
/// smuggling (FATF Recommendation 32).
enum SCCPIndicators {
  /// Economies with an operational AEO programme (per economy yes/no).
  static let aeoOperational = IndicatorDefinition(
    id: "sccp.aeo_operational", title: "Economies with an operational AEO programme",
    unit: .economies, direction: .higher, accumulation: .cumulative,
    breakdown: .byEconomy, component: "customs", pillars: ["security", "efficiency"],
    summary: "Counts the economies whose customs administration runs an Authorized Economic"
      + " Operator programme that certifies traders, as each administration reports it to the"
      + " AEO Working Group (17 of 21 in the 2016 APEC PSU study).")

  /// AEO MRA partners of each economy (a list of economy codes per economy).
  static let mraPartners = IndicatorDefinition(
    id: "sccp.mra_partners", title: "Economies with an AEO MRA with another member",
    unit: .economyList, direction: .higher, accumulation: .cumulative,
    breakdown: .byEconomy, component: "customs", pillars: ["security", "efficiency"],
    summary: "Lists, for each economy, the APEC economies whose AEO programme its customs"
      + " administration recognises under a signed mutual recognition arrangement, as reported"
      + " by that administration; the overall figure counts economies with at least one.")

  /// Unique economy pairs joined by an AEO MRA (derived from ``mraPartners``).
  static let mraPairs = IndicatorDefinition(
    id: "sccp.mra_pairs", title: "AEO mutual recognition arrangements between members",
    unit: .count, direction: .higher, accumulation: .cumulative,
    breakdown: .overall, component: "customs", pillars: ["security", "efficiency"],
    isDerived: true,
    summary: "Counts the unique pairs of APEC economies joined by an AEO MRA, computed from"
      + " the partner lists in sccp.mra_partners so that an MRA reported by both sides counts"
      + " once.",
    note: "unique economy pairs; an MRA reported by both sides counts once")

  /// Economies that have exercised the Trade Recovery Programme guidelines (per economy).
  static let trpEconomies = IndicatorDefinition(
    id: "sccp.trp_economies", title: "Economies that have exercised the Trade Recovery Programme",
    unit: .economies, direction: .higher, accumulation: .cumulative,
    breakdown: .byEconomy, component: "customs", pillars: ["resilience"],
    summary: "Counts the economies whose customs have tested the APEC Trade Recovery"
      + " Programme guidelines for resuming trade after a disruption in a pilot or exercise,"
      + " from SCCP records (seven in the 2008–09 pilot).")

  /// Economies whose customs run a cross-border cash declaration or disclosure system.
  static let cashDeclaration = IndicatorDefinition(
    id: "sccp.cash_declaration", title: "Economies with a customs cash declaration system",
    unit: .economies, direction: .higher, accumulation: .cumulative,
    breakdown: .byEconomy, component: "cash_smuggling", pillars: ["security"],
    summary: "Counts the economies whose customs operate a cross-border cash and bearer"
      + " negotiable instrument declaration or disclosure system at their borders (FATF"
      + " Recommendation 32), as each customs administration reports it.",
    measures: "cross_border_cash_declaration")

  /// Customs officers trained to detect bulk cash smuggling in the period.
  static let cashOfficersTrained = IndicatorDefinition(
    id: "sccp.cash_officers_trained", title: "Customs officers trained on bulk cash smuggling",
    unit: .count, direction: .higher, accumulation: .periodic,
    breakdown: .overall, component: "cash_smuggling", pillars: ["security"],
    summary: "Counts the customs officers who completed SCCP or joint SCCP–BMG training on"
      + " detecting cash couriers and bulk cash smuggling in the period, from the forum's"
      + " attendance records.")

  /// Every SCCP indicator, in report order.
  static let all: [IndicatorDefinition] = [
    aeoOperational, mraPartners, mraPairs, trpEconomies, cashDeclaration, cashOfficersTrained,
  ]
}
