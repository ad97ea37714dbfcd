internal import CLibXLSXWriter
import Glibc

extension Workbook {
  /// The ``XLSXError/operation`` of a failure to write the finished file to its path.
  public static let writingOperation = "writing the workbook"
}

/// The anonymous memory file a workbook is assembled in, and the one owner of its descriptor.
///
/// Used only for workbooks that are not streaming (``WorkbookOptions/constantMemory`` off):
/// a streaming workbook may be far larger than memory should hold, so libxlsxwriter writes
/// it straight to its path.
///
/// libxlsxwriter writes the `.xlsx` zip to a path and, when that fails (no permission, no
/// space left, a path too long), returns a generic zip error, the system's reason left only
/// in `errno` (see ``Workbook/close()``). So it is given `/proc/self/fd/N` of a memory file
/// instead, which only fails when memory does, and ``copy(to:)`` writes the finished bytes to
/// the real path, turning every failure of the disk into a thrown ``XLSXError`` with the
/// system's reason from its own write.
final class AssemblyFile {
  /// The descriptor of the memory file.
  private let descriptor: Int32
  /// The path libxlsxwriter opens it by.
  let path: String

  /// A new empty memory file, or `nil` where the system has none (or no `/proc`); the
  /// workbook is then written by libxlsxwriter straight to its path.
  init?() {
    let descriptor = memfd_create("ctst-workbook", 1)  // MFD_CLOEXEC
    guard descriptor >= 0 else { return nil }
    let path = "/proc/self/fd/\(descriptor)"
    guard access(path, W_OK) == 0 else {
      Glibc.close(descriptor)
      return nil
    }
    self.descriptor = descriptor
    self.path = path
  }

  deinit { Glibc.close(descriptor) }

  /// Writes the assembled bytes to `target`, created or truncated (mode 0666 less the umask).
  ///
  /// - Throws: ``XLSXError/Kind/creatingXLSXFile`` with the system's reason ("Permission
  ///   denied", "No space left on device", …) naming `target`.
  func copy(to target: String) throws(XLSXError) {
    let output = open(target, O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0o666)
    guard output >= 0 else { throw Self.failure(target) }
    var buffer = [UInt8](repeating: 0, count: 1 << 16)
    var offset: off_t = 0
    var failed = false
    while !failed {
      let read = buffer.withUnsafeMutableBytes {
        pread(descriptor, $0.baseAddress, $0.count, offset)
      }
      if read < 0, errno == EINTR { continue }
      guard read > 0 else {
        failed = read < 0
        break
      }
      failed = !Self.writeAll(buffer[..<read], to: output)
      offset += off_t(read)
    }
    if failed {
      let error = Self.failure(target)
      Glibc.close(output)
      throw error
    }
    guard Glibc.close(output) == 0 else { throw Self.failure(target) }
  }

  /// The check of the assembled workbook's parts (see ``AssembledParts``).
  func checkParts() -> AssembledParts.Check { AssembledParts.check(descriptor) }

  /// Writes `bytes` to `output`, retrying short writes; `false` with `errno` set on failure.
  private static func writeAll(_ bytes: ArraySlice<UInt8>, to output: Int32) -> Bool {
    var rest = bytes
    while !rest.isEmpty {
      let written = rest.withUnsafeBytes { write(output, $0.baseAddress, $0.count) }
      if written < 0, errno == EINTR { continue }
      guard written > 0 else {
        if written == 0 { errno = EIO }
        return false
      }
      rest = rest.dropFirst(written)
    }
    return true
  }

  /// The error for the current `errno` while writing `target`.
  private static func failure(_ target: String) -> XLSXError {
    XLSXError(
      .creatingXLSXFile, String(cString: strerror(errno)), operation: Workbook.writingOperation,
      path: target)
  }
}
