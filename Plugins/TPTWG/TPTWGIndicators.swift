import ReportKernel

/// A transport mode the Strategy requires TPTWG's security work to cover, as an activity tag.
enum TransportMode: String, CaseIterable, Sendable {
  case air
  case sea
  case land

  /// "Air", "Sea", "Land".
  var title: String {
    switch self {
    case .air: "Air"
    case .sea: "Sea"
    case .land: "Land"
    }
  }

  /// The TPTWG expert group that carries the mode's security work.
  var expertGroup: String {
    switch self {
    case .air: "Aviation Experts Group, security sub-group (AEG-SEC)"
    case .sea: "Maritime Experts Group, security sub-group (MEG-SEC)"
    case .land: "Land Experts Group (LEG)"
    }
  }
}

/// The TPTWG indicator catalogue: ISPS Code implementation support (ICIAP), port facility
/// security, aviation security and the coverage of every transport mode.
enum TPTWGIndicators {
  /// Transportation security (goods): ports, ships and cargo.
  static let goods = "goods_transport_security"
  /// Transportation security (passengers): airports, aviation and land transport.
  static let passenger = "passenger_transport_security"
  /// The components whose activities must name a transport mode.
  static let transportComponents = [goods, passenger]

  /// Economies receiving ISPS Code implementation support.
  static let ispsSupport = IndicatorDefinition(
    id: "tptwg.isps_support_economies",
    title: "Economies receiving ISPS Code implementation support",
    unit: .economies, accumulation: .cumulative, breakdown: .byEconomy, component: goods,
    pillars: ["security"],
    summary: "Economies (yes per economy) that have received TPTWG help to implement the IMO"
      + " ISPS Code, from ICIAP onwards, as recorded by MEG-SEC.")

  /// Maritime security workshops held.
  static let maritimeWorkshops = IndicatorDefinition(
    id: "tptwg.maritime_security_workshops", title: "Maritime security workshops held",
    unit: .count, component: goods, pillars: ["security"],
    summary: "MEG-SEC workshops held in the period (ISPS self-assessment training, ISPS"
      + " awareness and gap analysis), counted from the forum's meeting records.",
    countsActivities: ActivityCount(tags: ["sea"], words: ["workshop"]))

  /// Economies using the Port Security Risk Assessment Tool.
  static let riskTool = IndicatorDefinition(
    id: "tptwg.risk_tool_economies",
    title: "Economies using the Port Security Risk Assessment Tool",
    unit: .economies, accumulation: .cumulative, breakdown: .byEconomy, component: goods,
    pillars: ["security", "resilience"],
    summary: "Economies (yes per economy) where the Port Security Risk Assessment Tool has been"
      + " deployed with IMO support, as reported by MEG-SEC.")

  /// Transport security drills and exercises held.
  static let exercises = IndicatorDefinition(
    id: "tptwg.security_exercises", title: "Transport security drills and exercises held",
    unit: .count, component: goods, pillars: ["resilience", "security"],
    summary: "Drills and exercises run in the period using the APEC Manual of Maritime Security"
      + " Drills and Exercises or its aviation and land equivalents, from forum records.",
    countsActivities: ActivityCount(words: ["drill", "exercise"]))

  /// Port facilities under the ISPS Code.
  static let portFacilities = IndicatorDefinition(
    id: "tptwg.isps_port_facilities", title: "Port facilities under the ISPS Code",
    unit: .count, direction: .none, accumulation: .cumulative, breakdown: .byEconomy,
    component: goods, pillars: ["security"],
    summary: "Port facilities each economy has designated under the ISPS Code at the period's"
      + " end, self-reported; the denominator of the security-plan share.")

  /// Port facilities with an approved security plan.
  static let plansApproved = IndicatorDefinition(
    id: "tptwg.pfsp_approved", title: "Port facilities with an approved security plan",
    unit: .count, accumulation: .cumulative, breakdown: .byEconomy, component: goods,
    pillars: ["security"],
    summary: "Port facilities with an approved Port Facility Security Plan (PFSP) at the"
      + " period's end, self-reported by each economy's designated authority.")

  /// Share of ISPS port facilities with an approved security plan.
  static let planShare = IndicatorDefinition(
    id: "tptwg.pfsp_share", title: "Share of ISPS port facilities with an approved security plan",
    unit: .percentage, accumulation: .cumulative, component: goods, pillars: ["security"],
    isDerived: true,
    summary: "Approved PFSPs as a share of ISPS port facilities, summed over the economies"
      + " that reported both counts in this submission.")

  /// Aviation security training participants.
  static let avsecParticipants = IndicatorDefinition(
    id: "tptwg.avsec_participants", title: "Aviation security training participants",
    unit: .count, component: passenger, pillars: ["security", "efficiency"],
    summary: "Participants in AEG-SEC aviation and air cargo security workshops in the period"
      + " (screening, insider risk), from the workshops' attendance lists.")

  /// Economies applying the insider-risk best practices.
  static let insiderRisk = IndicatorDefinition(
    id: "tptwg.insider_risk_economies", title: "Economies applying the insider-risk best practices",
    unit: .economies, accumulation: .cumulative, breakdown: .byEconomy,
    component: passenger, pillars: ["security"],
    summary: "Economies (yes per economy) reporting that they apply the 2022 APEC Building a"
      + " Culture of Security and Countering the Insider Risk Best Practices Guidelines.")

  /// Transport modes covered by security activities.
  static let modesCovered = IndicatorDefinition(
    id: "tptwg.modes_covered", title: "Transport modes covered by security activities",
    unit: .count, component: passenger, pillars: ["security", "resilience"],
    isDerived: true,
    summary: "How many of the three modes the Strategy requires (air, sea, land) have at least"
      + " one TPTWG activity in the period that is not cancelled, from activity tags.")

  /// The catalogue, in report order.
  static let all: [IndicatorDefinition] = [
    ispsSupport, maritimeWorkshops, riskTool, exercises, portFacilities, plansApproved,
    planShare, avsecParticipants, insiderRisk, modesCovered,
  ]
}
