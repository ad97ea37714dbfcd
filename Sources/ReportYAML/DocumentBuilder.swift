/// Builds a node tree from libyaml events without recursion, so depth is bounded by
/// ``YAMLLimits/maxDepth`` and not by the thread's stack.
struct DocumentBuilder {
  private enum Frame {
    case sequence(anchor: String?, tag: String?, mark: Mark, items: [YAMLNode], size: Int)
    case mapping(
      anchor: String?, tag: String?, mark: Mark, pairs: [YAMLPair], pendingKey: YAMLNode?,
      seen: [String: Mark], size: Int)
  }

  let limits: YAMLLimits
  private(set) var root: YAMLNode?
  private(set) var findings: [YAMLError] = []
  private var stack: [Frame] = []
  private var anchors: [String: (node: YAMLNode, size: Int)] = [:]
  private var totalNodes = 0
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
        try count(target.size, at: mark)
        let node = YAMLNode(content: target.node.content, mark: mark, tag: target.node.tag)
        try attach(node, size: target.size)
      case .scalar(let anchor, let tag, let scalar, let mark):
        try count(1, at: mark)
        let node = YAMLNode(content: .scalar(scalar), mark: mark, tag: tag)
        if let anchor { anchors[anchor] = (node, 1) }
        try attach(node, size: 1)
      case .sequenceStart(let anchor, let tag, let mark):
        try push(.sequence(anchor: anchor, tag: tag, mark: mark, items: [], size: 1), at: mark)
      case .mappingStart(let anchor, let tag, let mark):
        try push(
          .mapping(
            anchor: anchor, tag: tag, mark: mark, pairs: [], pendingKey: nil, seen: [:], size: 1),
          at: mark)
      case .sequenceEnd, .mappingEnd:
        try pop()
      }
    }
  }

  private mutating func count(_ nodes: Int, at mark: Mark) throws(YAMLError) {
    totalNodes += nodes
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

  private mutating func pop() throws(YAMLError) {
    guard let frame = stack.popLast() else { return }
    switch frame {
    case .sequence(let anchor, let tag, let mark, let items, let size):
      let node = YAMLNode(content: .sequence(items), mark: mark, tag: tag)
      if let anchor { anchors[anchor] = (node, size) }
      try attach(node, size: size)
    case .mapping(let anchor, let tag, let mark, let pairs, _, _, let size):
      let node = YAMLNode(content: .mapping(pairs), mark: mark, tag: tag)
      if let anchor { anchors[anchor] = (node, size) }
      try attach(node, size: size)
    }
  }

  private mutating func attach(_ node: YAMLNode, size: Int) throws(YAMLError) {
    guard let top = stack.popLast() else {
      root = node
      return
    }
    switch top {
    case .sequence(let anchor, let tag, let mark, var items, let total):
      items.append(node)
      stack.append(
        .sequence(anchor: anchor, tag: tag, mark: mark, items: items, size: total + size))
    case .mapping(let anchor, let tag, let mark, var pairs, let pendingKey, var seen, let total):
      var nextKey: YAMLNode? = nil
      if let key = pendingKey {
        let name = key.scalar?.value
        if let name, let first = seen[name] {
          findings.append(
            YAMLError(
              .duplicateKey, "duplicate key '\(name)'; the first is at line \(first.line)",
              at: key.mark, related: first, relatedMessage: "'\(name)' first defined here"))
        } else {
          if let name { seen[name] = key.mark }
          pairs.append(YAMLPair(key: key, value: node))
        }
      } else {
        nextKey = node
      }
      stack.append(
        .mapping(
          anchor: anchor, tag: tag, mark: mark, pairs: pairs, pendingKey: nextKey, seen: seen,
          size: total + size))
    }
  }
}
