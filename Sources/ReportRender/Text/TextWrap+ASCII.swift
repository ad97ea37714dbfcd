extension TextWrap {
  /// ``wrap(_:width:first:rest:)`` of ASCII `text` after ASCII `first` and `rest` without a
  /// CR, worked on bytes: there each byte is a character, a word is a run of bytes other than
  /// control characters, space and DEL (as ``words(_:)`` splits ASCII text), and lengths
  /// always add up. The words are not made into strings of their own; each line is made once.
  /// Nil for any other text, which the character-level wrapping handles.
  static func wrapASCII(_ text: String, width: Int, first: String, rest: String) -> [String]? {
    guard isPlainASCII(first), isPlainASCII(rest) else { return nil }
    let wrapped = text.utf8.withContiguousStorageIfAvailable { bytes -> [String]? in
      guard !bytes.contains(where: { $0 >= 0x80 }) else { return nil }
      return wrapASCII(bytes, width: width, first: Array(first.utf8), rest: Array(rest.utf8))
    }
    return wrapped ?? nil
  }

  /// True when `text` is ASCII without a CR: its length is its byte count.
  private static func isPlainASCII(_ text: String) -> Bool {
    !text.utf8.contains { $0 >= 0x80 || $0 == 0x0D }
  }

  /// The lines of ASCII `bytes` wrapped to `width` after `first` and `rest`, trailing spaces
  /// trimmed.
  private static func wrapASCII(
    _ bytes: UnsafeBufferPointer<UInt8>, width: Int, first: [UInt8], rest: [UInt8]
  ) -> [String] {
    var lines: [String] = []
    var line = first
    line.reserveCapacity(max(width, first.count) + 1)
    var lineHasWord = false
    func push(_ line: [UInt8]) {
      var end = line.endIndex
      while end > line.startIndex, line[end - 1] == 0x20 { end -= 1 }
      lines.append(String(decoding: line[..<end], as: UTF8.self))
    }
    func isWordByte(_ byte: UInt8) -> Bool { byte > 0x20 && byte != 0x7F }
    var next = 0
    while next < bytes.count {
      guard isWordByte(bytes[next]) else {
        next += 1
        continue
      }
      let start = next
      var end = start + 1
      while end < bytes.count, isWordByte(bytes[end]) { end += 1 }
      next = end
      let length = end - start
      if length <= width - line.count - (lineHasWord ? 1 : 0) {
        if lineHasWord { line.append(0x20) }
        line.append(contentsOf: bytes[start..<end])
        lineHasWord = true
        continue
      }
      if lineHasWord {
        push(line)
        line = rest
        lineHasWord = false
      }
      var remaining = start
      while end - remaining > max(1, width - line.count) {
        var take = max(1, width - line.count)
        // A hyphenated word breaks after a hyphen, not mid-word.
        if let hyphen = bytes[remaining..<(remaining + take)].lastIndex(of: UInt8(ascii: "-")) {
          take = hyphen - remaining + 1
        }
        push(line + bytes[remaining..<(remaining + take)])
        remaining += take
        line = rest
      }
      line.append(contentsOf: bytes[remaining..<end])
      lineHasWord = remaining < end
    }
    if lineHasWord || lines.isEmpty { push(line) }
    return lines
  }
}
