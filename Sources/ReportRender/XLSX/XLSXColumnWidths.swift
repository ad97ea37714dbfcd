import ReportKernel

/// How wide a table's columns want to be, in Excel's character units, and how many lines a
/// row needs once its text wraps.
///
/// A column fits its header's longest word (the header wraps beyond ``header`` characters),
/// its numbers and dates whole, and its text up to a cap: ``wideText`` in tables of up to
/// ``narrowTable`` columns (narratives, messages), ``text`` in wider ones; longer text wraps.
/// A single word longer than the cap (an id, a path, a checksum) still fits, up to
/// ``longestWord`` characters, so it is never broken.
enum XLSXColumnWidths {
  /// The narrowest column.
  static let minimum = 6
  /// Text wraps beyond this many characters in tables of up to ``narrowTable`` columns.
  static let wideText = 60
  /// The most columns a table may have to get ``wideText``.
  static let narrowTable = 5
  /// Text wraps beyond this many characters in wider tables.
  static let text = 30
  /// A word is never wrapped up to this many characters.
  static let longestWord = 66
  /// A header wraps at its spaces beyond this many characters.
  static let header = 10
  /// Room for the indent and the cell's padding, in characters.
  static let padding = 2
  /// Characters of text per character unit of width, a little under what Calibri averages.
  static let charactersPerUnit = 1.2
  /// The height of one line of 11-point text, in points.
  static let lineHeight = 15.0

  /// The width each column of `table` wants, padding included.
  ///
  /// One walk over the rows (a table's rows may be made on demand), each column measured until
  /// it reaches ``longestWord``.
  static func natural(_ table: ReportTable) -> [Int] {
    natural(table, measured: [measure(table, rows: table.rows)])
  }

  /// The width each column of `table` wants, padding included, from the ``measure(_:rows:)``
  /// of parts of its rows that together are all of them (in any order: a column's width is
  /// the widest any of its cells wants).
  static func natural(_ table: ReportTable, measured: [[Int]]) -> [Int] {
    let cap = textCap(table)
    var widths = table.columns.map { column in
      max(longestWord(column.title), min(column.title.count, header))
    }
    for part in measured {
      for (col, width) in part.enumerated() where col < widths.count {
        widths[col] = max(widths[col], width)
      }
    }
    return widths.map { max(min($0, max(cap, longestWord)) + padding, minimum) }
  }

  /// The characters each column of `table` wants for `rows` (some or all of its rows),
  /// before padding and caps: its widest number or date, its longest text up to the text cap
  /// (or its longest word, for longer text). A column stops being measured once it reaches
  /// ``longestWord``.
  static func measure(_ table: ReportTable, rows: some Sequence<[ReportCell]>) -> [Int] {
    let cap = textCap(table)
    var widths = Array(repeating: 0, count: table.columns.count)
    // A column is done once a row has widened it to the longest word.
    var open = Array(widths.indices)
    for row in rows {
      guard !open.isEmpty else { break }
      var done: [Int] = []
      for col in open where col < row.count {
        let shown = XLSXCellWriter.displayWidth(row[col])
        guard shown > widths[col] else { continue }
        if case .text(let text) = row[col], shown > cap {
          widths[col] = max(widths[col], cap, min(longestWord(text), longestWord))
        } else {
          widths[col] = shown
        }
        if widths[col] >= longestWord { done.append(col) }
      }
      if !done.isEmpty { open.removeAll(where: done.contains) }
    }
    return widths
  }

  /// The characters beyond which `table`'s text wraps: ``wideText`` in narrow tables,
  /// ``text`` in wider ones.
  static func textCap(_ table: ReportTable) -> Int {
    table.columns.count <= narrowTable ? wideText : text
  }

  /// The grid for `tables` stacked on one sheet, each keeping its widths; a table whose last
  /// column is text that wraps stretches it to the sheet's width.
  static func stacked(_ tables: [ReportTable]) -> XLSXSheetGrid {
    let widths = tables.map(natural)
    let stretch = zip(tables, widths).map { table, widths in
      let cap = textCap(table)
      return table.columns.last?.kind == .text && (widths.last ?? 0) >= cap + padding
    }
    return XLSXSheetGrid(stacked: widths, stretch: stretch)
  }

  /// The characters of the longest word (run without a space or line break) of `text`.
  static func longestWord(_ text: String) -> Int {
    if let longest = asciiLongestWord(text) { return longest }
    var longest = 0
    var current = 0
    for character in text {
      current = character == " " || character.isNewline ? 0 : current + 1
      longest = max(longest, current)
    }
    return longest
  }

