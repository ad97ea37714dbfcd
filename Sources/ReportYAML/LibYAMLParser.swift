internal import CLibYAML

/// The one owner of a libyaml `yaml_parser_t` and of the input bytes it reads.
///
/// The parser and a private copy of the input are allocated in `init` and freed in `deinit`;
/// libyaml keeps a pointer to the input, so the copy lives exactly as long as the parser.
final class LibYAMLParser {
  private let parser: UnsafeMutablePointer<yaml_parser_t>
  private let input: UnsafeMutableBufferPointer<UInt8>
  private let source: [UInt8]

  /// Prepares to parse `bytes` (already checked to be UTF-8).
  init(bytes: [UInt8]) throws(YAMLError) {
    source = bytes
    input = UnsafeMutableBufferPointer<UInt8>.allocate(capacity: max(bytes.count, 1))
    _ = input.initialize(from: bytes)
    parser = UnsafeMutablePointer<yaml_parser_t>.allocate(capacity: 1)
    guard yaml_parser_initialize(parser) != 0 else {
      parser.deallocate()
      input.deallocate()
      throw YAMLError(
        .library, "libyaml could not initialise a parser", at: Mark(line: 1, column: 1))
    }
    if let base = input.baseAddress {
      yaml_parser_set_input_string(parser, base, bytes.count)
    }
    yaml_parser_set_encoding(parser, YAML_UTF8_ENCODING)
  }

  deinit {
    yaml_parser_delete(parser)
    parser.deallocate()
    input.deallocate()
  }

  /// Reads the next event, or throws libyaml's problem at its mark.
  func next() throws(YAMLError) -> YAMLEvent {
    var event = yaml_event_t()
    guard yaml_parser_parse(parser, &event) != 0 else { throw currentError() }
    defer { yaml_event_delete(&event) }
    let mark = Self.mark(event.start_mark)
    switch event.type {
    case YAML_STREAM_START_EVENT: return .streamStart
    case YAML_STREAM_END_EVENT: return .streamEnd
    case YAML_DOCUMENT_START_EVENT: return .documentStart(mark)
    case YAML_DOCUMENT_END_EVENT: return .documentEnd
    case YAML_ALIAS_EVENT:
      return .alias(anchor: Self.string(event.data.alias.anchor) ?? "", mark: mark)
    case YAML_SCALAR_EVENT:
      let data = event.data.scalar
      let value = data.value.map { pointer in
        String(decoding: UnsafeBufferPointer(start: pointer, count: data.length), as: UTF8.self)
      }
      return .scalar(
        anchor: Self.string(data.anchor), tag: Self.string(data.tag),
        scalar: YAMLScalar(value: value ?? "", style: Self.style(data.style)), mark: mark)
    case YAML_SEQUENCE_START_EVENT:
      let data = event.data.sequence_start
      return .sequenceStart(
        anchor: Self.string(data.anchor), tag: Self.string(data.tag), mark: mark)
    case YAML_SEQUENCE_END_EVENT: return .sequenceEnd
    case YAML_MAPPING_START_EVENT:
      let data = event.data.mapping_start
      return .mappingStart(
        anchor: Self.string(data.anchor), tag: Self.string(data.tag), mark: mark)
    case YAML_MAPPING_END_EVENT: return .mappingEnd
    default:
      throw YAMLError(.library, "libyaml returned an unknown event", at: mark)
    }
  }

  /// The error for an invisible control character written as it is (not as an escape) at
  /// `mark`; `value` is its code point.
  static func controlCharacter(_ value: Int32, at mark: Mark) -> YAMLError {
    YAMLError(
      .invalidUTF8,
      "cannot read the file: an invisible control character (\(codePoint(value))) here is not"
        + " allowed; delete it (text pasted from another program can carry one)", at: mark)
  }

  /// `U+0007` for 7: a character's code point as Unicode writes it.
  static func codePoint(_ value: Int32) -> String {
    let hex = String(UInt32(bitPattern: value), radix: 16, uppercase: true)
    return "U+" + String(repeating: "0", count: max(0, 4 - hex.count)) + hex
  }

