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

  /// Advance widths of the regular face for U+0020 to U+007E, in font units.
  static let regular: [Int] = [
    463, 667, 821, 1020, 1038, 1464, 1397, 452, 621, 621, 1020, 1020, 511, 627, 517, 791,
    1038, 1038, 1038, 1038, 1038, 1038, 1038, 1038, 1038, 1038, 548, 548, 1020, 1020, 1020, 949,
    1831, 1185, 1114, 1092, 1260, 1000, 941, 1292, 1276, 516, 653, 1064, 861, 1751, 1322, 1356,
    1058, 1378, 1112, 941, 998, 1314, 1162, 1822, 1063, 998, 959, 628, 791, 628, 1020, 1020,
    596, 981, 1076, 866, 1076, 1019, 625, 964, 1076, 470, 490, 931, 470, 1636, 1076, 1080,
    1076, 1076, 714, 801, 686, 1076, 925, 1464, 887, 927, 809, 644, 943, 644, 1020,
  ]
  /// Advance widths of the regular face for U+00A0 to U+017F, in font units (U+00A0 as a
  /// space, the soft hyphen as a hyphen).
  static let regularLatin: [Int] = [
    463, 667, 1020, 1038, 1020, 1038, 1020, 1020, 804, 1709, 824, 1049, 1020, 627, 1038, 807,
    694, 1020, 688, 685, 598, 1126, 1200, 517, 629, 504, 865, 1049, 1303, 1375, 1383, 949,
    1185, 1185, 1185, 1185, 1185, 1185, 1563, 1092, 1000, 1000, 1000, 1000, 516, 516, 516, 516,
    1279, 1322, 1356, 1356, 1356, 1356, 1356, 1020, 1359, 1314, 1314, 1314, 1314, 998, 1058, 1080,
    981, 981, 981, 981, 981, 981, 1583, 866, 1019, 1019, 1019, 1019, 470, 470, 470, 470,
    1076, 1076, 1080, 1080, 1080, 1080, 1080, 1020, 1084, 1076, 1076, 1076, 1076, 927, 1076, 927,
    1185, 981, 1185, 981, 1185, 981, 1092, 866, 1092, 866, 1092, 866, 1092, 866, 1260, 1164,
    1279, 1130, 1000, 1019, 1000, 1019, 1000, 1019, 1000, 1019, 1000, 1019, 1292, 964, 1292, 964,
    1292, 964, 1292, 964, 1276, 1076, 1344, 1091, 516, 470, 516, 470, 516, 470, 516, 470,
    516, 470, 1170, 960, 653, 490, 1064, 931, 931, 861, 470, 861, 470, 866, 540, 1118,
    765, 880, 507, 1322, 1076, 1322, 1076, 1322, 1076, 1186, 1287, 1076, 1356, 1080, 1356, 1080,
    1356, 1080, 1775, 1740, 1112, 714, 1112, 714, 1112, 714, 941, 801, 941, 801, 941, 801,
    941, 801, 998, 686, 998, 708, 998, 700, 1314, 1076, 1314, 1076, 1314, 1076, 1314, 1076,
    1314, 1076, 1314, 1076, 1822, 1464, 998, 927, 998, 959, 809, 959, 809, 959, 809, 497,
  ]
  /// Advance widths of the bold face for U+00A0 to U+017F, in font units.
  static let boldLatin: [Int] = [
    463, 667, 1020, 1038, 1020, 1038, 1020, 1020, 849, 1709, 852, 1103, 1020, 627, 1038, 799,
    701, 1020, 692, 688, 616, 1154, 1224, 548, 621, 517, 891, 1103, 1347, 1415, 1437, 949,
    1241, 1241, 1241, 1241, 1241, 1241, 1588, 1084, 999, 999, 999, 999, 546, 546, 546, 546,
    1309, 1349, 1385, 1385, 1385, 1385, 1385, 1020, 1394, 1337, 1337, 1337, 1337, 1064, 1090, 1136,
    1011, 1011, 1011, 1011, 1011, 1011, 1587, 857, 1031, 1031, 1031, 1031, 503, 503, 503, 503,
    1099, 1099, 1101, 1101, 1101, 1101, 1101, 1020, 1114, 1099, 1099, 1099, 1099, 970, 1099, 970,
    1241, 1011, 1241, 1011, 1241, 1011, 1084, 857, 1084, 857, 1084, 857, 1084, 857, 1291, 1222,
    1309, 1165, 999, 1031, 999, 1031, 999, 1031, 999, 1031, 999, 1031, 1305, 971, 1305, 971,
    1305, 971, 1305, 971, 1292, 1099, 1347, 1121, 546, 503, 546, 503, 546, 503, 546, 503,
    546, 503, 1225, 1027, 678, 523, 1120, 983, 983, 866, 503, 866, 503, 881, 627, 1150,
    865, 886, 540, 1349, 1099, 1349, 1099, 1349, 1099, 1274, 1313, 1099, 1385, 1101, 1385, 1101,
    1385, 1101, 1790, 1726, 1153, 728, 1153, 728, 1153, 728, 968, 817, 968, 817, 968, 817,
    968, 817, 1014, 710, 1014, 744, 1014, 726, 1337, 1099, 1337, 1099, 1337, 1099, 1337, 1099,
    1337, 1099, 1337, 1099, 1856, 1526, 1064, 970, 1064, 979, 814, 979, 814, 979, 814, 529,
  ]
  /// The widest advance of each other block Carlito draws: its first and last code point, then
  /// the widest regular and bold advance, in font units.
  static let blocks: [(first: UInt32, last: UInt32, regular: Int, bold: Int)] = [
    (0x0180, 0x024F, 2219, 2270),
    (0x0250, 0x02FF, 1817, 1883),
    (0x0370, 0x03FF, 1801, 1809),
    (0x0400, 0x04FF, 2140, 2250),
    (0x0500, 0x052F, 1832, 1812),
    (0x1E00, 0x1EFF, 1822, 1856),
    (0x2000, 0x206F, 2126, 2174),
    (0x20A0, 0x20CF, 2216, 2286),
    (0x2100, 0x214F, 2099, 2142),
    (0x2150, 0x218F, 1485, 1543),
    (0x2190, 0x21FF, 2638, 2683),
    (0x2200, 0x22FF, 1747, 1716),
    (0x2460, 0x24FF, 2720, 2720),
    (0x2500, 0x257F, 1024, 1024),
    (0x25A0, 0x25FF, 1237, 1237),
    (0xFB00, 0xFB4F, 1654, 1718),
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
    let space = (bold ? Self.bold : regular)[0]
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
        let width = width(of: scalar, bold: bold)
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
  private static func measure(
    _ text: some StringProtocol, bold: Bool
  ) -> (total: Int, line: Int, word: Int) {
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
      let width = width(of: scalar, bold: bold)
      total += width
      line += width
      word = scalar == " " ? 0 : word + width
      widestLine = max(widestLine, line)
      widestWord = max(widestWord, word)
    }
    return (total, widestLine, widestWord)
  }

  /// The advance width of `scalar` in font units, `bold` or not.
  private static func width(of scalar: Unicode.Scalar, bold: Bool) -> Int {
    let value = scalar.value
    switch value {
    case 0x20...0x7E: return (bold ? Self.bold : regular)[Int(value) - 0x20]
    case 0x00...0x1F, 0x7F...0x9F: return 0
    case 0xA0...0x17F: return (bold ? boldLatin : regularLatin)[Int(value) - 0xA0]
    case 0x300...0x36F: return combiningMark
    default: break
    }
    if let block = blocks.first(where: { ($0.first...$0.last).contains(value) }) {
      return bold ? block.bold : block.regular
    }
    switch scalar.properties.generalCategory {
    case .nonspacingMark, .enclosingMark: return combiningMark
    case .format: return 0
    default: return unitsPerEm
    }
  }
}
