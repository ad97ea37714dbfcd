/// Builds a node tree from libyaml events without recursion, so depth is bounded by
/// ``YAMLLimits/maxDepth`` and not by the thread's stack.
struct DocumentBuilder {
  /// An open sequence or mapping. The innermost one is changed where it lies in ``stack``, so
  /// its arrays grow in place (an enum popped and pushed back would copy them on every item,
  /// which is quadratic in the number of items), without a class's reference counting and
  /// access checks on every node.
  private struct Frame {
    enum Kind { case sequence, mapping }
    let kind: Kind
    let anchor: String?
    let tag: String?
    let mark: Mark
    var items: [YAMLNode] = []
    var pairs: [YAMLPair] = []
    var pendingKey: YAMLNode?
    var seen = DuplicateKeys()
    var size = 1
    var text = 0

    init(_ kind: Kind, anchor: String?, tag: String?, mark: Mark) {
      self.kind = kind
      self.anchor = anchor
      self.tag = tag
      self.mark = mark
    }
  }

  let limits: YAMLLimits
  private(set) var root: YAMLNode?
  private(set) var findings: [YAMLError] = []
  private var stack: [Frame] = []
  private var anchors: [String: (node: YAMLNode, size: Int, text: Int)] = [:]
  private var totalNodes = 0
  private var totalText = 0
  private var documents = 0

  init(limits: YAMLLimits) {
    self.limits = limits
  }

  mutating func run(_ parser: LibYAMLParser) throws(YAMLError) {
    while true {
      switch try parser.next() {
      case .streamStart, .documentEnd: continue
      case .streamEnd: return
      case .documentStart(let mark):
        documents += 1
        if documents > 1 {
          throw YAMLError(
            .multipleDocuments, "a second YAML document ('---') in one file; put one per file",
            at: mark)
        }
      case .alias(let anchor, let mark):
        guard let target = anchors[anchor] else {
          throw YAMLError(
            .unknownAnchor, "alias '*\(anchor)' names no anchor defined before it", at: mark)
        }
        try count(target.size, text: target.text, at: mark)
        let node = YAMLNode(content: target.node.content, mark: mark, tag: target.node.tag)
        attach(node, size: target.size, text: target.text)
      case .scalar(let anchor, let tag, let scalar, let mark):
        if let error = YAMLTag.check(tag, at: mark) { findings.append(error) }
        let text = scalar.value.utf8.count
        try count(1, text: text, at: mark)
        let node = YAMLNode(content: .scalar(scalar), mark: mark, tag: tag)
        if let anchor { anchors[anchor] = (node, 1, text) }
        attach(node, size: 1, text: text)
      case .sequenceStart(let anchor, let tag, let mark):
        if let error = YAMLTag.check(tag, at: mark) { findings.append(error) }
        try push(Frame(.sequence, anchor: anchor, tag: tag, mark: mark), at: mark)
      case .mappingStart(let anchor, let tag, let mark):
        if let error = YAMLTag.check(tag, at: mark) { findings.append(error) }
        try push(Frame(.mapping, anchor: anchor, tag: tag, mark: mark), at: mark)
      case .sequenceEnd, .mappingEnd:
        pop()
      }
    }
  }

  private mutating func count(_ nodes: Int, text: Int = 0, at mark: Mark) throws(YAMLError) {
    totalNodes += nodes
    totalText += text
    if totalText > limits.maxTextBytes {
      throw YAMLError(
        .aliasExpansion,
        "document expands to more than \(limits.maxTextBytes) bytes of text"
          + " (YAMLLimits.maxTextBytes); aliases may repeat a long text too often",
        at: mark)
    }
    if totalNodes > limits.maxNodes {
      throw YAMLError(
        .aliasExpansion,
        "document expands to more than \(limits.maxNodes) nodes (YAMLLimits.maxNodes);"
          + " aliases may be nested too deeply",
        at: mark)
    }
  }

  private mutating func push(_ frame: Frame, at mark: Mark) throws(YAMLError) {
    try count(1, at: mark)
    guard stack.count < limits.maxDepth else {
      throw YAMLError(
        .nestingTooDeep,
        "lists and mappings nested more than \(limits.maxDepth) levels deep (YAMLLimits.maxDepth)",
        at: mark)
    }
    stack.append(frame)
  }

  private mutating func pop() {
    guard let frame = stack.popLast() else { return }
    let content: YAMLNode.Content =
      switch frame.kind {
      case .sequence: .sequence(frame.items)
      case .mapping: .mapping(frame.pairs)
      }
    let node = YAMLNode(content: content, mark: frame.mark, tag: frame.tag)
    if let anchor = frame.anchor { anchors[anchor] = (node, frame.size, frame.text) }
    attach(node, size: frame.size, text: frame.text)
  }

  private mutating func attach(_ node: YAMLNode, size: Int, text: Int) {
    guard !stack.isEmpty else {
      root = node
      return
    }
    let top = stack.count - 1
    stack[top].size += size
    stack[top].text += text
    switch stack[top].kind {
    case .sequence:
      stack[top].items.append(node)
    case .mapping:
      guard let key = stack[top].pendingKey else {
        stack[top].pendingKey = node
        return
      }
      stack[top].pendingKey = nil
      let name = key.scalar?.value
      if let name, let first = stack[top].seen.insert(name, at: key.mark) {
        findings.append(
          YAMLError(
            .duplicateKey, "duplicate key '\(name)'; the first is at line \(first.line)",
            at: key.mark, related: first, relatedMessage: "'\(name)' first defined here"))
      } else {
        stack[top].pairs.append(YAMLPair(key: key, value: node))
      }
    }
  }
}
