/// How wide text is drawn in a workbook cell, for column widths and row heights: Calibri 11 pt,
/// Excel's default font and the font of every cell format here, at 96 dpi, where a unit of
/// column width is 7 pixels (Excel's width of a digit).
///
/// Counting characters misjudged both: capitals and `m`, `w` are wider than a digit and `i`,
/// `l`, `t` narrower, so a name such as "Subcommittee on Customs Procedures" wrapped in its
/// column in LibreOffice while its row kept one line, and the next row's text was drawn over
/// it.
///
/// The advance widths are Carlito's, in font units (2,048 to the em), regular and bold: Carlito
/// is made to the metrics of Calibri (Debian's fonts-crosextra-carlito, which the print check
/// renders with). Exact for U+0020 to U+017F (ASCII, Latin-1 and Latin Extended-A: the letters
/// of every member economy's names); the widest of its block for the other blocks Carlito
/// draws (Latin Extended-B and Additional, Greek, Cyrillic, punctuation, currency, arrows,
/// circled numbers ...); a combining mark as the widest of them; anything else, East Asian and
/// emoji included, a full em. A text is never counted narrower than Carlito draws it.
enum XLSXTextWidth {
  /// Font units per em.
  static let unitsPerEm = 2_048
  /// Pixels per font unit: 11 pt at 96 dpi is 14.67 pixels to the em.
  static let pixelsPerFontUnit = 11.0 * 96 / 72 / Double(unitsPerEm)
  /// Pixels per unit of column width.
  static let pixelsPerColumnUnit = 7.0
  /// The width of a combining mark (U+0300 to U+036F), the widest Carlito draws, in font units.
  static let combiningMark = 682

  /// The pixels `text` takes on one line (a line break counts as nothing).
  static func pixels(_ text: some StringProtocol, bold: Bool = false) -> Double {
    Double(measure(text, bold: bold).total) * pixelsPerFontUnit
  }

  /// The whole units of column width wider than the widest line of `text`.
  static func longestLine(_ text: some StringProtocol, bold: Bool = false) -> Int {
    columnUnits(measure(text, bold: bold).line)
  }

  /// The whole units of column width wider than the widest word of `text` (a run without a
  /// space or line break).
  static func longestWord(_ text: some StringProtocol, bold: Bool = false) -> Int {
    columnUnits(measure(text, bold: bold).word)
  }

  /// The lines `text` takes in `room` pixels, wrapped as a spreadsheet wraps it: at its line
  /// breaks (a line ends at `\n`, vertical tab, form feed, `\r`, `\r\n`, U+0085, U+2028 or
  /// U+2029, as `Character.isNewline` has it), a word that does not fit moved to the next line,
  /// and a word wider than a line broken between the characters where it overflows.
  static func lines(_ text: some StringProtocol, room: Double, bold: Bool = false) -> Int {
    // Text fits when it is narrower than the room (by a font unit at least), as a column
    // width is made wider than its text (``columnUnits(_:)``).
    let room = max(Int((room / pixelsPerFontUnit).rounded(.down)) - 1, 1)
    let face = face(bold)
    let space = face.ascii[0]
    var count = 1
    // The words placed on the current line, with the spaces between them, and the part of the
    // word being read that is on it.
    var placed = 0
    var word = 0
    var previous: Unicode.Scalar = " "
    for scalar in text.unicodeScalars {
      defer { previous = scalar }
      if isLineBreak(scalar) {
        if scalar == "\n", previous == "\r" { continue }
        count += 1
        placed = 0
        word = 0
      } else if scalar == " " {
        if word > 0 { placed = (placed > 0 ? placed + space : 0) + word }
        word = 0
      } else {
        let width = width(of: scalar, in: face)
        if (placed > 0 ? placed + space : 0) + word + width > room {
          if placed > 0 {
            // The word goes to the next line whole, as far as it has been read.
            count += 1
            placed = 0
          }
          if word > 0, word + width > room {
            // Even alone the word is too wide: it breaks before this character.
            count += 1
            word = 0
          }
        }
        word += width
      }
    }
    return count
  }

