/// Joins rendered pieces into one string in a single allocation: the pieces' bytes are
/// counted first, then copied into the new string's storage one after another. The generic
/// `joined(separator:)`, or appending piece by piece, grows and checks the string at every
/// piece.
enum TextJoin {
  /// `prefix`, then `parts` with `separator` between them, then `suffix`: the same text as
  /// `prefix + parts.joined(separator: separator) + suffix`.
  static func joined(
    _ parts: [String], separator: String = "", prefix: String = "", suffix: String = ""
  ) -> String {
    var bytes = prefix.utf8.count + suffix.utf8.count
    bytes += separator.utf8.count * max(0, parts.count - 1)
    for part in parts { bytes += part.utf8.count }
    return String(unsafeUninitializedCapacity: bytes) { buffer in
      var end = 0
      func put(_ text: String) {
        end = buffer[end...].initialize(fromContentsOf: text.utf8)
      }
      put(prefix)
      for (index, part) in parts.enumerated() {
        if index > 0 { put(separator) }
        put(part)
      }
      put(suffix)
      return end
    }
  }
}
