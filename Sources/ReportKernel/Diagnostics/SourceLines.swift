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
