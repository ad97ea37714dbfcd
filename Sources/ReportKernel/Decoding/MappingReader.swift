internal import ReportYAML

/// Reads a mapping with a fixed set of keys; keys that are not allowed are reported with a
/// "did you mean" suggestion when ``finish()`` is called.
public final class MappingReader {
  /// The mapping itself.
  public let reader: ValueReader
  private let allowedKeys: [String]
  private var values: [String: YAMLPair] = [:]
  private var order: [String] = []

  /// Creates a reader; records an error and returns nil when the node is not a mapping.
  public init?(_ reader: ValueReader, allowedKeys: [String]) {
    self.reader = reader
    self.allowedKeys = allowedKeys
    guard let pairs = reader.node.mapping else {
      reader.mismatch("a mapping")
      return nil
    }
    for pair in pairs {
      guard let key = pair.key.scalar?.value else {
        reader.context.error(
          "\(reader.subject) keys must be plain text", at: pair.key.mark, code: "schema.key")
        continue
      }
      values[key] = pair
      order.append(key)
    }
  }

  /// The location of the mapping.
  public var location: SourceLocation { reader.location }

  /// Whether `key` is present (with any value, even null).
  public func has(_ key: String) -> Bool { values[key] != nil }

  /// A reader for the value of `key`, or nil when the key is absent or its value is null.
  public func optional(_ key: String) -> ValueReader? {
    guard let pair = values[key], !pair.value.isNull else { return nil }
    return child(key, pair.value)
  }

  /// A reader for the value of `key`; records "missing required key" when absent or null.
  public func required(_ key: String) -> ValueReader? {
    guard let reader = optional(key) else {
      let mark = values[key]?.key.mark ?? reader.node.mark
      reader.context.error(
        "missing required key '\(key)' in \(reader.subject)",
        at: mark, code: "schema.required")
      return nil
    }
    return reader
  }

  /// The location of `key` itself, if present.
  public func keyLocation(_ key: String) -> SourceLocation? {
    values[key].map { reader.context.location($0.key.mark) }
  }

  /// Reports every key that is not allowed.
  public func finish() {
    for key in order where !allowedKeys.contains(key) {
      guard let pair = values[key] else { continue }
      let place = reader.path.isEmpty ? "" : " in '\(reader.path)'"
      reader.context.error(
        "unknown key '\(key)'\(place)" + Suggestion.didYouMean(key, in: allowedKeys),
        at: pair.key.mark, code: "schema.unknown_key")
    }
  }

  private func child(_ key: String, _ node: YAMLNode) -> ValueReader {
    let path = reader.path.isEmpty ? key : "\(reader.path).\(key)"
    return ValueReader(node: node, path: path, context: reader.context)
  }
}
