internal import ReportYAML

/// Reads a mapping with a fixed set of keys; keys that are not allowed are reported with a
/// "did you mean" suggestion when ``finish()`` is called.
public final class MappingReader {
  /// The mapping itself.
  public let reader: ValueReader
  private let allowedKeys: [String]
  /// The entries with plain-text keys, in source order. A mapping has a few keys, so looking
  /// one up by comparing is quicker than hashing them all into a dictionary.
  private var entries: [(key: String, pair: YAMLPair)] = []

  /// Creates a reader; records an error and returns nil when the node is not a mapping.
  public init?(_ reader: ValueReader, allowedKeys: [String]) {
    self.reader = reader
    self.allowedKeys = allowedKeys
    guard let pairs = reader.node.mapping else {
      let keys = allowedKeys.prefix(4).joined(separator: ", ")
      let more = allowedKeys.count > 4 ? " …" : ""
      reader.mismatch(
        "a mapping",
        hint: reader.node.scalar == nil || reader.path.isEmpty
          ? ""
          : "; write its keys (\(keys)\(more)) on the lines below '\(reader.key):', indented,"
            + " each as 'key: value'")
      return nil
    }
    for pair in pairs.mergingSplitNumbers() {
      guard let key = pair.key.scalar?.value else {
        reader.context.error(
          "\(reader.subject) keys must be plain text", at: pair.key.mark, code: "schema.key")
        continue
      }
      entries.append((key, pair))
    }
  }

  /// The pair of `key` (the last, if a duplicate key was written).
  private func pair(_ key: String) -> YAMLPair? {
    entries.last { $0.key == key }?.pair
  }

  /// The location of the mapping.
  public var location: SourceLocation { reader.location }

  /// Whether `key` is present (with any value, even null).
  public func has(_ key: String) -> Bool { pair(key) != nil }

  /// A reader for the value of `key`, or nil when the key is absent or its value is null.
  public func optional(_ key: String) -> ValueReader? {
    guard let pair = pair(key), !pair.value.isNull else { return nil }
    return child(key, pair.value)
  }

  /// A reader for the value of `key`; records "missing required key" when absent or null,
  /// followed by `advice` (what to write, and where) when given.
  public func required(_ key: String, advice: String? = nil) -> ValueReader? {
    guard let reader = optional(key) else {
      let mark = pair(key)?.key.mark ?? reader.node.mark
      reader.context.error(
        "missing required key '\(key)' in \(reader.subject)" + (advice.map { "; " + $0 } ?? ""),
        at: mark, code: "schema.required")
      return nil
    }
    return reader
  }

  /// The location of `key` itself, if present.
  public func keyLocation(_ key: String) -> SourceLocation? {
    pair(key).map { reader.context.location($0.key.mark) }
  }

  /// Reports every key that is not allowed.
  public func finish() {
    for (key, _) in entries where !allowedKeys.contains(key) {
      guard let pair = pair(key) else { continue }
      let place = reader.subject == "the file" ? "" : " in \(reader.subject)"
      let suggestion = Suggestion.closest(to: key, in: allowedKeys)
      reader.context.error(
        "unknown key '\(key)'\(place)"
          + (suggestion.map { " (did you mean '\($0)'?)" }
            ?? "; the keys here are \(allowedKeys.joined(separator: ", "))"),
        at: pair.key.mark, code: "schema.unknown_key")
    }
  }

  private func child(_ key: String, _ node: YAMLNode) -> ValueReader {
    reader.child(node, key: key)
  }
}

extension Array where Element == YAMLPair {
  /// The pairs with `{apec_usd: 120,000}` read as the lead meant it: inside `{ }` a comma
  /// separates entries, so YAML reads `120` and a key `000` with no value. A value ending in a
  /// digit followed, on the same line, by a valueless key of three digits is joined back into
  /// `120,000`, which then gets the thousands-separator advice (or stays text, in a title).
  func mergingSplitNumbers() -> [YAMLPair] {
    // Most mappings have nothing to join: then they are returned as they are, not copied. A
    // value is looked at in place, and its key only when the value is null.
    var mayJoin = false
    for index in indices.dropFirst() where self[index].value.isNull {
      if self[index].key.scalar.map({ $0.value.count == 3 }) == true {
        mayJoin = true
        break
      }
    }
    guard mayJoin else { return self }
    var result: [YAMLPair] = []
    for pair in self {
      if let last = result.last, let head = last.value.scalar, head.style == .plain,
        last.value.tag == nil, head.value.last?.isASCIIDigit == true,
        let tail = pair.key.scalar, tail.style == .plain, pair.value.isNull,
        tail.value.count == 3, tail.value.allSatisfy(\.isASCIIDigit),
        pair.key.mark.line == last.value.mark.line
      {
        let joined = YAMLNode(
          content: .scalar(YAMLScalar(value: head.value + "," + tail.value, style: .plain)),
          mark: last.value.mark)
        result[result.count - 1] = YAMLPair(key: last.key, value: joined)
        continue
      }
      result.append(pair)
    }
    return result
  }
}
