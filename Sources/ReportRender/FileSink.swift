import FoundationEssentials
import Glibc

/// A file written front to back through a buffer, for renderers that stream what grows with
/// the data instead of building the whole file in memory. Owns its file descriptor and closes
/// it in `deinit`; a failure is an ``OutputError`` with the path and the system's reason.
final class FileSink {
  /// The bytes gathered before they are written out.
  static let capacity = 1 << 16

  private let path: String
  private var descriptor: Int32
  private var buffer: [UInt8] = []

  /// Creates (or truncates) the file at `path`.
  init(path: String) throws(OutputError) {
    self.path = path
    descriptor = open(path, O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, FileSystem.fileMode)
    guard descriptor >= 0 else {
      throw OutputError(path: path, reason: String(cString: strerror(errno)))
    }
    buffer.reserveCapacity(Self.capacity)
  }

  deinit {
    if descriptor >= 0 { close(descriptor) }
  }

  /// Appends the UTF-8 bytes of `text`.
  func write(_ text: String) throws(OutputError) {
    var text = text
    text.withUTF8 { buffer.append(contentsOf: $0) }
    if buffer.count >= Self.capacity { try flush() }
  }

  /// Appends `bytes`.
  func write(bytes: some Collection<UInt8>) throws(OutputError) {
    buffer.append(contentsOf: bytes)
    if buffer.count >= Self.capacity { try flush() }
  }

  /// Writes out what is buffered and closes the file.
  func finish() throws(OutputError) {
    try flush()
    let code = close(descriptor)
    descriptor = -1
    guard code == 0 else {
      throw OutputError(path: path, reason: String(cString: strerror(errno)))
    }
  }

  private func flush() throws(OutputError) {
    let failure = buffer.withUnsafeBytes { FileSystem.writeAll($0, to: descriptor) }
    buffer.removeAll(keepingCapacity: true)
    if let failure { throw OutputError(path: path, reason: String(cString: strerror(failure))) }
  }
}
