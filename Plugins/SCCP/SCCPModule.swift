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

  /// The SCCP's id, name, components and indicator catalogue.
  public var descriptor: ForumDescriptor { Self.staticDescriptor }

  private static let staticDescriptor = ForumDescriptor(
    id: "SCCP", name: "Subcommittee on Customs Procedures",
    summary: "Secures and speeds the movement of goods through the APEC Framework for Secure"
      + " Trade, AEO programmes and their mutual recognition, the Trade Recovery Programme and"
      + " customs controls on cross-border cash.",
    components: ["customs", "cash_smuggling"],
    indicators: SCCPIndicators.all)

  /// An MRA pairing an economy with itself or with an economy without an operational AEO
  /// programme, and more economies in MRAs than are counted with an AEO programme.
  public func check(_ input: ForumInput) -> [Diagnostic] { SCCPChecks.run(input) }

  /// The unique economy pairs joined by an AEO MRA.
  public func derive(_ input: ForumInput) -> [DerivedValue] { SCCPDerivations.run(input) }

  /// The AEO and MRA coverage table (Customs) and the cash-control gaps (cash smuggling).
  public func sections(_ input: ForumInput, results: [IndicatorResult]) -> [ContributedSection] {
    SCCPSections.build(input, results: results)
  }

  /// One valid example submission and one invalid one per SCCP check.
  public var examples: [ForumExample] { SCCPExamples.all }
}
