/// What happened to text on its way into a cell, so the caller can warn about it.
///
/// Returned (discardably) by ``Worksheet/write(row:col:_:format:)`` and
/// ``Worksheet/mergeRange(firstRow:firstCol:lastRow:lastCol:_:format:)``.
public struct WriteOutcome: Sendable, Hashable {
  /// The text was longer than Excel's 32,767-character cell limit and was cut.
  public var wasTruncated: Bool
  /// Length of the cleaned text before truncation, in UTF-16 code units (Excel's count).
  public var originalLength: Int
  /// Length actually written, in UTF-16 code units.
  public var writtenLength: Int
  /// How many XML-illegal characters were replaced by a space or removed.
  public var replacedCharacters: Int

  /// Creates an outcome.
  public init(
    wasTruncated: Bool = false, originalLength: Int = 0, writtenLength: Int = 0,
    replacedCharacters: Int = 0
  ) {
    self.wasTruncated = wasTruncated
    self.originalLength = originalLength
    self.writtenLength = writtenLength
    self.replacedCharacters = replacedCharacters
  }

  /// Nothing was altered (always the case for numbers, dates, booleans and blanks).
  public static let unchanged = WriteOutcome()

  /// True when the text was written exactly as given.
  public var isUnchanged: Bool { !wasTruncated && replacedCharacters == 0 }
}
