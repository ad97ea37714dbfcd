extension String {
  /// `body` applied to the text's UTF-8 bytes. A short text's bytes are read from a copy on
  /// the stack, at half the cost of walking its UTF-8 view: every submitted value and economy
  /// code is read this way.
  func withUTF8Bytes<Result>(_ body: (UnsafeBufferPointer<UInt8>) -> Result) -> Result {
    if let result = utf8.withContiguousStorageIfAvailable(body) { return result }
    var copy = self
    return copy.withUTF8(body)
  }
}
