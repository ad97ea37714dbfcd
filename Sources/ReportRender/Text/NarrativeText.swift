/// The form of a narrative as its forum wrote it (often pasted from Word): paragraphs split at
/// blank lines, bullet lists ("- ", "• ", "▪ ", "– ", "* ", "◦ "), numbered lists ("1. ",
/// "2) "), and deliberate line breaks (after a line ending in ":" or a short heading line).
/// Lines wrapped by the YAML source inside a paragraph are joined again. Text and Markdown
/// render the pieces, so a list stays a list.
enum NarrativeText {
  /// One piece of a narrative.
  enum Piece: Equatable {
    /// A paragraph: its lines, each to start on a new line (usually one).
    case paragraph([String])
    /// A bulleted list; each item on one line.
    case bullets([String])
    /// A numbered list starting at `start`.
    case numbered(start: Int, items: [String])
  }

  /// Bullet marks Word and e-mail use.
  static let bulletMarks: Set<Character> = ["-", "•", "▪", "–", "—", "*", "◦", "·", "‣", "○"]

  /// The pieces of `text`.
  static func pieces(_ text: String) -> [Piece] {
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

    for raw in text.split(omittingEmptySubsequences: false, whereSeparator: \.isNewline) {
      let indented = raw.first.map { $0 == " " || $0 == "\t" } ?? false
      let line = CellText.oneLine(String(raw))
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

  /// The item text and, for a numbered item, its number; nil when `line` is not a list item.
  static func listItem(_ line: String) -> (String, Int?)? {
    guard let first = line.first else { return nil }
    if bulletMarks.contains(first) {
      let rest = line.dropFirst()
      guard let next = rest.first, next == " " else { return nil }
      let item = CellText.oneLine(String(rest))
      return item.isEmpty ? nil : (item, nil)
    }
    let digits = line.prefix { $0.isASCII && $0.isNumber }
    guard (1...3).contains(digits.count), let number = Int(digits) else { return nil }
    let rest = line.dropFirst(digits.count)
    guard let mark = rest.first, mark == "." || mark == ")",
      rest.dropFirst().first == " "
    else { return nil }
    let item = CellText.oneLine(String(rest.dropFirst(2)))
    return item.isEmpty ? nil : (item, number)
  }

  /// True when the line break after `line` is the author's, not the source's wrapping: after
  /// a colon, or after a short line that does not end mid-sentence ("Challenges").
  static func breaksAfter(_ line: String) -> Bool {
    guard let last = line.last else { return false }
    if last == ":" { return true }
    return line.count < 40 && !",;-–".contains(last)
  }
}
