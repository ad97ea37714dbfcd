import ReportKernel

/// The Telecommunications and Information Working Group (TEL), reporting on cyber-security
/// through its Security and Prosperity Steering Group (SPSG).
///
/// Its own logic is the 2002 Leaders' cyber-security commitments: from each economy's yes/no
/// for a national CSIRT, cybercrime legislation and a 24/7 contact point it derives how many
/// economies, and what share, have all three, and lists what each other economy still lacks.
public struct TELModule: ForumModule {
  /// Creates the module.
  public init() {}

  /// The TEL's id, name, component, activity tags and indicator catalogue.
  public var descriptor: ForumDescriptor { Self.staticDescriptor }

  private static let staticDescriptor = ForumDescriptor(
    id: "TEL", name: "Telecommunications and Information Working Group",
    summary: "Through its Security and Prosperity Steering Group, builds CSIRT cooperation,"
      + " cybercrime laws and cyber-security awareness in every economy.",
    components: ["cyber_security"],
    indicators: TELIndicators.all,
    activityTags: TELChecks.activityTags)

  /// Exercise and awareness figures that contradict each other or the activities listed,
  /// and commitments reported as lapsed since the previous period.
  public func check(_ input: ForumInput) -> [Diagnostic] { TELChecks.run(input) }

  /// The count and share of economies meeting all three 2002 commitments.
  public func derive(_ input: ForumInput) -> [DerivedValue] { TELDerivations.run(input) }

  /// The per-economy commitments table and the period's exercises and awareness work.
  public func sections(_ input: ForumInput, results: [IndicatorResult]) -> [ContributedSection] {
    TELSections.build(input, results: results)
  }

  /// One valid and two invalid example submissions.
  public var examples: [ForumExample] { TELExamples.all }
}
