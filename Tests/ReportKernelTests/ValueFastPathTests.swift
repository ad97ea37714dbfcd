import Testing

@testable import ReportKernel

/// The byte-level reads of submitted values give what the general reads give.
@Suite("Values read from their bytes as the general reads read them")
struct ValueFastPathTests {
  static let numbers = [
    "", "0", "00", "007", "-0", "+0", "1", "705", "123456789012345", "999999999999999",
    "1234567890123456", "9007199254740993", "12.5", "1e3", "0x10", " 12", "12 ", "1_000",
    "１２", "١٢", "12\u{301}", "-12", "+12", ".5", "5.", "N/A", "inf", "nan", "1,000",
  ]

  @Test("a plain whole number is the Double that Double(text) reads, bit for bit")
  func wholeNumbers() {
    for text in Self.numbers {
      if let whole = ValueReader.plainWholeNumber(text) {
        #expect(whole.bitPattern == Double(text)?.bitPattern, "\(text)")
      }
      let general = Double(text).flatMap { value in
        value.isFinite && !ValueReader.mentionsInfinityOrNaN(text) ? value : nil
      }
      let first = text.utf8.first ?? 0
      let mayStartNumber =
        (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(first) || first == UInt8(ascii: "+")
        || first == UInt8(ascii: "-") || first == UInt8(ascii: ".")
      #expect(
        ValueReader.finiteNumber(text)?.bitPattern
          == (mayStartNumber ? general?.bitPattern : nil), "\(text)")
    }
    #expect(ValueReader.plainWholeNumber("123456789012345") == 123_456_789_012_345)
    #expect(ValueReader.plainWholeNumber("1234567890123456") == nil)
    #expect(ValueReader.plainWholeNumber("-0") == nil)
  }

  @Test("yes and no words read from their bytes as the folded text reads them")
  func yesNo() {
    let words = [
      "yes", "YES", "Yes", "y", "N", "no", "on", "OFF", "true", "False", "yess", "ye", "",
      " yes", "yes ", "oui", "nö", "ＹＥＳ", "tru", "truee", "o", "of",
    ]
    for word in words {
      let folded: Bool? =
        switch word.trimmingSpaces.lowercased() {
        case "true", "yes", "y", "on": true
        case "false", "no", "n", "off": false
        default: nil
        }
      #expect(YesNo.parse(word) == folded, "\(word)")
    }
  }

  @Test("a text's bytes are its UTF-8, short or long")
  func bytes() {
    for text in ["", "AUS", "é", String(repeating: "long text ", count: 10), "🇦🇺 flag"] {
      #expect(text.withUTF8Bytes { Array($0) } == Array(text.utf8))
      var copy = text
      copy.append("x")
      #expect(copy.withUTF8Bytes { Array($0) } == Array(copy.utf8))
    }
  }
}
