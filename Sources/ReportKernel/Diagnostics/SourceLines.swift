internal import ReportYAML

/// A source file as written, to place a finding at the line and column of a piece of text
/// inside a longer value (a sentence in a narrative), where the value's own location is only
/// where it starts.
///
/// It keeps the bytes as read (shared with the reader, not copied) and splits lines only when
/// a piece is looked for, so a long submission costs its size once.
public struct SourceLines: Sendable, Hashable {
  /// The file's bytes, UTF-8.
  private let bytes: [UInt8]

  /// The source whose bytes (UTF-8) are `bytes`.
  public init(_ bytes: [UInt8]) { self.bytes = bytes }

  /// Where `piece` of a value starting at `start` is written: the first line at or after
  /// `start`'s that holds its beginning, and the column (1-based, in characters as libyaml
  /// counts them) where it begins. A value folded over several lines may wrap `piece`, so
  /// shorter beginnings are tried; `start` when none is found (an escaped or reflowed text).
  public func locate(_ piece: String, from start: SourceLocation) -> SourceLocation {
    let trimmed = piece.drop { $0 == " " || $0 == "\t" }
    guard !trimmed.isEmpty, start.line > 0, !bytes.isEmpty,
      let first = offset(ofLine: start.line)
    else { return start }
    for length in [32, 16, 8] {
      let needle = Array(String(trimmed.prefix(length)).unicodeScalars)
      var number = start.line
      var lineStart = first
      while true {
        let (end, next) = lineEnd(from: lineStart)
        let line = Array(String(decoding: bytes[lineStart..<end], as: UTF8.self).unicodeScalars)
        if let column = Self.find(needle, in: line) {
          return SourceLocation(file: start.file, line: number, column: column + 1)
        }
        guard let next else { break }
        lineStart = next
        number += 1
      }
    }
    return start
  }

  /// Where the escape that writes `scalar` is in the double-quoted value whose opening quote
  /// is at `start`: the first of its short escape (`\a`), `\xHH`, `\uHHHH` and `\UHHHHHHHH`
  /// (hex in either case) before the closing quote. `start` when the value
  /// is not in double quotes or no escape writes it.
  public func locateEscape(of scalar: Unicode.Scalar, from start: SourceLocation)
    -> SourceLocation
  {
    guard start.line > 0, start.column > 0, var index = offset(ofLine: start.line) else {
      return start
    }
    // To the opening quote: the column counts characters, so skip continuation bytes.
    var column = 1
    while column < start.column, index < bytes.count {
      index += 1
      if index >= bytes.count || bytes[index] & 0xC0 != 0x80 { column += 1 }
    }
    guard index < bytes.count, bytes[index] == UInt8(ascii: "\"") else { return start }
    var line = start.line
    index += 1
    column += 1
    while index < bytes.count {
      let breakLength = SourceText.lineBreakLength(at: index, in: bytes)
      if breakLength > 0 {
        index += breakLength
        line += 1
        column = 1
        continue
      }
      switch bytes[index] {
      case UInt8(ascii: "\""): return start
      case UInt8(ascii: "\\") where SourceText.lineBreakLength(at: index + 1, in: bytes) > 0:
        // A backslash ending a line joins it to the next: the break is counted above.
        index += 1
        column += 1
      case UInt8(ascii: "\\"):
        if escape(at: index + 1, writes: scalar) {
          return SourceLocation(file: start.file, line: line, column: column)
        }
        // The backslash and the escape's letter (`\\` and `\"` too) are a column each; hex
        // digits follow as text.
        index += 1
        column += 1
        if index < bytes.count, bytes[index] < 0x80 {
          index += 1
          column += 1
        }
      default:
        if bytes[index] & 0xC0 != 0x80 { column += 1 }
        index += 1
      }
    }
    return start
  }

  /// Whether the escape whose letter is at `index` (after a backslash) writes `scalar`: its
  /// short form (``ControlCharacter/shortEscape(_:)``), or `x`, `u` or `U` with the hex digits
  /// of its code point.
  private func escape(at index: Int, writes scalar: Unicode.Scalar) -> Bool {
    guard index < bytes.count else { return false }
    let digits: Int
    switch bytes[index] {
    case UInt8(ascii: "x"): digits = 2
    case UInt8(ascii: "u"): digits = 4
    case UInt8(ascii: "U"): digits = 8
    default: return ControlCharacter.shortEscape(scalar)?.utf8.first == bytes[index]
    }
    guard index + digits < bytes.count else { return false }
    let hex = String(decoding: bytes[index + 1...index + digits], as: UTF8.self)
    return UInt32(hex, radix: 16) == scalar.value
  }

  /// The byte offset where 1-based `line` starts, or nil past the last line.
  private func offset(ofLine line: Int) -> Int? {
    var current = 1
    var start = 0
    while current < line {
      guard let next = lineEnd(from: start).next else { return nil }
      start = next
      current += 1
    }
    return start
  }

  /// The end of the line starting at `start` (before its line break) and where the next line
  /// starts (nil when this is the last line).
  private func lineEnd(from start: Int) -> (end: Int, next: Int?) {
    var index = start
    while index < bytes.count {
      let breakLength = SourceText.lineBreakLength(at: index, in: bytes)
      if breakLength > 0 { return (index, index + breakLength) }
      index += 1
    }
    return (bytes.count, nil)
  }

  private static func find(_ needle: [Unicode.Scalar], in line: [Unicode.Scalar]) -> Int? {
    guard !needle.isEmpty, needle.count <= line.count else { return nil }
    for offset in 0...(line.count - needle.count)
    where line[offset] == needle[0] && Array(line[offset..<offset + needle.count]) == needle {
      return offset
    }
    return nil
  }
}
