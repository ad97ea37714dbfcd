/// Whether an XML part fed to it in pieces is whole: it ends with the closing tag of its root
/// element, or it is that element alone, self-closed.
///
/// Holds fixed amounts whatever the part's length: its first bytes (for the root's name),
/// its last bytes (for the closing tag) and a count of elements opened, up to two.
struct PartEnding {
  /// How many first bytes are kept: the declaration and the root's start tag fit.
  static let headLength = 1024
  /// How many last bytes are kept: the closing tag and any whitespace after it fit.
  static let tailLength = 512

  private var head: [UInt8] = []
  private var tail: [UInt8] = []
  /// Elements opened (`<` then neither `?`, `!` nor `/`), counted up to 2.
  private var opened = 0
  /// Whether the last byte taken was `<`.
  private var afterOpening = false

  /// Takes the next piece of the part.
  mutating func take(_ bytes: UnsafeRawBufferPointer) {
    guard !bytes.isEmpty else { return }
    if head.count < Self.headLength {
      head += bytes.prefix(Self.headLength - head.count)
    }
    if bytes.count >= Self.tailLength {
      tail = Array(bytes.suffix(Self.tailLength))
    } else {
      tail = Array((tail + bytes).suffix(Self.tailLength))
    }
    guard opened < 2 else { return }
    for byte in bytes {
      if afterOpening, byte != UInt8(ascii: "?"), byte != UInt8(ascii: "!"),
        byte != UInt8(ascii: "/")
      {
        opened += 1
      }
      afterOpening = byte == UInt8(ascii: "<")
    }
  }

  /// Whether the part taken so far is whole.
  var isWhole: Bool {
    var end = tail.count
    while end > 0, [0x20, 0x0A, 0x0D, 0x09].contains(tail[end - 1]) { end -= 1 }
    guard end > 0, tail[end - 1] == UInt8(ascii: ">"), let root = rootName else { return false }
    let closing = Array("</\(root)>".utf8)
    if end >= closing.count, tail[(end - closing.count)..<end].elementsEqual(closing) {
      return true
    }
    // A self-closed root: the only element, ending `/>`.
    return end >= 2 && tail[end - 2] == UInt8(ascii: "/") && opened == 1
  }

  /// The name of the first element (after any `<?…?>` declaration or `<!…>`), from the head.
  private var rootName: String? {
    var index = 0
    while let open = head[index...].firstIndex(of: UInt8(ascii: "<")) {
      let next = open + 1
      guard next < head.count else { return nil }
      if head[next] == UInt8(ascii: "?") || head[next] == UInt8(ascii: "!") {
        index = next
        continue
      }
      var stop = next
      while stop < head.count, ![0x20, 0x0A, 0x0D, 0x09, 0x3E, 0x2F].contains(head[stop]) {
        stop += 1
      }
      // A name the head cuts off cannot be checked: the part counts as not whole.
      guard stop < head.count, stop > next else { return nil }
      return String(decoding: head[next..<stop], as: UTF8.self)
    }
    return nil
  }
}
