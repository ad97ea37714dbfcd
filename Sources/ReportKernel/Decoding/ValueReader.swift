internal import ReportYAML

/// Reads one YAML node as a typed value, recording a located error (with the key path) when it
/// has the wrong shape. Readers return nil after recording an error, so decoding goes on and
/// collects every problem in the file.
public struct ValueReader {
  /// The node being read.
  let node: YAMLNode
  /// The path of the mapping or list this node is in, and the node's key there, joined into
  /// ``path`` only when a message needs it: a table of many economies makes a reader per value,
  /// and almost none of them is ever named.
  private let parentPath: String
  private let lastKey: String?
  /// Where findings go.
  public let context: DecodingContext
  /// What the path belongs to, as the lead names it (`activity 'SCCP-2026-01'`), when it is not
  /// the file: the path is then relative to it.
  public let scope: String?

  /// Creates a reader.
  init(node: YAMLNode, path: String, context: DecodingContext, scope: String? = nil) {
    self.init(node: node, parentPath: path, lastKey: nil, context: context, scope: scope)
  }

  private init(
    node: YAMLNode, parentPath: String, lastKey: String?, context: DecodingContext,
    scope: String?
  ) {
    self.node = node
    self.parentPath = parentPath
    self.lastKey = lastKey
    self.context = context
    self.scope = scope
  }

  /// The key path from the document root (`activities[2].economies`).
  public var path: String {
    guard let lastKey else { return parentPath }
    return lastKey.hasPrefix("[") || parentPath.isEmpty
      ? parentPath + lastKey : "\(parentPath).\(lastKey)"
  }

  /// The same node read as `scope` (`activity 'SCCP-2026-01'`): paths below it are named
  /// relative to it.
  public func scoped(_ scope: String) -> ValueReader {
    ValueReader(node: node, path: "", context: context, scope: scope)
  }

  /// A reader for `child`, found under `key` (a name, or `[index]`).
  func child(_ node: YAMLNode, key: String) -> ValueReader {
    child(node, key: key, under: path)
  }

  /// A reader for `child`, found under `key`, with this reader's ``path`` already joined as
  /// `here` (made once for all the entries of a mapping).
  private func child(_ node: YAMLNode, key: String, under here: String) -> ValueReader {
    ValueReader(node: node, parentPath: here, lastKey: key, context: context, scope: scope)
  }

  /// The same value read again, its findings recorded in `context` (to decode one parsed
  /// file as more than one kind of file).
  public func recording(into context: DecodingContext) -> ValueReader {
    ValueReader(
      node: node, parentPath: parentPath, lastKey: lastKey, context: context, scope: scope)
  }

  /// The location of the node.
  public var location: SourceLocation { context.location(node.mark) }

  /// What the node is called in messages: `'path'`, `'path' in activity 'A1'`, the scope
  /// itself, or "the file" for the document root.
  public var subject: String {
    switch (path.isEmpty, scope) {
    case (true, nil): "the file"
    case (true, let scope?): scope
    case (false, nil): "'\(path)'"
    case (false, let scope?): "'\(path)' in \(scope)"
    }
  }

  /// The key this value is written under (the last part of the path).
  public var key: String {
    String(path.split(separator: ".").last ?? Substring(path))
  }

  /// Records a type error: "'path' must be X, found Y", with `hint` after it.
  public func mismatch(_ expected: String, hint: String = "") {
    context.error(
      "\(subject) must be \(expected), found \(node.kindDescription)\(hint)", at: node.mark,
      code: "schema.type")
  }

  /// The advice for a plain value tagged `!!str`, which makes it text, or nil.
  var taggedText: String? {
    node.tag == YAMLTag.string && node.scalar?.style == .plain
      ? " marked as text by the tag '!!str'; remove the tag" : nil
  }

  /// Whether the scalar was written in quotes or as a block, or tagged `!!str`: text however
  /// it reads.
  public var isExplicitText: Bool {
    guard let scalar = node.scalar else { return false }
    return scalar.style != .plain || node.tag == YAMLTag.string
  }

  /// Records an error at this node.
  public func fail(_ message: String, code: String) {
    context.error(message, at: node.mark, code: code)
  }

  /// The scalar text, or nil (with an error) if the node is not a scalar or is null. An
  /// invisible control character in it (``ControlCharacter``, written as a YAML escape) is an
  /// error at the value, and the text is returned without it.
  public func string() -> String? {
    writtenText().map(withoutControlCharacters)
  }

  /// The scalar text as written, control characters and all, or nil (with an error) if the
  /// node is not a scalar or is null: for an id, a code or a word from a list, whose own rule
  /// refuses them and shows them as escapes, and for a text handed to the system.
  public func writtenText() -> String? {
    guard let scalar = node.scalar, !node.isNull else {
      mismatch("text")
      return nil
    }
    return scalar.value
  }