  /// Turns libyaml's error state into a located error.
  private func currentError() -> YAMLError {
    let state = parser.pointee
    let problem = state.problem.map { String(cString: $0) } ?? "unknown problem"
    let mark = Self.mark(state.problem_mark)
    switch state.error {
    case YAML_MEMORY_ERROR:
      return YAMLError(.library, "out of memory while reading YAML", at: mark)
    case YAML_READER_ERROR:
      let location = SourceText.mark(ofByteOffset: state.problem_offset, in: source)
      if problem == "control characters are not allowed" {
        return Self.controlCharacter(state.problem_value, at: location)
      }
      return YAMLError(.invalidUTF8, "cannot read the file: \(problem)", at: location)
    default:
      // Every scanner error at a tab in the indentation is the tab's fault, whatever libyaml
      // calls it ("found character that cannot start any token").
      if state.error == YAML_SCANNER_ERROR,
        let tab = SourceText.indentationTab(at: mark, in: source)
      {
        return YAMLError(
          .tabIndentation, "tab character used for indentation; YAML allows only spaces",
          at: tab)
      }
      if SourceText.isTab(at: mark, in: source), Self.tabIsIndentation(line: mark.line, in: source)
      {
        return YAMLError(
          .tabIndentation, "tab character used for indentation; YAML allows only spaces",
          at: mark)
      }
      let context = state.context.map { String(cString: $0) }
      if let advice = StrayLineAdvice.advise(problem: problem, at: mark, in: source)
        ?? SyntaxAdvice.advise(problem: problem, at: mark, in: source)
      {
        return advice
      }
      let contextMark = Self.mark(state.context_mark)
      let hasContext = context != nil && contextMark != mark
      return YAMLError(
        .syntax, "invalid YAML: \(problem)", at: mark,
        related: hasContext ? contextMark : nil,
        relatedMessage: hasContext ? context : nil)
    }
  }

  /// Whether the tabs that begin `line` are what breaks it: with them as spaces, the source
  /// reads past that line. A tab before a stray `}` is not indentation, and gets libyaml's
  /// own message.
  static func tabIsIndentation(line: Int, in source: [UInt8]) -> Bool {
    var bytes: [UInt8] = []
    bytes.reserveCapacity(source.count + 8)
    var current = 1
    var atLineStart = true
    var index = 0
    while index < source.count {
      let breakLength = SourceText.lineBreakLength(at: index, in: source)
      if breakLength > 0 {
        bytes += source[index..<index + breakLength]
        index += breakLength
        current += 1
        atLineStart = true
        continue
      }
      let byte = source[index]
      if current == line, atLineStart, byte == 0x09 {
        bytes += [0x20, 0x20]
      } else {
        if byte != 0x20 { atLineStart = false }
        bytes.append(byte)
      }
      index += 1
    }
    guard let parser = try? LibYAMLParser(bytes: bytes) else { return false }
    while true {
      do {
        if case .streamEnd = try parser.next() { return true }
      } catch {
        return error.mark.line > line
      }
    }
  }

  private static func mark(_ mark: yaml_mark_t) -> Mark {
    Mark(line: Int(mark.line) + 1, column: Int(mark.column) + 1)
  }

  private static func string(_ pointer: UnsafeMutablePointer<yaml_char_t>?) -> String? {
    guard let pointer else { return nil }
    return String(cString: pointer)
  }

  private static func style(_ style: yaml_scalar_style_t) -> YAMLScalar.Style {
    switch style {
    case YAML_SINGLE_QUOTED_SCALAR_STYLE: return .singleQuoted
    case YAML_DOUBLE_QUOTED_SCALAR_STYLE: return .doubleQuoted
    case YAML_LITERAL_SCALAR_STYLE: return .literal
    case YAML_FOLDED_SCALAR_STYLE: return .folded
    default: return .plain
    }
  }
}
