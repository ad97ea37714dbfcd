/// Words of ASCII text found on its bytes: the fast path of the text scans that look at
/// every word of a submission (unfinished-text markers, acronyms).
public enum ASCIIWords {
  /// Calls `body` with each run of bytes for which `isWordByte` holds, in order, until `body`
  /// returns false. Returns false without calling `body` when `text` is not ASCII (or not
  /// contiguous), so the caller takes its character-level path; true otherwise.
  public static func forEach(
    in text: String, isWordByte: (UInt8) -> Bool,
    _ body: (Slice<UnsafeBufferPointer<UInt8>>) -> Bool
  ) -> Bool {
    let scanned = text.utf8.withContiguousStorageIfAvailable { bytes -> Bool in
      guard !bytes.contains(where: { $0 >= 0x80 }) else { return false }
      var start = bytes.startIndex
      while start < bytes.endIndex {
        guard isWordByte(bytes[start]) else {
          start += 1
          continue
        }
        var end = start
        while end < bytes.endIndex, isWordByte(bytes[end]) { end += 1 }
        guard body(bytes[start..<end]) else { return true }
        start = end
      }
      return true
    }
    return scanned ?? false
  }
}
