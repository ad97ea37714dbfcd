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

  @Test("capitals are wider than a digit and short letters narrower; units are rounded up")
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

  @Test("outside ASCII: a combining mark adds nothing, an East Asian character is an em")
  func otherCharacters() {
    #expect(XLSXTextWidth.pixels("e\u{301}") == XLSXTextWidth.pixels("e"))
    #expect(abs(XLSXTextWidth.pixels("中文") - 2 * 14.667) < 0.01)
    #expect(abs(XLSXTextWidth.pixels("é") - 1_300 * XLSXTextWidth.pixelsPerFontUnit) < 0.001)
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
}
