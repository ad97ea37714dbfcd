internal import CLibXLSXWriter

/// Checks that every XML part of an assembled `.xlsx` zip is whole.
///
/// libxlsxwriter writes each part to a temporary file first and does not check those writes:
/// in a temporary folder that is full, the parts come out empty or cut short, and the workbook
/// is written without a word. Each part is inflated here and must end with the closing tag of
/// its root element (or be that element, self-closed).
enum AssembledParts {
  /// The name of the first part that is not whole, or `nil` when all are (or when the zip is
  /// not one this check reads: zip64, or not a zip).
  static func firstBroken(in zip: [UInt8]) -> String? {
    guard let directory = centralDirectory(zip) else { return nil }
    var entry = directory.offset
    for _ in 0..<directory.count {
      guard entry + 46 <= zip.count, word(zip, entry) == 0x0201_4b50 else { return nil }
      let method = half(zip, entry + 10)
      let compressed = Int(word(zip, entry + 20))
      let nameLength = Int(half(zip, entry + 28))
      let skip = nameLength + Int(half(zip, entry + 30)) + Int(half(zip, entry + 32))
      let local = Int(word(zip, entry + 42))
      guard entry + 46 + nameLength <= zip.count, local + 30 <= zip.count else { return nil }
      let name = String(decoding: zip[(entry + 46)..<(entry + 46 + nameLength)], as: UTF8.self)
      let start = local + 30 + Int(half(zip, local + 26)) + Int(half(zip, local + 28))
      guard start + compressed <= zip.count else { return name }
      let data = zip[start..<(start + compressed)]
      let text: [UInt8]? = method == 0 ? Array(data) : method == 8 ? inflate(data) : []
      if name.hasSuffix(".xml") || name.hasSuffix(".rels") {
        guard let text, isWhole(text) else { return name }
      }
      entry += 46 + skip
    }
    return nil
  }

  /// Where the central directory starts and how many entries it has, from the end record.
  private static func centralDirectory(_ zip: [UInt8]) -> (offset: Int, count: Int)? {
    guard zip.count >= 22 else { return nil }
    var end = zip.count - 22
    let lowest = max(0, zip.count - 22 - 0xFFFF)
    while end >= lowest, word(zip, end) != 0x0605_4b50 { end -= 1 }
    guard end >= lowest else { return nil }
    let count = Int(half(zip, end + 10))
    let offset = Int(word(zip, end + 16))
    guard count != 0xFFFF, offset != 0xFFFF_FFFF else { return nil }
    return (offset, count)
  }

  /// Whether `xml` ends with the closing tag of its root element, or is the root self-closed.
  static func isWhole(_ xml: [UInt8]) -> Bool {
    var end = xml.count
    while end > 0, [0x20, 0x0A, 0x0D, 0x09].contains(xml[end - 1]) { end -= 1 }
    guard end > 0, xml[end - 1] == UInt8(ascii: ">") else { return false }
    guard let root = rootName(xml) else { return false }
    let closing = Array("</\(root)>".utf8)
    if end >= closing.count, Array(xml[(end - closing.count)..<end]) == closing { return true }
    // A self-closed root: the only element, ending `/>`.
    return end >= 2 && xml[end - 2] == UInt8(ascii: "/") && elementCount(xml) == 1
  }

  /// The name of the first element (after any `<?…?>` declaration).
  private static func rootName(_ xml: [UInt8]) -> String? {
    var index = 0
    while index < xml.count {
      guard let open = xml[index...].firstIndex(of: UInt8(ascii: "<")) else { return nil }
      let next = open + 1
      guard next < xml.count else { return nil }
      if xml[next] == UInt8(ascii: "?") || xml[next] == UInt8(ascii: "!") {
        index = next
        continue
      }
      var stop = next
      while stop < xml.count, ![0x20, 0x0A, 0x0D, 0x09, 0x3E, 0x2F].contains(xml[stop]) {
        stop += 1
      }
      return String(decoding: xml[next..<stop], as: UTF8.self)
    }
    return nil
  }

  /// How many elements open in `xml` (tags that are not declarations or closing tags).
  private static func elementCount(_ xml: [UInt8]) -> Int {
    var count = 0
    for index in xml.indices.dropLast() where xml[index] == UInt8(ascii: "<") {
      let next = xml[index + 1]
      if next != UInt8(ascii: "?"), next != UInt8(ascii: "!"), next != UInt8(ascii: "/") {
        count += 1
      }
    }
    return count
  }

  /// Raw-deflate data inflated, or `nil` if it is not whole. A long part is checked by its
  /// first and last 64 KiB only, joined (the root's name is in the one, its closing tag in the
  /// other), so a large sheet is never held twice.
  private static func inflate(_ data: ArraySlice<UInt8>) -> [UInt8]? {
    var stream = z_stream()
    guard ctst_inflate_init_raw(&stream) == Z_OK else { return nil }
    defer { inflateEnd(&stream) }
    var input = Array(data)
    var head: [UInt8] = []
    var tail: [UInt8] = []
    var chunk = [UInt8](repeating: 0, count: 1 << 16)
    var status = Z_OK
    input.withUnsafeMutableBufferPointer { input in
      stream.next_in = input.baseAddress
      stream.avail_in = uInt(input.count)
      while status == Z_OK {
        chunk.withUnsafeMutableBufferPointer { out in
          stream.next_out = out.baseAddress
          stream.avail_out = uInt(out.count)
          status = CLibXLSXWriter.inflate(&stream, Z_NO_FLUSH)
          let produced = out[0..<(out.count - Int(stream.avail_out))]
          if head.isEmpty {
            head = Array(produced)
          } else {
            tail = Array((tail + produced).suffix(1 << 16))
          }
        }
      }
    }
    return status == Z_STREAM_END ? head + tail : nil
  }

  private static func half(_ bytes: [UInt8], _ at: Int) -> UInt16 {
    UInt16(bytes[at]) | UInt16(bytes[at + 1]) << 8
  }

  private static func word(_ bytes: [UInt8], _ at: Int) -> UInt32 {
    UInt32(half(bytes, at)) | UInt32(half(bytes, at + 2)) << 16
  }
}
