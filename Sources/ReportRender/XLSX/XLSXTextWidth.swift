/// How wide text is drawn in a workbook cell, for column widths and row heights: Calibri 11 pt,
/// Excel's default font and the font of every cell format here, at 96 dpi, where a unit of
/// column width is 7 pixels (Excel's width of a digit).
///
/// Counting characters misjudged both: capitals and `m`, `w` are wider than a digit and `i`,
/// `l`, `t` narrower, so a name such as "Subcommittee on Customs Procedures" wrapped in its
/// column in LibreOffice while its row kept one line, and the next row's text was drawn over
/// it.
///
/// The advance widths of ASCII's printable characters are Carlito's, in font units (2,048 to
/// the em), regular and bold: Carlito is made to the metrics of Calibri (Debian's
/// fonts-crosextra-carlito, which the print check renders with). Any other character counts as
/// ``otherCharacter`` (wider than all but the widest Latin letters), a combining mark as
/// nothing, and an East Asian wide character or emoji as a full em.
enum XLSXTextWidth {
  /// Font units per em.
  static let unitsPerEm = 2_048
  /// Pixels per font unit: 11 pt at 96 dpi is 14.67 pixels to the em.
  static let pixelsPerFontUnit = 11.0 * 96 / 72 / Double(unitsPerEm)
  /// Pixels per unit of column width.
  static let pixelsPerColumnUnit = 7.0
  /// The width of a character outside ASCII that is not wide or combining, in font units.
  static let otherCharacter = 1_300

  /// Advance widths of the regular face for U+0020 to U+007E, in font units.
  static let regular: [Int] = [
    463, 667, 821, 1020, 1038, 1464, 1397, 452, 621, 621, 1020, 1020, 511, 627, 517, 791,
    1038, 1038, 1038, 1038, 1038, 1038, 1038, 1038, 1038, 1038, 548, 548, 1020, 1020, 1020, 949,
    1831, 1185, 1114, 1092, 1260, 1000, 941, 1292, 1276, 516, 653, 1064, 861, 1751, 1322, 1356,
    1058, 1378, 1112, 941, 998, 1314, 1162, 1822, 1063, 998, 959, 628, 791, 628, 1020, 1020,
    596, 981, 1076, 866, 1076, 1019, 625, 964, 1076, 470, 490, 931, 470, 1636, 1076, 1080,
    1076, 1076, 714, 801, 686, 1076, 925, 1464, 887, 927, 809, 644, 943, 644, 1020,
  ]
  /// Advance widths of the bold face for U+0020 to U+007E, in font units.
  static let bold: [Int] = [
    463, 667, 898, 1020, 1038, 1493, 1443, 478, 638, 638, 1020, 1020, 528, 627, 547, 880,
    1038, 1038, 1038, 1038, 1038, 1038, 1038, 1038, 1038, 1038, 565, 565, 1020, 1020, 1020, 949,
    1840, 1241, 1148, 1084, 1291, 999, 940, 1305, 1292, 546, 678, 1120, 866, 1790, 1349, 1385,
    1090, 1405, 1153, 968, 1014, 1337, 1211, 1856, 1128, 1064, 979, 665, 880, 665, 1020, 1020,
    615, 1011, 1099, 857, 1099, 1031, 648, 971, 1099, 503, 523, 983, 503, 1666, 1099, 1101,
    1099, 1099, 728, 817, 710, 1099, 969, 1526, 941, 970, 814, 704, 973, 704, 1020,
  ]

  /// The pixels `text` takes on one line (a line break counts as nothing).
  static func pixels(_ text: some StringProtocol, bold: Bool = false) -> Double {
    Double(measure(text, bold: bold).total) * pixelsPerFontUnit
  }

  /// The units of column width the widest line of `text` needs, rounded up.
  static func longestLine(_ text: some StringProtocol, bold: Bool = false) -> Int {
    columnUnits(measure(text, bold: bold).line)
  }

  /// The units of column width the widest word of `text` (a run without a space or line
  /// break) needs, rounded up.
  static func longestWord(_ text: some StringProtocol, bold: Bool = false) -> Int {
    columnUnits(measure(text, bold: bold).word)
  }

  /// The lines `text` takes in `room` pixels, wrapped at its spaces and at its line breaks (a
  /// line ends at `\n`, vertical tab, form feed, `\r`, `\r\n`, U+0085, U+2028 or U+2029, as
  /// `Character.isNewline` has it); a word longer than a line is broken.
  static func lines(_ text: some StringProtocol, room: Double, bold: Bool = false) -> Int {
    let room = max(Int(room / pixelsPerFontUnit), 1)
    let widths = bold ? Self.bold : Self.regular
    let space = widths[0]
    var count = 1
    var used = 0
    var word = 0
    var previous: Unicode.Scalar = " "
    func endWord() {
      guard word > 0 else { return }
      if used == 0 {
        used = word
      } else if used + space + word <= room {
        used += space + word
      } else {
        count += 1
        used = word
      }
      while used > room {
        count += 1
        used -= room
      }
      word = 0
    }
    for scalar in text.unicodeScalars {
      defer { previous = scalar }
      if isLineBreak(scalar) {
        endWord()
        if scalar == "\n", previous == "\r" { continue }
        count += 1
        used = 0
      } else if scalar == " " {
        endWord()
      } else {
        word += width(of: scalar, in: widths)
      }
    }
    endWord()
    return count
  }

  /// Whether `scalar` ends a line, as `Character.isNewline` has it.
  private static func isLineBreak(_ scalar: Unicode.Scalar) -> Bool {
    (0x0A...0x0D).contains(scalar.value) || scalar.value == 0x85 || scalar.value == 0x2028
      || scalar.value == 0x2029
  }

  /// The units of column width `fontUnits` need, rounded up.
  static func columnUnits(_ fontUnits: Int) -> Int {
    Int((Double(fontUnits) * pixelsPerFontUnit / pixelsPerColumnUnit).rounded(.up))
  }

  /// The widths of `text` in font units: on one line, of its widest line and of its widest
  /// word.
  private static func measure(
    _ text: some StringProtocol, bold: Bool
  ) -> (total: Int, line: Int, word: Int) {
    let widths = bold ? Self.bold : Self.regular
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
      let width = width(of: scalar, in: widths)
      total += width
      line += width
      word = scalar == " " ? 0 : word + width
      widestLine = max(widestLine, line)
      widestWord = max(widestWord, word)
    }
    return (total, widestLine, widestWord)
  }

  /// The advance width of `scalar` in font units.
  private static func width(of scalar: Unicode.Scalar, in widths: [Int]) -> Int {
    let value = Int(scalar.value)
    if (0x20...0x7E).contains(value) { return widths[value - 0x20] }
    if value < 0x20 || (0x7F...0x9F).contains(value) { return 0 }
    switch scalar.properties.generalCategory {
    case .nonspacingMark, .enclosingMark, .format: return 0
    default: break
    }
    if scalar.properties.isEmojiPresentation || isWide(value) { return unitsPerEm }
    return otherCharacter
  }

  /// Whether `value` is in a block of East Asian wide characters (Hangul, CJK, kana, full-width
  /// forms).
  private static func isWide(_ value: Int) -> Bool {
    (0x1100...0x115F).contains(value) || (0x2E80...0xA4CF).contains(value)
      || (0xAC00...0xD7A3).contains(value) || (0xF900...0xFAFF).contains(value)
      || (0xFE30...0xFE4F).contains(value) || (0xFF00...0xFF60).contains(value)
      || (0xFFE0...0xFFE6).contains(value) || (0x20000...0x3FFFD).contains(value)
  }
}