  /// Whether `scalar` ends a line, as `Character.isNewline` has it.
  private static func isLineBreak(_ scalar: Unicode.Scalar) -> Bool {
    (0x0A...0x0D).contains(scalar.value) || scalar.value == 0x85 || scalar.value == 0x2028
      || scalar.value == 0x2029
  }

  /// The whole units of column width wider than `fontUnits` (0 for none).
  static func columnUnits(_ fontUnits: Int) -> Int {
    guard fontUnits > 0 else { return 0 }
    return Int(Double(fontUnits) * pixelsPerFontUnit / pixelsPerColumnUnit) + 1
  }

  /// The widths of `text` in font units: on one line, of its widest line and of its widest
  /// word.
  static func measure(
    _ text: some StringProtocol, bold: Bool
  ) -> (total: Int, line: Int, word: Int) {
    // Most text is ASCII: read as bytes, without decoding scalars (a column's widest cell is
    // found by measuring every cell of it).
    let ascii = text.utf8.withContiguousStorageIfAvailable { bytes in
      face(bold).ascii.withUnsafeBufferPointer { measureASCII(bytes, widths: $0) }
    }
    return (ascii ?? nil) ?? measureScalars(text, bold: bold)
  }

  /// ``measure(_:bold:)`` scalar by scalar: any text.
  static func measureScalars(
    _ text: some StringProtocol, bold: Bool
  ) -> (total: Int, line: Int, word: Int) {
    let face = face(bold)
    var total = 0
    var line = 0
    var word = 0
    var widestLine = 0
    var widestWord = 0
    for scalar in text.unicodeScalars {
      if isLineBreak(scalar) {
        line = 0
        word = 0
        continue
      }
      let width = width(of: scalar, in: face)
      total += width
      line += width
      word = scalar == " " ? 0 : word + width
      widestLine = max(widestLine, line)
      widestWord = max(widestWord, word)
    }
    return (total, widestLine, widestWord)
  }

  /// ``measure(_:bold:)`` of ASCII text (`widths` from U+0020), or nil if `bytes` are not all
  /// ASCII.
  private static func measureASCII(
    _ bytes: UnsafeBufferPointer<UInt8>, widths: UnsafeBufferPointer<Int>
  ) -> (total: Int, line: Int, word: Int)? {
    var total = 0
    var line = 0
    var word = 0
    var widestLine = 0
    var widestWord = 0
    for byte in bytes {
      switch byte {
      case 0x20:
        total += widths[0]
        line += widths[0]
        word = 0
      case 0x21...0x7E:
        let width = widths[Int(byte) - 0x20]
        total += width
        line += width
        word += width
      case 0x0A...0x0D:
        line = 0
        word = 0
        continue
      case 0x80...: return nil
      default: break  // other control characters take no room
      }
      widestLine = max(widestLine, line)
      widestWord = max(widestWord, word)
    }
    return (total, widestLine, widestWord)
  }

  /// The regular face, or the bold one.
  private static func face(_ bold: Bool) -> Face { bold ? Self.bold : regular }

  /// The advance width of `scalar` in `face`, in font units.
  private static func width(of scalar: Unicode.Scalar, in face: Face) -> Int {
    let value = scalar.value
    switch value {
    case 0x20...0x7E: return face.ascii[Int(value) - 0x20]
    case 0x00...0x1F, 0x7F...0x9F: return 0
    case 0xA0...0x17F: return face.latin[Int(value) - 0xA0]
    case 0x300...0x36F: return combiningMark
    default: break
    }
    if let block = face.blocks.first(where: { ($0.first...$0.last).contains(value) }) {
      return block.widest
    }
    switch scalar.properties.generalCategory {
    case .nonspacingMark, .enclosingMark: return combiningMark
    case .format: return 0
    default: return unitsPerEm
    }
  }
}
