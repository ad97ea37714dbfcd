import ReportKernel

/// The Transportation Working Group (TPTWG): transport security for goods and passengers.
///
/// TPTWG contributes to two components of the Strategy: *Transportation security (goods)*,
/// where its Maritime Experts Group security sub-group (MEG-SEC) supports ISPS Code
/// implementation (the ISPS Code Implementation Assistance Program, ICIAP) and port facility
/// security, and *Transportation security (passengers)*, where its Aviation Experts Group
/// security sub-group (AEG-SEC) works on aviation security and the insider risk.
///
/// The Strategy requires every transport mode to be covered, so each activity in a transport
/// component carries a mode tag (`air`, `sea`, `land`); the module derives how many modes the
/// forum's work covered and flags the ones left without any activity.
public struct TPTWGModule: ForumModule {
  /// Creates the module.
  public init() {}

  /// TPTWG's id, name, components, catalogue and the mode tags it gives meaning to.
  public var descriptor: ForumDescriptor { Self.staticDescriptor }

  private static let staticDescriptor = ForumDescriptor(
    id: "TPTWG", name: "Transportation Working Group",
    summary: "Secures the movement of goods and passengers by air, sea and land: ISPS Code"
      + " implementation support for ports, maritime and aviation security, and land"
      + " transport security.",
    components: TPTWGIndicators.transportComponents,
    indicators: TPTWGIndicators.all,
    activityTags: TransportMode.allCases.map(\.rawValue))

  /// Activities without a transport mode, port facilities with more approved plans than
  /// facilities, and modes no activity covers.
  public func check(_ input: ForumInput) -> [Diagnostic] { TPTWGChecks.run(input) }

  /// The security-plan share and the number of transport modes covered.
  public func derive(_ input: ForumInput) -> [DerivedValue] { TPTWGDerivations.run(input) }

  /// The port facility security plan table (goods) and the transport-mode coverage table
  /// (passengers).
  public func sections(_ input: ForumInput, results: [IndicatorResult]) -> [ContributedSection] {
    TPTWGSections.build(input, results: results)
  }

  /// Valid and invalid example submissions.
  public var examples: [ForumExample] { TPTWGExamples.all }
}
