/// Joins rendered pieces into one string in a single allocation: the pieces' bytes are
/// counted first, so the result is reserved once and filled by appending. The generic
/// `joined(separator:)` grows its result as it goes.
enum TextJoin {
  /// `prefix`, then `parts` with `separator` between them, then `suffix`: the same text as
  /// `prefix + parts.joined(separator: separator) + suffix`.
  static func joined(
    _ parts: [String], separator: String, prefix: String = "", suffix: String = ""
  ) -> String {
    var bytes = prefix.utf8.count + suffix.utf8.count
    bytes += separator.utf8.count * max(0, parts.count - 1)
    for part in parts { bytes += part.utf8.count }
    var result = ""
    result.reserveCapacity(bytes)
    result += prefix
    for (index, part) in parts.enumerated() {
      if index > 0 { result += separator }
      result += part
    }
    result += suffix
    return result
  }
}
