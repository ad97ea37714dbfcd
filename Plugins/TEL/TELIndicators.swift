import ReportKernel

/// The TEL's indicator catalogue: the 2002 Leaders' cyber-security commitments per economy
/// (a national CSIRT, cybercrime legislation, a 24/7 cybercrime contact point), the economies
/// meeting all three, and the SPSG's awareness, exercise and training work.
enum TELIndicators {
  /// Economies with a national CERT/CSIRT (per economy).
  static let nationalCSIRT = IndicatorDefinition(
    id: "tel.national_csirt", title: "National CSIRT in operation", unit: .economies,
    direction: .higher, accumulation: .cumulative, breakdown: .byEconomy,
    component: "cyber_security", pillars: ["security", "resilience"],
    summary: "Economies with a national computer emergency or security incident response team"
      + " in operation at the period's end, self-reported to the SPSG (CTAP section C).")

  /// Economies with cybercrime legislation in force (per economy).
  static let cybercrimeLaw = IndicatorDefinition(
    id: "tel.cybercrime_law", title: "Cybercrime legislation in force", unit: .economies,
    direction: .higher, accumulation: .cumulative, breakdown: .byEconomy,
    component: "cyber_security", pillars: ["security"],
    summary: "Economies with comprehensive cybercrime laws in force (consistent with UNGA"
      + " 55/63 and the Budapest Convention), self-reported to the SPSG (CTAP section C).")

  /// Economies with a 24/7 cybercrime contact point (per economy).
  static let contactPoint = IndicatorDefinition(
    id: "tel.contact_point_24_7", title: "24/7 cybercrime contact point", unit: .economies,
    direction: .higher, accumulation: .cumulative, breakdown: .byEconomy,
    component: "cyber_security", pillars: ["security", "resilience"],
    summary: "Economies whose national cybercrime unit runs a 24/7 contact point for"
      + " international requests, self-reported to the SPSG (CTAP section C).")

  /// Economies meeting all three 2002 commitments.
  static let commitmentsMet = IndicatorDefinition(
    id: "tel.commitments_met", title: "Economies meeting all three commitments",
    unit: .economies, direction: .higher, accumulation: .cumulative,
    component: "cyber_security", pillars: ["security", "resilience"], isDerived: true,
    summary: "Economies reporting yes for a national CSIRT, cybercrime legislation and a 24/7"
      + " contact point, derived from the three per-economy indicators.",
    note: "a national CSIRT, cybercrime legislation and a 24/7 contact point all reported in"
      + " place; an economy that has not answered all three is not counted")

  /// Share of member economies meeting all three commitments.
  static let commitmentsMetShare = IndicatorDefinition(
    id: "tel.commitments_met_share", title: "Share of economies meeting all three commitments",
    unit: .percentage, direction: .higher, accumulation: .cumulative,
    component: "cyber_security", pillars: ["security", "resilience"], isDerived: true,
    summary: "Share of the 21 member economies that report all three 2002 cyber-security"
      + " commitments in place, derived from the three per-economy indicators.",
    note: "the share of member economies meeting all three")

  /// Cyber-security awareness events held.
  static let awarenessEvents = IndicatorDefinition(
    id: "tel.awareness_events", title: "Cyber-security awareness events", unit: .count,
    direction: .higher, accumulation: .periodic, component: "cyber_security",
    pillars: ["security"],
    summary: "Public awareness events held in the period, including those for APEC"
      + " Cybersecurity Awareness Day (29 October), from SPSG meeting records.")

  /// Joint incident-response exercises among CSIRTs.
  static let incidentExercises = IndicatorDefinition(
    id: "tel.incident_exercises", title: "Joint incident-response exercises", unit: .count,
    direction: .higher, accumulation: .periodic, component: "cyber_security",
    pillars: ["resilience"],
    summary: "Incident-response drills run jointly by two or more economies' CSIRTs in the"
      + " period, from SPSG records of exercise reports.")

  /// Economies taking part in those exercises.
  static let exerciseEconomies = IndicatorDefinition(
    id: "tel.exercise_economies", title: "Economies taking part in exercises",
    unit: .economies, direction: .higher, accumulation: .periodic,
    component: "cyber_security", pillars: ["resilience"],
    summary: "Member economies whose CSIRT took part in at least one of the period's joint"
      + " incident-response exercises, from SPSG records of exercise reports.")

  /// People trained in cybercrime investigation.
  static let cybercrimeTrained = IndicatorDefinition(
    id: "tel.cybercrime_trained", title: "People trained in cybercrime investigation",
    unit: .count, direction: .higher, accumulation: .periodic, component: "cyber_security",
    pillars: ["security"],
    summary: "Law-enforcement and CSIRT staff who completed SPSG or Cybercrime Experts Group"
      + " training on cybercrime investigation in the period, from attendance lists.")

  /// The three per-economy commitment indicators, in catalogue order.
  static let commitments = [nationalCSIRT, cybercrimeLaw, contactPoint]

  /// The catalogue, in report order.
  static let all: [IndicatorDefinition] = [
    nationalCSIRT, cybercrimeLaw, contactPoint, commitmentsMet, commitmentsMetShare,
    awarenessEvents, incidentExercises, exerciseEconomies, cybercrimeTrained,
  ]
}
