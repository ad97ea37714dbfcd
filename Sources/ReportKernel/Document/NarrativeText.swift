/// The form of a narrative as its forum wrote it (often pasted from Word): paragraphs split at
/// blank lines, bullet lists ("- ", "• ", "▪ ", "– ", "* ", "◦ "), numbered lists ("1. ",
/// "2) "), and deliberate line breaks (after a line ending in ":" or a short heading line).
/// Lines wrapped by the YAML source inside a paragraph are joined again. Text and Markdown
/// render the pieces, so a list stays a list; the workbook takes the ``plain(_:)`` form.
public enum NarrativeText {
  /// One piece of a narrative.
  public enum Piece: Equatable, Sendable {
    /// A paragraph: its lines, each to start on a new line (usually one).
    case paragraph([String])
    /// A bulleted list; each item on one line.
    case bullets([String])
    /// A numbered list starting at `start`.
    case numbered(start: Int, items: [String])
  }

  /// Bullet marks Word and e-mail use.
  public static let bulletMarks: Set<Character> = [
    "-", "•", "▪", "–", "—", "*", "◦", "·", "‣", "○",
  ]

  /// The pieces of `text`.
  public static func pieces(_ text: String) -> [Piece] {
    var pieces: [Piece] = []
    var lines: [String] = []  // the current paragraph's lines
    var soft = ""  // the current paragraph line being joined
    var items: [String] = []
    var numbered: Int?  // the start of the current numbered list
    var inList = false

    func endLine() {
      if !soft.isEmpty { lines.append(soft) }
      soft = ""
    }
    func endParagraph() {
      endLine()
      if !lines.isEmpty { pieces.append(.paragraph(lines)) }
      lines = []
    }
    func endList() {
      if inList, !items.isEmpty {
        pieces.append(numbered.map { .numbered(start: $0, items: items) } ?? .bullets(items))
      }
      items = []
      numbered = nil
      inList = false
    }

    for raw in sourceLines(text) {
      let indented = raw.first.map { $0 == " " || $0 == "\t" } ?? false
      let line = oneLine(raw)
      if line.isEmpty {
        endParagraph()
        endList()
        continue
      }
      if let (item, number) = listItem(line) {
        endParagraph()
        let kindChanges = inList && ((number == nil) != (numbered == nil))
        if kindChanges { endList() }
        if !inList {
          inList = true
          numbered = number
        }
        items.append(item)
        continue
      }
      if inList {
        if indented, let last = items.popLast() {
          items.append(last + " " + line)
          continue
        }
        endList()
      }
      if soft.isEmpty {
        soft = line
      } else {
        soft += " " + line
      }
      if breaksAfter(line) { endLine() }
    }
    endParagraph()
    endList()
    return pieces
  }

  /// The text as plain lines for a spreadsheet cell: paragraphs separated by a blank line,
  /// each list item on its own line with "•" or its number.
  public static func plain(_ text: String) -> String {
    pieces(text).map { piece in
      switch piece {
      case .paragraph(let lines): lines.joined(separator: "\n")
      case .bullets(let items): items.map { "• " + $0 }.joined(separator: "\n")
      case .numbered(let start, let items):
        items.enumerated().map { "\(start + $0.offset). \($0.element)" }
          .joined(separator: "\n")
      }
    }.joined(separator: "\n\n")
  }

  /// `text` on one line: every run of whitespace and of characters that would act on a
  /// terminal or reorder text (``isBreak(_:)``) becomes one space.
  public static func oneLine(_ text: String) -> String {
    switch text.utf8.withContiguousStorageIfAvailable(oneLine(bytes:)) ?? .inexact {
    case .same: text
    case .joined(let line): line
    case .inexact: text.split(whereSeparator: isBreak).joined(separator: " ")
    }
  }

  /// ``oneLine(_:)`` of a piece of a text.
  static func oneLine(_ text: Substring) -> String {
    switch text.utf8.withContiguousStorageIfAvailable(oneLine(bytes:)) ?? .inexact {
    case .same: String(text)
    case .joined(let line): line
    case .inexact: text.split(whereSeparator: isBreak).joined(separator: " ")
    }
  }

  /// Whether `character` separates words in text output: whitespace, control characters,
  /// bidirectional overrides and isolates, and the non-characters U+FFFE and U+FFFF.
  public static func isBreak(_ character: Character) -> Bool {
    character.isWhitespace
      || character.unicodeScalars.contains { scalar in
        switch scalar.value {
        case 0x00...0x1F, 0x7F...0x9F, 0x202A...0x202E, 0x2066...0x2069, 0xFFFE, 0xFFFF: true
        default: false
        }
      }
  }

  /// The item text and, for a numbered item, its number; nil when `line` is not a list item.
  static func listItem(_ line: String) -> (String, Int?)? {
    // A line starting with an ASCII byte other than "-", "*" or a digit is no item: a
    // character starting with it is none of the marks (the others are not ASCII) and no digit.
    if let byte = line.utf8.first, byte < 0x80, byte != UInt8(ascii: "-"),
      byte != UInt8(ascii: "*"), !(UInt8(ascii: "0")...UInt8(ascii: "9")).contains(byte)
    {
      return nil
    }
    return listItemByCharacters(line)
  }

  /// ``listItem(_:)`` on the line's characters: the reference.
  static func listItemByCharacters(_ line: String) -> (String, Int?)? {
    guard let first = line.first else { return nil }
    if bulletMarks.contains(first) {
      let rest = line.dropFirst()
      guard let next = rest.first, next == " " else { return nil }
      let item = oneLine(rest)
      return item.isEmpty ? nil : (item, nil)
    }
    let digits = line.prefix { $0.isASCII && $0.isNumber }
    guard (1...3).contains(digits.count), let number = Int(digits) else { return nil }
    let rest = line.dropFirst(digits.count)
    guard let mark = rest.first, mark == "." || mark == ")",
      rest.dropFirst().first == " "
    else { return nil }
    let item = oneLine(rest.dropFirst(2))
    return item.isEmpty ? nil : (item, number)
  }

  /// True when the line break after `line` is the author's, not the source's wrapping: after
  /// a colon, or after a short line that does not end mid-sentence ("Challenges").
  static func breaksAfter(_ line: String) -> Bool {
    guard let last = line.last else { return false }
    if last == ":" { return true }
    // Fewer than 40 characters (surely, in fewer than 40 bytes), without counting past the
    // 40th.
    return (line.utf8.count < 40 || line.dropFirst(39).isEmpty) && !",;-–".contains(last)
  }
}
