import ReportKernel

/// The Counter-Terrorism Task Force (CTTF, since 2013 the Counter-Terrorism Working Group):
/// Counter-Terrorism Action Plans, Food Defense, terrorist-financing standards and STAR.
///
/// Its own logic is the two-year CTAP cycle: from each economy's "last updated" date it derives
/// the share of economies whose plan is current at the period's end and the list of economies
/// whose plan is overdue, and contributes that list as a table to the Secure Finance component.
public struct CTTFModule: ForumModule {
  /// Creates the module.
  public init() {}

  /// The CTTF's id, name, components, activity tags and indicator catalogue.
  public var descriptor: ForumDescriptor { Self.staticDescriptor }

  private static let staticDescriptor = ForumDescriptor(
    id: "CTTF", name: "Counter-Terrorism Task Force",
    summary: "Coordinates APEC's counter-terrorism commitments through economies' Counter-"
      + "Terrorism Action Plans, and runs Food Defense, CFT/AML and STAR capacity building.",
    components: ["sector_vulnerabilities", "financial_regulation", "cash_smuggling"],
    indicators: CTTFIndicators.all,
    activityTags: CTTFChecks.activityTags)

  /// CTAP dates that are impossible or move back, training and STAR figures that contradict
  /// each other, and Food Defense participation that contradicts the activities.
  public func check(_ input: ForumInput) -> [Diagnostic] { CTTFChecks.run(input) }

  /// The share of economies with a current CTAP and the number whose plan is overdue.
  public func derive(_ input: ForumInput) -> [DerivedValue] { CTTFDerivations.run(input) }

  /// The overdue-CTAP table (Secure Finance) and the Food Defense reach table.
  public func sections(_ input: ForumInput, results: [IndicatorResult]) -> [ContributedSection] {
    CTTFSections.build(input, results: results)
  }

  /// One valid and three invalid example submissions.
  public var examples: [ForumExample] { CTTFExamples.all }
}
