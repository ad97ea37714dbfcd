/// Owns NUL-terminated copies of Swift strings for the duration of a libxlsxwriter call.
///
/// libxlsxwriter copies every string it keeps (`lxw_strdup`), so the copies only need to
/// outlive the call; they are freed when the arena goes out of scope. Strings handed to
/// libxlsxwriter have already been sanitised, so they contain no NUL that would cut them.
struct CStringArena: ~Copyable {
  private var storage: [UnsafeMutablePointer<CChar>] = []

  init() {}

  /// A C copy of `text`, valid until the arena is destroyed; `nil` for `nil`.
  mutating func copy(_ text: String?) -> UnsafeMutablePointer<CChar>? {
    guard let text else { return nil }
    let bytes = Array(text.utf8)
    let pointer = UnsafeMutablePointer<CChar>.allocate(capacity: bytes.count + 1)
    for (offset, byte) in bytes.enumerated() {
      pointer[offset] = CChar(bitPattern: byte)
    }
    pointer[bytes.count] = 0
    storage.append(pointer)
    return pointer
  }

  deinit {
    for pointer in storage { pointer.deallocate() }
  }
}
