import Testing

@testable import ReportRender

/// Text measured as Calibri 11 pt draws it at 96 dpi (Carlito's advance widths), for column
/// widths and row heights. The pixel figures are sums of the characters' advance widths read
/// from Carlito's font files with Pillow, apart from this code (without kerning, as Excel
/// draws cells).
@Suite("Text widths as Calibri draws them")
struct XLSXTextWidthTests {
  @Test("a line of text is as wide as its characters' advance widths")
  func pixels() {
    #expect(abs(XLSXTextWidth.pixels("Subcommittee on Customs Procedures") - 231.54) < 0.01)
    #expect(abs(XLSXTextWidth.pixels("Counter-Terrorism Working Group") - 205.80) < 0.01)
    #expect(abs(XLSXTextWidth.pixels("Submitted on", bold: true) - 82.70) < 0.01)
    #expect(abs(XLSXTextWidth.pixels("Submitted on") - 80.82) < 0.01)
    #expect(abs(XLSXTextWidth.pixels("0123456789") - 74.34) < 0.01)
  }

  @Test("capitals are wider than a digit and short letters narrower; a column is wider")
  func units() {
    // TPTWG: 998 + 1,058 + 998 + 1,822 + 1,292 = 6,168 font units, 44.2 px, 6.3 units.
    #expect(XLSXTextWidth.longestLine("TPTWG") == 7)
    // illicit: 470 + 470 + 470 + 866 + 470 + 470 + 686 = 3,902 units, 27.9 px, 4.0 units.
    #expect(XLSXTextWidth.longestLine("illicit") == 4)
    #expect(XLSXTextWidth.longestLine("ab\ncdefgh") == XLSXTextWidth.longestLine("cdefgh"))
    let path = "reports/2026/x.yaml"
    #expect(XLSXTextWidth.longestWord("a \(path) b") == XLSXTextWidth.longestLine(path))
    #expect(XLSXTextWidth.longestLine("") == 0)
  }

  @Test("outside ASCII: Latin letters exact, other blocks at their widest, the rest an em")
  func otherCharacters() {
    let unit = XLSXTextWidth.pixelsPerFontUnit
    // é and ñ as Carlito draws them (1,019 and 1,076 font units).
    #expect(abs(XLSXTextWidth.pixels("éñ") - 2_095 * unit) < 0.001)
    // Щ (1,822) counts as the widest Cyrillic letter Carlito draws (2,140), the em dash
    // (1,854) as the widest punctuation (2,126), ① as itself (2,720, the widest of its block).
    #expect(abs(XLSXTextWidth.pixels("Щ") - 2_140 * unit) < 0.001)
    #expect(abs(XLSXTextWidth.pixels("\u{2014}") - 2_126 * unit) < 0.001)
    #expect(abs(XLSXTextWidth.pixels("①") - 2_720 * unit) < 0.001)
    // A combining mark counts as the widest of them (682); CJK and emoji as an em.
    #expect(abs(XLSXTextWidth.pixels("e\u{301}") - (1_019 + 682) * unit) < 0.001)
    #expect(abs(XLSXTextWidth.pixels("中文") - 2 * 14.667) < 0.01)
    #expect(abs(XLSXTextWidth.pixels("\u{1F600}") - 14.667) < 0.01)
  }

  @Test("ASCII read as bytes measures as it does scalar by scalar")
  func asciiAsBytes() {
    let every = String(String.UnicodeScalarView((0..<128).compactMap(Unicode.Scalar.init)))
    let texts = [
      "", "Synthetic economy AAA", "ab\r\ncdefgh", "  two  spaces  ", "a\tb\u{7}c\u{7F}d",
      "x\u{0B}y\u{0C}z\rw\n", every, "a word é and more",
    ]
    for text in texts {
      for bold in [false, true] {
        let bytes = XLSXTextWidth.measure(text, bold: bold)
        let scalars = XLSXTextWidth.measureScalars(text, bold: bold)
        #expect(bytes == scalars, "\(text.debugDescription)")
        let part = text.dropFirst()
        #expect(
          XLSXTextWidth.measure(part, bold: bold) == XLSXTextWidth.measureScalars(part, bold: bold))
      }
    }
    // U+0000 to U+007F once each: the controls take no room, and the printable characters
    // 92,065 font units (Carlito-Regular's advance widths, read with fontTools).
    #expect(XLSXTextWidth.measure(every, bold: false).total == 92_065)
  }

  @Test("a word wider than a line breaks between characters, so a line holds whole letters")
  func longWords() {
    // 100 pixels are 13,963 font units: 7 W (1,822 each) to a line, so 50 W take 8 lines
    // (splitting the 91,100 units at exact widths would give 7).
    #expect(XLSXTextWidth.lines(String(repeating: "W", count: 50), room: 100) == 8)
    // A word that does not fit after another goes to the next line whole, then breaks.
    #expect(XLSXTextWidth.lines("a " + String(repeating: "W", count: 10), room: 100) == 3)
    #expect(XLSXTextWidth.lines("WWW WWW", room: 100) == 1)  // 5,466 + 463 + 5,466 fit
    #expect(XLSXTextWidth.lines("WWWW WWWW", room: 100) == 2)  // 7,288 + 463 + 7,288 do not
  }

  @Test("line breaks end lines as Character.isNewline has them; \\r\\n is one")
  func lineBreaks() {
    let room = 1_000.0
    #expect(XLSXTextWidth.lines("", room: room) == 1)
    #expect(XLSXTextWidth.lines("a\nb", room: room) == 2)
    #expect(XLSXTextWidth.lines("a\r\nb", room: room) == 2)
    #expect(XLSXTextWidth.lines("a\r\rb", room: room) == 3)
    #expect(XLSXTextWidth.lines("\n", room: room) == 2)
    #expect(XLSXTextWidth.lines("a\u{2028}b\u{85}c", room: room) == 3)
  }

  @Test("a name that LibreOffice wrapped in a one-line row now counts two lines")
  func wrappedName() {
    // The Summary sheet's Name column spans grid columns 34.8 units wide: 229.6 pixels of
    // room for 231.5 of text. Counted at 1.2 characters a unit it fitted (39 > 34).
    #expect(XLSXColumnWidths.lines(["Subcommittee on Customs Procedures"], widths: [34.8]) == 2)
    #expect(XLSXColumnWidths.lines(["Subcommittee on Customs Procedures"], widths: [35.5]) == 1)
    // "Submitted on" under a header 13.8 units wide (82.6 px of room): 82.7 px in bold, 80.8
    // in the regular face.
    #expect(XLSXColumnWidths.lines(["Submitted on"], widths: [13.8], bold: true) == 2)
    #expect(XLSXColumnWidths.lines(["Submitted on"], widths: [13.8]) == 1)
  }

  @Test("a grid column is as many whole pixels as Excel draws for the width written")
  func gridPixels() {
    // Whole characters: 7 a character and 5 of padding.
    #expect(XLSXSheetGrid.pixels(10) == 75)
    // 10.71: libxlsxwriter rounds to 80 pixels and writes 2,925/256 characters; Excel draws
    // (2,925 + 18) / 256 x 7 = 80.47 pixels, 80.
    #expect(XLSXSheetGrid.pixels(10.71) == 80)
    // 10.2: 76 pixels, written 2,779/256; Excel draws 76.48, 76 (10.2 x 7 + 5 would be 76.4).
    #expect(XLSXSheetGrid.pixels(10.2) == 76)
    #expect(XLSXSheetGrid.pixels(0.5) == 6)
  }
}
