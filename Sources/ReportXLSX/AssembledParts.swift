internal import CLibXLSXWriter
import Glibc

/// Checks that the XML parts of an assembled `.xlsx` zip are whole, reading back only what
/// can be cut.
///
/// libxlsxwriter writes each part to a temporary file first and does not check those writes:
/// in a temporary folder that is full, the parts come out empty or cut short, and the workbook
/// is written without a word. A part is whole when, inflated, it ends with the closing tag of
/// its root element (see ``PartEnding``).
///
/// Why only parts whose size is a multiple of 512 bytes are inflated (the soundness
/// argument): libxlsxwriter writes each part through stdio, whose buffer is the file system's
/// `st_blksize`, at offsets that are multiples of it, and a full file system that allocates in
/// blocks takes of such a write only the whole blocks it still has, if any. A block is a power
/// of two of at least 512 bytes (4096 on most disks and tmpfs; 1024 on a small ext2 or ext4),
/// so what reaches a file is a multiple of 512 bytes until the last, short flush; only that
/// flush can leave another size, and if it succeeded every write before it did too: the part
/// is complete. So a part of any other size is whole, and its data is never read. Parts of
/// 512 × k bytes (0 included) are inflated in fixed 64 KiB pieces, keeping only their first and
/// last bytes. A file system that accepts part of a block (some network file systems) is not
/// covered.
///
/// Memory is fixed whatever the workbook's size: the central directory (its size grows with
/// the number of parts, not with the values), two 64 KiB buffers and the ends of one part.
enum AssembledParts {
  /// What a check found and what it cost.
  struct Check: Equatable {
    /// The name of the first part that is not whole, `"the zip"` if the file is not a zip
    /// whose directory can be read, or `nil` when all are whole.
    var broken: String?
    /// Bytes read from the file (directory, local headers and the data of parts inflated).
    var bytesRead = 0
    /// Parts inflated, and the bytes they gave.
    var partsInflated = 0
    var bytesInflated = 0
  }

  /// The smallest block a file system allocates: what a full one lets through of a write is a
  /// multiple of it (see the type's discussion).
  static let block: UInt64 = 512

  /// Checks the zip at `path`, opened read-only; `nil` if it cannot be opened.
  static func check(path: String) -> Check? {
    let descriptor = open(path, O_RDONLY | O_CLOEXEC)
    guard descriptor >= 0 else { return nil }
    defer { close(descriptor) }
    return check(descriptor)
  }

  /// Checks the zip open read-only at `descriptor` (not closed here).
  static func check(_ descriptor: Int32) -> Check {
    var result = Check()
    guard var zip = ZipFile(descriptor: descriptor), zip.size > 0, let members = zip.members()
    else {
      result.broken = "the zip"
      return result
    }
    for member in members where member.size % block == 0 {
      guard member.name.hasSuffix(".xml") || member.name.hasSuffix(".rels") else { continue }
      result.partsInflated += 1
      guard let produced = ending(of: member, in: &zip), produced.ending.isWhole else {
        result.broken = member.name
        result.bytesRead = zip.bytesRead
        return result
      }
      result.bytesInflated += produced.count
    }
    result.bytesRead = zip.bytesRead
    return result
  }

  /// The part's text as fed to a ``PartEnding``, and its length; `nil` if its data cannot be
  /// read or inflated to the end, or its length is not the directory's.
  private static func ending(
    of member: ZipMember, in zip: inout ZipFile
  ) -> (ending: PartEnding, count: Int)? {
    guard member.method == 0 || member.method == 8, let start = zip.dataOffset(of: member),
      start <= zip.size, member.compressedSize <= zip.size - start
    else { return nil }
    var ending = PartEnding()
    var stream = z_stream()
    if member.method == 8 {
      guard ctst_inflate_init_raw(&stream) == Z_OK else { return nil }
    }
    defer { if member.method == 8 { inflateEnd(&stream) } }
    let chunk = 1 << 16
    let input = UnsafeMutableRawBufferPointer.allocate(byteCount: chunk, alignment: 1)
    let output = UnsafeMutableRawBufferPointer.allocate(byteCount: chunk, alignment: 1)
    defer {
      input.deallocate()
      output.deallocate()
    }
    var offset: UInt64 = 0
    var produced = 0
    var status = Z_OK
    while offset < member.compressedSize, status == Z_OK {
      let want = Int(min(UInt64(chunk), member.compressedSize - offset))
      let got = zip.read(
        into: UnsafeMutableRawBufferPointer(rebasing: input[..<want]),
        at: start + offset)
      guard got == want else { return nil }
      offset += UInt64(got)
      guard member.method == 8 else {
        ending.take(UnsafeRawBufferPointer(rebasing: input[..<got]))
        produced += got
        continue
      }
      stream.next_in = input.baseAddress?.assumingMemoryBound(to: UInt8.self)
      stream.avail_in = uInt(got)
      repeat {
        stream.next_out = output.baseAddress?.assumingMemoryBound(to: UInt8.self)
        stream.avail_out = uInt(chunk)
        status = CLibXLSXWriter.inflate(&stream, Z_NO_FLUSH)
        let made = chunk - Int(stream.avail_out)
        ending.take(UnsafeRawBufferPointer(rebasing: output[..<made]))
        produced += made
      } while status == Z_OK && stream.avail_out == 0
    }
    let finished = member.method == 0 || status == Z_STREAM_END
    guard finished, UInt64(produced) == member.size else { return nil }
    return (ending, produced)
  }
}
