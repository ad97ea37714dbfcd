/// A document's parts, which may still be being composed on another thread when the document
/// is made: the workbook's sheets, which show only the document's tables, are written
/// meanwhile, and whoever reads the parts waits for them. Compared, hashed and coded as the
/// parts themselves.
public struct ComposedParts: Sendable, Hashable, Codable {
  private let ahead: Ahead<[ReportPart]>

  /// Parts already composed.
  public init(_ parts: [ReportPart]) {
    ahead = Ahead(value: parts)
  }

  /// Parts being composed by `ahead`.
  public init(_ ahead: Ahead<[ReportPart]>) {
    self.ahead = ahead
  }

  /// The parts, once composed.
  public var parts: [ReportPart] { ahead.value }

  public static func == (lhs: ComposedParts, rhs: ComposedParts) -> Bool {
    lhs.parts == rhs.parts
  }

  public func hash(into hasher: inout Hasher) {
    hasher.combine(parts)
  }

  /// Decodes the parts as an array.
  public init(from decoder: any Decoder) throws {
    self.init(try decoder.singleValueContainer().decode([ReportPart].self))
  }

  /// Encodes the parts as an array: the same as encoding `[ReportPart]`.
  public func encode(to encoder: any Encoder) throws {
    var container = encoder.singleValueContainer()
    try container.encode(parts)
  }
}