  /// Text that must not be empty or only spaces. A text of nothing but control characters
  /// has its one finding, about them.
  public func nonEmptyString() -> String? {
    guard let written = writtenText() else { return nil }
    let text = withoutControlCharacters(written)
    guard text.utf8.count == written.utf8.count || !text.allSatisfy(\.isWhitespace) else {
      return nil
    }
    return nonEmpty(text)
  }

  /// `text`, or nil with an error when it is empty or only spaces.
  func nonEmpty(_ text: String?) -> String? {
    guard let text else { return nil }
    guard !text.allSatisfy(\.isWhitespace) else {
      fail("\(subject) must not be empty", code: "schema.empty")
      return nil
    }
    return text
  }

  /// Non-empty text as written (``writtenText()``): an id or code, whose own rule refuses and
  /// shows any control character in it.
  public func nonEmptyWrittenText() -> String? {
    nonEmpty(writtenText())
  }

  /// `true`/`false`, `yes`/`no`, `y`/`n` or `on`/`off`, in any case.
  public func bool() -> Bool? {
    guard let scalar = node.scalar, !node.isNull else {
      mismatch("yes or no")
      return nil
    }
    guard !isExplicitText, let value = YesNo.parse(scalar.value) else {
      mismatch(
        "yes or no", hint: taggedText ?? ValueHints.yesNo(scalar.value, quoted: isExplicitText))
      return nil
    }
    return value
  }

  /// A date written `YYYY-MM-DD` that exists in the calendar. A date written another way
  /// (`2026-5-12`, `12/05/2026`) is an error that shows it corrected.
  public func date() -> CalendarDate? {
    guard let text = node.scalar?.value, !node.isNull else {
      mismatch("a date (YYYY-MM-DD)")
      return nil
    }
    guard let date = CalendarDate(iso: text) else {
      if CalendarDate.looksLikeDate(text), text.count == 10 {
        fail("\(subject) is not a real date: '\(text)'", code: "value.date")
      } else {
        mismatch("a date (YYYY-MM-DD)", hint: ValueHints.date(text))
      }
      return nil
    }
    return date
  }

  /// One of a closed set of words, in any case, with a suggestion when the text is close to one;
  /// a word that is none of them is shown with its invisible characters as escapes.
  public func oneOf<Value: RawRepresentable & CaseIterable>(_: Value.Type) -> Value?
  where Value.RawValue == String {
    guard let text = writtenText() else { return nil }
    if let value = Value(rawValue: text) { return value }
    let allowed = Value.allCases.map(\.rawValue)
    let folded = text.trimmingSpaces.lowercased()
    if let match = Value.allCases.first(where: { $0.rawValue.lowercased() == folded }) {
      return match
    }
    fail(
      "\(subject) must be one of \(allowed.joined(separator: ", ")), found"
        + " '\(TypedName.shown(text))'" + Suggestion.didYouMean(text, in: allowed),
      code: "schema.enum")
    return nil
  }

  /// A list whose items are read by `item`; a single scalar is not accepted as a list.
  public func list<Item>(_ item: (ValueReader) -> Item?) -> [Item]? {
    guard let items = node.sequence else {
      if node.isNull { return [] }
      mismatch("a list")
      return nil
    }
    let here = path
    return items.enumerated().compactMap { index, node in
      item(child(node, key: "[\(index)]", under: here))
    }
  }

  /// A list of non-empty strings.
  public func stringList() -> [String]? {
    list { $0.nonEmptyString() }
  }

  /// A list of non-empty strings, each with the place it is written.
  public func locatedStringList() -> [(text: String, location: SourceLocation)]? {
    list { item in item.nonEmptyString().map { ($0, item.location) } }
  }

  /// The node as a mapping with the given allowed keys.
  public func mapping(allowedKeys: [String]) -> MappingReader? {
    MappingReader(self, allowedKeys: allowedKeys)
  }

  /// The node as a mapping whose keys are free (ids, economy codes): each key and its value,
  /// in source order.
  public func entries() -> [(key: String, keyLocation: SourceLocation, value: ValueReader)]? {
    var entries: [(key: String, keyLocation: SourceLocation, value: ValueReader)] = []
    guard forEachEntry({ entries.append(($0, $1, $2)) }) else { return nil }
    return entries
  }

  /// Calls `body` with each of ``entries()`` in turn, without holding them all (a table of
  /// many economies is read value by value); false, after the same finding, when the node is
  /// not a mapping. Keys that are not plain text are reported first, as ``entries()`` does.
  @discardableResult
  public func forEachEntry(
    _ body: (_ key: String, _ keyLocation: SourceLocation, _ value: ValueReader) -> Void
  ) -> Bool {
    guard let pairs = node.mapping else {
      if node.isNull { return true }
      mismatch("a mapping")
      return false
    }
    let merged = pairs.mergingSplitNumbers()
    for pair in merged where pair.key.scalar == nil {
      context.error("\(subject) keys must be plain text", at: pair.key.mark, code: "schema.key")
    }
    let here = path
    for pair in merged {
      guard let key = pair.key.scalar?.value else { continue }
      body(key, context.location(pair.key.mark), child(pair.value, key: key, under: here))
    }
    return true
  }
}
