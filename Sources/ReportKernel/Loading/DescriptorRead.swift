import Glibc

/// Reading an open file descriptor with `read(2)`: the one place the kernel and the
/// renderers read bytes from a file they opened.
public enum DescriptorRead {
  /// The bytes from `descriptor` up to its end, or up to `limit` bytes and one more (so a
  /// caller sees that the file is longer); nil on a read error. Interrupted reads are retried;
  /// `reserve` is the expected size.
  public static func bytes(_ descriptor: Int32, limit: Int = .max, reserve: Int = 0) -> [UInt8]? {
    let bound = limit == .max ? limit : limit + 1
    let chunk = UnsafeMutableRawBufferPointer.allocate(
      byteCount: min(1 << 20, bound), alignment: 1)
    defer { chunk.deallocate() }
    var bytes: [UInt8] = []
    bytes.reserveCapacity(min(reserve, bound))
    while bytes.count < bound {
      let count = read(descriptor, chunk.baseAddress, min(chunk.count, bound - bytes.count))
      if count < 0, errno == EINTR { continue }
      guard count >= 0 else { return nil }
      if count == 0 { break }
      bytes.append(contentsOf: UnsafeRawBufferPointer(rebasing: chunk[..<count]))
    }
    return bytes
  }
}
