import ReportTestSupport
import Testing

@testable import ReportRender

/// A plain line checked eight bytes at a time is one exactly when checking it byte by byte
/// says so.
@Suite("Plain lines checked eight bytes at a time")
struct PlainLineWordsTests {
  /// Both checks of `text`.
  static func both(_ text: String) -> (words: Bool?, bytes: Bool) {
    var copy = text
    copy.makeContiguousUTF8()
    let words = copy.utf8.withContiguousStorageIfAvailable(CellText.isPlainLine(eightAtATime:))
    return (words, CellText.isPlainLine(bytes: Array(copy.utf8)))
  }

  @Test("every byte or pair that spoils a line is found, wherever it falls in the eight")
  func everyPlace() {
    let pieces = [
      " ", "  ", "!", " !", "  !", "\u{1F}", "\t", "\n", "\u{7F}", "~", "é", "한", "\u{0}",
      " \u{7F}", "a b", "\u{301}",
    ]
    for length in 0...24 {
      for piece in pieces {
        for place in 0...length {
          let text =
            String(repeating: "a", count: place) + piece
            + String(repeating: "b", count: length - place)
          let (words, bytes) = Self.both(text)
          #expect(words == bytes, "\(text.unicodeScalars.map(\.value))")
          #expect(CellText.isPlainLine(text) == bytes, "\(text.unicodeScalars.map(\.value))")
        }
      }
    }
  }

  @Test("random text gives the same answer both ways")
  func random() {
    for text in RandomText.strings(3_000, from: "ab  !~\t\u{7F}\u{1}é") {
      let (words, bytes) = Self.both(text)
      #expect(words == bytes, "\(text.unicodeScalars.map(\.value))")
    }
  }

  @Test("lines read as the rule says")
  func byHand() {
    #expect(Self.both("").words == true)
    #expect(Self.both("one two three four five").words == true)
    #expect(Self.both("one two three four  five").words == false)
    #expect(Self.both("abcdefg  hijklmno").words == false)
    #expect(Self.both("abcdefgh ijklmnop").words == true)
    #expect(Self.both("abcdefg! ijklmnop").words == true)
    #expect(Self.both(" abcdefghijklmnop").words == false)
    #expect(Self.both("abcdefghijklmnop ").words == false)
    #expect(Self.both("abcdefgh").words == true)
    #expect(Self.both("abcdefg ").words == false)
  }
}
