/// A parsed YAML file: its root node and the problems found that did not stop parsing.
public struct YAMLDocument: Sendable {
  /// The root node, or nil for a file with no content (empty, or only comments).
  public let root: YAMLNode?
  /// Problems that did not stop parsing, in source order (duplicate mapping keys).
  public let findings: [YAMLError]

  /// Parses UTF-8 `bytes` into one document.
  ///
  /// A UTF-8 byte-order mark and CRLF line endings are accepted. Everything else that is not a
  /// single well-formed YAML document within `limits` throws a located ``YAMLError``: invalid
  /// UTF-8, syntax errors, tabs in indentation, a second document, an undefined alias, too much
  /// nesting, too many nodes after alias expansion, or too many bytes.
  ///
  /// - Parameters:
  ///   - bytes: The file's content.
  ///   - limits: The bounds to enforce.
  /// - Throws: ``YAMLError`` at the first problem that stops parsing.
  public init(bytes: [UInt8], limits: YAMLLimits = .standard) throws(YAMLError) {
    guard bytes.count <= limits.maxBytes else {
      throw YAMLError(
        .tooLarge,
        "file is \(bytes.count) bytes; the limit is \(limits.maxBytes) bytes"
          + " (YAMLLimits.maxBytes)",
        at: Mark(line: 1, column: 1))
    }
    if let invalid = SourceText.firstInvalidUTF8(in: bytes) {
      let byte = String(bytes[invalid.offset], radix: 16, uppercase: true)
      throw YAMLError(
        .invalidUTF8,
        "invalid UTF-8 (byte 0x\(byte)); save the file as UTF-8", at: invalid.mark)
    }
    // libyaml reads a NEL (U+0085) as a line break, where the other C1 controls are refused:
    // no one means one, so it is refused like them.
    if let offset = SourceText.firstNextLine(in: bytes) {
      throw LibYAMLParser.controlCharacter(
        0x85, at: SourceText.mark(ofByteOffset: offset, in: bytes))
    }
    var builder = DocumentBuilder(limits: limits)
    // The encoding is fixed to UTF-8, so libyaml would read a byte-order mark as content.
    let hasBOM = bytes.starts(with: [0xEF, 0xBB, 0xBF])
    let parser = try LibYAMLParser(bytes: hasBOM ? Array(bytes.dropFirst(3)) : bytes)
    try builder.run(parser)
    root = builder.root
    findings = builder.findings
  }

  /// Parses a string; see ``init(bytes:limits:)``.
  public init(string: String, limits: YAMLLimits = .standard) throws(YAMLError) {
    try self.init(bytes: Array(string.utf8), limits: limits)
  }
}
