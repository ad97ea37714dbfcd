/// An APEC member economy.
public struct Economy: Sendable, Hashable, Codable {
  /// The 3-letter code used in submissions (`VNM`).
  public let code: String
  /// The APEC name shown in reports ("Viet Nam", "Hong Kong, China").
  public let name: String
  /// The year the economy joined APEC, if known.
  public let joined: Int?
}

/// The member economies (`config/economies.yaml`), in code order.
public struct EconomyList: Sendable, Hashable {
  /// All economies, sorted by code.
  public let all: [Economy]
  private let byCode: [String: Economy]

  /// Creates the list.
  public init(_ economies: [Economy]) {
    all = economies.sorted { $0.code < $1.code }
    byCode = Dictionary(economies.map { ($0.code, $0) }, uniquingKeysWith: { first, _ in first })
  }

  /// The economy with `code`.
  public func economy(_ code: String) -> Economy? { byCode[code] }

  /// The display name for `code`, or the code itself when unknown.
  public func name(_ code: String) -> String { byCode[code]?.name ?? code }

  /// All codes, sorted.
  public var codes: [String] { all.map(\.code) }

  /// How many member economies there are.
  public var count: Int { all.count }
}
