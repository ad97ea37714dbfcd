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

  /// BMG's id, name, components and indicator catalogue.
  public var descriptor: ForumDescriptor {
    ForumDescriptor(
      id: "BMG",
      name: "Business Mobility Group",
      summary: "Eases and secures business travel through the APEC Business Travel Card,"
        + " Advance Passenger Information and the Regional Movement Alert System, and helps"
        + " border officials stop cash couriers.",
      components: ["border_management", "cash_smuggling"],
      indicators: BMGIndicators.all
    )
  }
}

/// Formatting figures the way the BMG's messages need them.
enum BMGValues {
  /// A whole number with thousands separators: `405,000`.
  static func grouped(_ value: Double) -> String {
    // Beyond 10^15 (absurd input) Int(_:) would overflow and crash.
    guard value.isFinite, abs(value) < 1e15 else { return "\(value)" }
    let whole = Int(value.rounded())
    let digits = String(abs(whole))
    var text = ""
    for (index, digit) in digits.enumerated() {
      if index > 0, (digits.count - index) % 3 == 0 { text.append(",") }
      text.append(digit)
    }
    return (whole < 0 ? "-" : "") + text
  }

  /// A share as a percentage with one decimal: `3.3%`.
  static func percent(_ share: Double) -> String {
    // A growth from an absurd previous value (1e-300) would overflow Int and crash.
    guard share.isFinite, abs(share) < 1e12 else { return "\(share * 100)%" }
    let tenths = Int((share * 1000).rounded())
    let sign = tenths < 0 ? "-" : ""
    return "\(sign)\(abs(tenths) / 10).\(abs(tenths) % 10)%"
  }
}
