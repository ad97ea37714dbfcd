/// One node of a parsed YAML document, with the place it starts in the source.
///
/// Aliases are resolved while parsing: an alias node is a copy of the anchored node (sharing its
/// storage), so consumers never see anchors. Every node keeps its own mark; a node reached
/// through an alias keeps the mark of the alias, so errors point where the value was used.
public struct YAMLNode: Sendable {
  /// What the node holds.
  public enum Content: Sendable {
    /// A scalar: its text and how it was written.
    case scalar(YAMLScalar)
    /// A sequence of nodes.
    case sequence([YAMLNode])
    /// A mapping, in source order. Duplicate keys are reported by the parser and the later
    /// occurrence is dropped.
    case mapping([YAMLPair])
  }

  /// The node's content.
  public let content: Content
  /// Where the node starts.
  public let mark: Mark
  /// The explicit tag, if the source gave one (`!!str`, `!custom`).
  public let tag: String?

  /// Creates a node.
  public init(content: Content, mark: Mark, tag: String? = nil) {
    self.content = content
    self.mark = mark
    self.tag = tag
  }

  /// The scalar, if this node is one.
  public var scalar: YAMLScalar? {
    if case .scalar(let scalar) = content { return scalar }
    return nil
  }

  /// The items, if this node is a sequence.
  public var sequence: [YAMLNode]? {
    if case .sequence(let items) = content { return items }
    return nil
  }

  /// The pairs, if this node is a mapping.
  public var mapping: [YAMLPair]? {
    if case .mapping(let pairs) = content { return pairs }
    return nil
  }

  /// True for a plain `~`, `null`, `Null`, `NULL` or empty scalar.
  public var isNull: Bool {
    guard case .scalar(let scalar) = content, scalar.style == .plain, tag == nil else {
      return false
    }
    // Compared byte by byte: this is asked of nearly every value read.
    let bytes = scalar.value.utf8
    switch bytes.count {
    case 0: return true
    case 1: return bytes.first == UInt8(ascii: "~")
    case 4:
      return bytes.elementsEqual("null".utf8) || bytes.elementsEqual("Null".utf8)
        || bytes.elementsEqual("NULL".utf8)
    default: return false
    }
  }

  /// A short name for the node's kind, for messages: "a mapping", "a list", "text".
  public var kindDescription: String {
    switch content {
    case .scalar: return isNull ? "nothing" : "'\(scalar?.value ?? "")'"
    case .sequence: return "a list"
    case .mapping: return "a mapping"
    }
  }
}

/// A scalar's text and the style it was written in.
public struct YAMLScalar: Sendable, Hashable {
  /// How a scalar was written in the source.
  public enum Style: Sendable, Hashable {
    /// Unquoted.
    case plain
    /// `'single quoted'`.
    case singleQuoted
    /// `"double quoted"`.
    case doubleQuoted
    /// `|` block.
    case literal
    /// `>` block.
    case folded
  }

  /// The scalar's text, after YAML unescaping and folding.
  public let value: String
  /// How it was written.
  public let style: Style

  /// Creates a scalar.
  public init(value: String, style: Style) {
    self.value = value
    self.style = style
  }
}

/// A key and its value in a mapping.
public struct YAMLPair: Sendable {
  /// The key node (a scalar in every file ctst reads).
  public let key: YAMLNode
  /// The value node.
  public let value: YAMLNode

  /// Creates a pair.
  public init(key: YAMLNode, value: YAMLNode) {
    self.key = key
    self.value = value
  }
}
