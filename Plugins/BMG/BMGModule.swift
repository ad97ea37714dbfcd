import ReportKernel

/// The Business Mobility Group (BMG): secure and efficient movement of business travellers,
/// and immigration's part in stopping cash couriers.
///
/// The BMG reports the APEC Business Travel Card (ABTC) scheme, virtual cards, Advance
/// Passenger Information (API), the Regional Movement Alert System (RMAS) for lost and stolen
/// passports, and whether arriving travellers are asked to declare the cash they carry.
public struct BMGModule: ForumModule {
  /// Creates the module.
  public init() {}

  /// The BMG's id, name, components and indicator catalogue.
  public var descriptor: ForumDescriptor { Self.staticDescriptor }

  private static let staticDescriptor = ForumDescriptor(
    id: "BMG", name: "Business Mobility Group",
    summary: "Eases and secures business travel through the APEC Business Travel Card,"
      + " Advance Passenger Information and the Regional Movement Alert System, and helps"
      + " border officials stop cash couriers.",
    components: ["border_management", "cash_smuggling"],
    indicators: BMGIndicators.all)

  /// RMAS detections by an economy not connected to RMAS, virtual ABTCs from an economy
  /// outside the ABTC scheme or from more economies than take part, and fractions of cards or
  /// passports.
  public func check(_ input: ForumInput) -> [Diagnostic] { BMGChecks.run(input) }

  /// The growth in active ABTCs on the previous period.
  public func derive(_ input: ForumInput) -> [DerivedValue] { BMGDerivations.run(input) }

  /// The ABTC and border-systems table (Border management) and the cash-declaration gaps
  /// (cash smuggling).
  public func sections(_ input: ForumInput, results: [IndicatorResult]) -> [ContributedSection] {
    BMGSections.build(input, results: results)
  }

  /// One valid example submission and one invalid one per BMG check.
  public var examples: [ForumExample] { BMGExamples.all }
}
