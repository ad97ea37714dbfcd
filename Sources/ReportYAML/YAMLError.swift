/// Why a YAML source could not be read, with the place it went wrong.
///
/// Parsing stops at the first of these; ``YAMLDocument/findings`` holds the problems that do not
/// stop it (duplicate keys).
public struct YAMLError: Error, Sendable, Hashable, CustomStringConvertible {
  /// The class of problem, for tests and for callers that react to one class.
  public enum Kind: Sendable, Hashable {
    /// The text is not well-formed YAML (libyaml's scanner or parser said so).
    case syntax
    /// A tab character where YAML requires spaces.
    case tabIndentation
    /// Bytes that are not UTF-8.
    case invalidUTF8
    /// A mapping key that appears twice.
    case duplicateKey
    /// Alias expansion would produce more nodes than ``YAMLLimits/maxNodes`` or more text than
    /// ``YAMLLimits/maxTextBytes``.
    case aliasExpansion
    /// Nesting deeper than ``YAMLLimits/maxDepth``.
    case nestingTooDeep
    /// A source larger than ``YAMLLimits/maxBytes``.
    case tooLarge
    /// More than one document in one file.
    case multipleDocuments
    /// An alias to an anchor that was never defined.
    case unknownAnchor
    /// An explicit tag ctst does not understand (`!custom`).
    case unsupportedTag
    /// libyaml could not allocate memory or failed in an unexpected way.
    case library
  }

  /// The class of problem.
  public let kind: Kind
  /// What is wrong, in words a forum lead can act on.
  public let message: String
  /// Where it is.
  public let mark: Mark
  /// A second place that explains the first (the earlier occurrence of a duplicate key, the
  /// start of the construct libyaml was reading).
  public let relatedMark: Mark?
  /// What the related mark is.
  public let relatedMessage: String?
  /// Further lines without a place: an example of the fix, libyaml's own words.
  public let notes: [String]

  /// Creates an error.
  public init(
    _ kind: Kind, _ message: String, at mark: Mark, related: Mark? = nil,
    relatedMessage: String? = nil, notes: [String] = []
  ) {
    self.kind = kind
    self.message = message
    self.mark = mark
    self.relatedMark = related
    self.relatedMessage = relatedMessage
    self.notes = notes
  }

  /// `line:column: message`.
  public var description: String { "\(mark): \(message)" }
}
