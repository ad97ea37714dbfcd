import ReportTestSupport
import Testing

@testable import ReportXLSX

/// Text checked eight bytes at a time needs no change exactly when checking it byte by byte
/// says so.
@Suite("Plain text checked eight bytes at a time")
struct SanitizerWordsTests {
  /// Both checks of `text`.
  static func both(_ text: String) -> (words: Int?, bytes: Int?) {
    var copy = text
    copy.makeContiguousUTF8()
    let words = copy.utf8.withContiguousStorageIfAvailable {
      TextSanitizer.plainASCIILength(eightAtATime: $0)
    }
    return (words ?? nil, TextSanitizer.plainASCIILength(copy.utf8.map { $0 }))
  }

  @Test("every byte that needs a change is found, wherever it falls in the eight")
  func everyPlace() {
    // Bytes that need a change, or might: controls, underscores before x and X, non-ASCII.
    let pieces = [
      "\u{0}", "\u{1}", "\u{8}", "\t", "\n", "\r", "\u{B}", "\u{1F}", "\u{7F}", "_", "_x", "_X",
      "_y", "x", "X", "é", "한", "\u{1F469}", " ", "~", "__x", "_\n", "\u{80}",
    ]
    for length in 0...24 {
      for piece in pieces {
        for place in 0...length {
          let text =
            String(repeating: "a", count: place) + piece
            + String(repeating: "b", count: length - place)
          let (words, bytes) = Self.both(text)
          #expect(words == bytes, "\(text.unicodeScalars.map(\.value))")
        }
      }
    }
  }

  @Test("an underscore at the end of eight bytes reaches the x that starts the next")
  func acrossWords() {
    #expect(Self.both("abcdefg_xyz").words == nil)
    #expect(Self.both("abcdefg_Xyz").words == nil)
    #expect(Self.both("abcdefg_ayz").words == 11)
    #expect(Self.both("abcdefghijklmnop").words == 16)
    #expect(Self.both("").words == 0)
  }

  @Test("random text gives the same answer both ways")
  func random() {
    for text in RandomText.strings(2_000, from: "ab_xX \t\n\r\u{1}\u{7F}é") {
      let (words, bytes) = Self.both(text)
      #expect(words == bytes, "\(text.unicodeScalars.map(\.value))")
    }
  }

  @Test("text over Excel's limit is left to the full path")
  func overLimit() {
    let limit = ExcelLimits.maxCellTextLength
    #expect(Self.both(String(repeating: "a", count: limit)).words == limit)
    #expect(Self.both(String(repeating: "a", count: limit + 1)).words == nil)
  }
}
