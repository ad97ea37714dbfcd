import ReportKernel

/// The CTTF's indicator catalogue: the currency of economies' Counter-Terrorism Action Plans
/// (CTAP), Food Defense reach, CFT/AML training, STAR conference participation and cash
/// declaration regimes.
enum CTTFIndicators {
  /// Date each economy last updated its CTAP (per economy).
  static let ctapLastUpdated = IndicatorDefinition(
    id: "cttf.ctap_last_updated", title: "CTAP last updated", unit: .date, direction: .none,
    accumulation: .cumulative, rollUp: .latest, breakdown: .byEconomy,
    component: "financial_regulation", pillars: ["security", "resilience"],
    summary: "The date each economy last updated its Counter-Terrorism Action Plan, as listed"
      + " on the CTWG's CTAP page at the end of the period.")

  /// Share of economies whose CTAP was updated within two years of the period's end.
  static let ctapCurrentShare = IndicatorDefinition(
    id: "cttf.ctap_current_share", title: "CTAPs current within the two-year cycle",
    unit: .percentage, direction: .higher, accumulation: .cumulative,
    component: "financial_regulation", pillars: ["security", "resilience"], isDerived: true,
    summary: "Share of the 21 economies whose reported CTAP last-updated date falls within two"
      + " years of the period's end, derived from cttf.ctap_last_updated.",
    note: "the share of member economies whose plan was last updated within two years of the"
      + " period's end")

  /// Economies whose CTAP is overdue (or has no reported update date).
  static let ctapOverdue = IndicatorDefinition(
    id: "cttf.ctap_overdue", title: "Economies with an overdue CTAP", unit: .economies,
    direction: .lower, accumulation: .cumulative, component: "financial_regulation",
    pillars: ["security"], isDerived: true,
    summary: "Number of economies whose CTAP was last updated more than two years before the"
      + " period's end or has no reported date, derived from cttf.ctap_last_updated.",
    note: "last update more than two years before the period's end, or no date reported")

  /// Economies taking part in the APEC Food Defense programme (per economy).
  static let foodDefenseEconomies = IndicatorDefinition(
    id: "cttf.food_defense_economies", title: "Economies taking part in Food Defense work",
    unit: .economies, direction: .higher, accumulation: .periodic, breakdown: .byEconomy,
    component: "sector_vulnerabilities", pillars: ["security", "resilience"],
    summary: "Economies that took part in a workshop or pilot of the APEC Food Defense"
      + " initiative during the period, from the CTTF's attendance records.")

  /// People trained in food defense (vulnerability assessment, mitigation).
  static let foodDefenseTrained = IndicatorDefinition(
    id: "cttf.food_defense_trained", title: "People trained in food defense", unit: .count,
    direction: .higher, accumulation: .periodic, component: "sector_vulnerabilities",
    pillars: ["security", "resilience"],
    summary: "Officials and food-industry staff who completed Food Defense training during the"
      + " period, counted from workshop attendance lists kept by the CTTF.")

  /// Counter-terrorist financing / anti-money-laundering training events held.
  static let cftTrainingEvents = IndicatorDefinition(
    id: "cttf.cft_training_events", title: "CFT/AML training events", unit: .count,
    direction: .higher, accumulation: .periodic, component: "financial_regulation",
    pillars: ["security"],
    summary: "Seminars and workshops on countering terrorist financing and money laundering"
      + " (FATF standards) that the CTTF ran or co-ran during the period, from its records.")

  /// People trained at those events.
  static let cftTrainingParticipants = IndicatorDefinition(
    id: "cttf.cft_training_participants", title: "CFT/AML training participants",
    unit: .count, direction: .higher, accumulation: .periodic,
    component: "financial_regulation", pillars: ["security"],
    summary: "Participants registered at the period's CFT/AML training events, summed from the"
      + " events' attendance lists.")

  /// Participants at the period's STAR conference.
  static let starParticipants = IndicatorDefinition(
    id: "cttf.star_participants", title: "STAR conference participants", unit: .count,
    direction: .higher, accumulation: .periodic, component: "sector_vulnerabilities",
    pillars: ["security", "efficiency"],
    summary: "Registered participants at the Secure Trade in the APEC Region (STAR) conference"
      + " held in the period, from the host economy's registration list.")

  /// Economies represented at the STAR conference.
  static let starEconomies = IndicatorDefinition(
    id: "cttf.star_economies", title: "Economies represented at STAR", unit: .economies,
    direction: .higher, accumulation: .periodic, component: "sector_vulnerabilities",
    pillars: ["security", "efficiency"],
    summary: "Member economies with at least one delegate at the period's STAR conference,"
      + " from the host economy's registration list.")

  /// Economies with a cross-border cash declaration or disclosure regime (per economy).
  static let cashDeclarationRegime = IndicatorDefinition(
    id: "cttf.cash_declaration_regime", title: "Cross-border cash declaration regime",
    unit: .economies, direction: .higher, accumulation: .cumulative, breakdown: .byEconomy,
    component: "cash_smuggling", pillars: ["security"],
    summary: "Economies with a cross-border cash declaration or disclosure system in force"
      + " (FATF Recommendation 32), from FATF/APG mutual evaluations and CTAP section B.",
    measures: "cross_border_cash_declaration")

  /// The catalogue, in report order.
  static let all: [IndicatorDefinition] = [
    ctapLastUpdated, ctapCurrentShare, ctapOverdue, foodDefenseEconomies, foodDefenseTrained,
    cftTrainingEvents, cftTrainingParticipants, starParticipants, starEconomies,
    cashDeclarationRegime,
  ]
}
