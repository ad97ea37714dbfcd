import Glibc

/// One member of a zip, as its central directory entry describes it.
struct ZipMember {
  /// The member's name (`xl/worksheets/sheet1.xml`).
  var name: String
  /// 0 stored, 8 deflated.
  var method: UInt16
  /// Bytes of the member's data in the file.
  var compressedSize: UInt64
  /// Bytes once inflated.
  var size: UInt64
  /// Where its local header starts.
  var localOffset: UInt64
}

/// Reads a zip's central directory from an open file with `pread`, never the members' data.
///
/// The end record is looked for in the file's last 22 bytes (libxlsxwriter writes no
/// comment), else in its last 64 KiB; zip64 end records and extra fields are read. What is
/// held is the directory itself, whose size grows with the number of parts (sheets, charts),
/// not with the values in them.
struct ZipFile {
  /// The open file; not owned (the caller closes it).
  let descriptor: Int32
  /// The file's size.
  let size: UInt64
  /// How many bytes ``read(_:at:)`` has read so far.
  private(set) var bytesRead = 0

  /// The zip open at `descriptor`, or `nil` if its size cannot be read.
  init?(descriptor: Int32) {
    var status = stat()
    guard fstat(descriptor, &status) == 0 else { return nil }
    self.descriptor = descriptor
    self.size = UInt64(max(0, status.st_size))
  }

  /// Exactly `count` bytes at `offset`, or `nil` if the file is shorter or cannot be read.
  mutating func read(_ count: Int, at offset: UInt64) -> [UInt8]? {
    guard offset <= size, UInt64(count) <= size - offset else { return nil }
    var bytes = [UInt8](repeating: 0, count: count)
    let done = bytes.withUnsafeMutableBytes { read(into: $0, at: offset) }
    return done == count ? bytes : nil
  }

  /// Fills `buffer` from `offset` (less at the end of the file); the count read, or -1.
  mutating func read(into buffer: UnsafeMutableRawBufferPointer, at offset: UInt64) -> Int {
    var done = 0
    while done < buffer.count {
      let got = pread(
        descriptor, buffer.baseAddress.map { $0 + done }, buffer.count - done,
        off_t(offset) + off_t(done))
      if got < 0, errno == EINTR { continue }
      guard got > 0 else {
        if got < 0 { return -1 }
        break
      }
      done += got
    }
    bytesRead += done
    return done
  }

  /// The members the central directory lists, in its order; `nil` if it cannot be read.
  mutating func members() -> [ZipMember]? {
    guard let (offset, length, count) = directoryPlace(), length <= size,
      let directory = read(Int(length), at: offset)
    else { return nil }
    var members: [ZipMember] = []
    var entry = 0
    for _ in 0..<count {
      guard entry + 46 <= directory.count, directory.word(entry) == 0x0201_4b50 else {
        return nil
      }
      let nameLength = Int(directory.half(entry + 28))
      let extraLength = Int(directory.half(entry + 30))
      let commentLength = Int(directory.half(entry + 32))
      let next = entry + 46 + nameLength + extraLength + commentLength
      guard next <= directory.count else { return nil }
      var member = ZipMember(
        name: String(
          decoding: directory[(entry + 46)..<(entry + 46 + nameLength)], as: UTF8.self),
        method: directory.half(entry + 10), compressedSize: UInt64(directory.word(entry + 20)),
        size: UInt64(directory.word(entry + 24)), localOffset: UInt64(directory.word(entry + 42)))
      let extra = directory[(entry + 46 + nameLength)..<(entry + 46 + nameLength + extraLength)]
      guard Self.applyZip64(Array(extra), to: &member) else { return nil }
      members.append(member)
      entry = next
    }
    return members
  }

  /// Where the member's data starts (after its local header), or `nil` if unreadable.
  mutating func dataOffset(of member: ZipMember) -> UInt64? {
    guard let local = read(30, at: member.localOffset), local.word(0) == 0x0403_4b50 else {
      return nil
    }
    return member.localOffset + 30 + UInt64(local.half(26)) + UInt64(local.half(28))
  }

  /// The central directory's offset, length and entry count, from the end record (zip64 or
  /// not).
  private mutating func directoryPlace() -> (offset: UInt64, length: UInt64, count: Int)? {
    var tail = read(Int(min(size, 42)), at: size - min(size, 42)) ?? []
    var end = tail.count - 22
    if end < 0 || tail.word(end) != 0x0605_4b50 {
      tail = read(Int(min(size, 22 + 0xFFFF + 20)), at: size - min(size, 22 + 0xFFFF + 20)) ?? []
      end = tail.count - 22
      while end >= 0, tail.word(end) != 0x0605_4b50 { end -= 1 }
    }
    guard end >= 0 else { return nil }
    let count = Int(tail.half(end + 10))
    let length = UInt64(tail.word(end + 12))
    let offset = UInt64(tail.word(end + 16))
    guard count == 0xFFFF || offset == 0xFFFF_FFFF || length == 0xFFFF_FFFF else {
      return (offset, length, count)
    }
    // zip64: the locator sits just before the end record and gives the zip64 end record.
    guard end >= 20, tail.word(end - 20) == 0x0706_4b50,
      let record = read(56, at: tail.long(end - 12)), record.word(0) == 0x0606_4b50
    else { return nil }
    guard record.long(32) <= UInt64(Int32.max) else { return nil }
    return (record.long(48), record.long(40), Int(record.long(32)))
  }

  /// Replaces the sizes and offset stored as 0xFFFFFFFF by the zip64 extra field's values.
  private static func applyZip64(_ extra: [UInt8], to member: inout ZipMember) -> Bool {
    let wide: UInt64 = 0xFFFF_FFFF
    guard member.size == wide || member.compressedSize == wide || member.localOffset == wide
    else { return true }
    var at = 0
    while at + 4 <= extra.count {
      let (tag, length) = (extra.half(at), Int(extra.half(at + 2)))
      guard tag == 0x0001 else {
        at += 4 + length
        continue
      }
      var field = at + 4
      for path in [\ZipMember.size, \ZipMember.compressedSize, \ZipMember.localOffset]
      where member[keyPath: path] == wide {
        guard field + 8 <= at + 4 + length, field + 8 <= extra.count else { return false }
        member[keyPath: path] = extra.long(field)
        field += 8
      }
      return true
    }
    return false
  }
}

extension [UInt8] {
  /// The little-endian 16-bit value at `at`.
  fileprivate func half(_ at: Int) -> UInt16 { UInt16(self[at]) | UInt16(self[at + 1]) << 8 }
  /// The little-endian 32-bit value at `at`.
  fileprivate func word(_ at: Int) -> UInt32 {
    UInt32(half(at)) | UInt32(half(at + 2)) << 16
  }
  /// The little-endian 64-bit value at `at`.
  fileprivate func long(_ at: Int) -> UInt64 { UInt64(word(at)) | UInt64(word(at + 4)) << 32 }
}