  /// ``longestWord(_:)`` of ASCII `text`, counted on its bytes (a word ends at a space or at
  /// `\n`, vertical tab, form feed or `\r`, as `Character.isNewline` has it); nil for other
  /// text.
  static func asciiLongestWord(_ text: String) -> Int? {
    let counted = text.utf8.withContiguousStorageIfAvailable { bytes -> Int? in
      var longest = 0
      var current = 0
      for byte in bytes {
        guard byte < 0x80 else { return nil }
        if byte == 0x20 || (0x0A...0x0D).contains(byte) {
          current = 0
        } else {
          current += 1
          longest = max(longest, current)
        }
      }
      return longest
    }
    return counted ?? nil
  }

  /// The lines the tallest text of `texts` needs in columns `widths` wide (in characters,
  /// padding included), each line of text wrapped at its spaces; at most Excel's 409 points.
  /// A character unit is the width of a digit; text averages narrower, so a line holds
  /// ``charactersPerUnit`` characters per unit.
  static func lines(_ texts: [String?], widths: [Double]) -> Int {
    var tallest = 1
    for (col, text) in texts.enumerated() where col < widths.count {
      guard let text else { continue }
      let room = max(Int((widths[col] - Double(padding)) * charactersPerUnit), 1)
      // Most cells are short single lines: one pass over the bytes settles them.
      if fitsOneLine(text, room: room) { continue }
      if let count = asciiLines(text, room: room) {
        tallest = max(tallest, count)
        continue
      }
      var count = 0
      for line in text.split(omittingEmptySubsequences: false, whereSeparator: \.isNewline) {
        count += wrapped(line, room: room)
      }
      tallest = max(tallest, count)
    }
    return min(tallest, Int(409 / lineHeight))
  }

  /// True when `text` has at most `room` bytes and no `\n` or `\r`: one line for certain,
  /// settled in one pass over its bytes.
  static func fitsOneLine(_ text: String, room: Int) -> Bool {
    let utf8 = text.utf8
    guard utf8.count <= room else { return false }
    let plain = utf8.withContiguousStorageIfAvailable { bytes in
      !bytes.contains { $0 == 10 || $0 == 13 }
    }
    return plain ?? !utf8.contains { $0 == 10 || $0 == 13 }
  }

  /// The lines of ASCII `text` wrapped to `room` characters, counted on its bytes as
  /// ``wrapped(_:room:)`` counts each of its lines (a line ends at `\n`, vertical tab, form
  /// feed, `\r` or `\r\n`, as `Character.isNewline` has it); nil for other text.
  static func asciiLines(_ text: String, room: Int) -> Int? {
    let counted = text.utf8.withContiguousStorageIfAvailable { bytes -> Int? in
      var count = 0
      var lines = 1
      var used = 0
      var word = 0
      func endWord() {
        guard word > 0 else { return }
        place(word, room: room, lines: &lines, used: &used)
        word = 0
      }
      var index = bytes.startIndex
      while index < bytes.endIndex {
        let byte = bytes[index]
        guard byte < 0x80 else { return nil }
        if (0x0A...0x0D).contains(byte) {
          endWord()
          count += lines
          lines = 1
          used = 0
          if byte == 0x0D, index + 1 < bytes.endIndex, bytes[index + 1] == 0x0A { index += 1 }
        } else if byte == 0x20 {
          endWord()
        } else {
          word += 1
        }
        index += 1
      }
      endWord()
      return count + lines
    }
    return counted ?? nil
  }

  /// The lines `line` takes wrapped at its spaces to `room` characters; a word longer than a
  /// line is broken.
  static func wrapped(_ line: Substring, room: Int) -> Int {
    var lines = 1
    var used = 0
    for word in line.split(separator: " ") {
      place(word.count, room: room, lines: &lines, used: &used)
    }
    return lines
  }

  /// Places a word of `length` characters after `used` characters of the current line, on
  /// the next line when it does not fit in `room`; a word longer than a line is broken.
  private static func place(_ length: Int, room: Int, lines: inout Int, used: inout Int) {
    if used == 0 {
      used = length
    } else if used + 1 + length <= room {
      used += 1 + length
    } else {
      lines += 1
      used = length
    }
    while used > room {
      lines += 1
      used -= room
    }
  }

  /// The row height for `lines` lines, or nil for one line (the default height).
  static func height(lines: Int) -> Double? {
    lines > 1 ? lineHeight * Double(lines) : nil
  }
}
