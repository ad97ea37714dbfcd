import FoundationEssentials
import Glibc
import ReportKernel

/// Folder and file operations that fail with the path and the system's reason
/// (`strerror`, "Permission denied"), never a generic message.
public enum FileSystem {
  /// The mode a file is created with: read and write for all, less the user's umask (0644
  /// under the usual 022; 0664 under 002, a team's shared folder), as every tool does.
  public static let fileMode: mode_t = 0o666
  /// The mode a folder is created with: everything, less the user's umask (0755 under 022;
  /// 0775 under 002).
  public static let directoryMode: mode_t = 0o777

  /// Creates `url` and its missing parents, like `mkdir -p`.
  public static func createDirectories(_ url: URL) throws(OutputError) {
    var path = ""
    for component in url.standardizedFileURL.path.split(separator: "/") {
      path += "/" + component
      if mkdir(path, directoryMode) == 0 { continue }
      let code = errno
      if code == EEXIST, FileManager.default.fileExists(atPath: path) {
        guard isDirectory(path) else {
          throw OutputError(path: path, reason: String(cString: strerror(ENOTDIR)))
        }
        continue
      }
      throw OutputError(path: path, reason: String(cString: strerror(code)))
    }
    guard access(url.path, W_OK) == 0 else {
      throw OutputError(path: url.path, reason: String(cString: strerror(errno)))
    }
  }

  /// Writes `data` to `url` (created or truncated).
  public static func write(_ data: Data, to url: URL) throws(OutputError) {
    let descriptor = open(url.path, O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, fileMode)
    guard descriptor >= 0 else {
      throw OutputError(path: url.path, reason: String(cString: strerror(errno)))
    }
    defer { close(descriptor) }
    let failure = data.withUnsafeBytes { writeAll($0, to: descriptor) }
    if let failure { throw OutputError(path: url.path, reason: String(cString: strerror(failure))) }
  }

  /// Writes all of `bytes` to the open file `descriptor`, retrying when a signal interrupts
  /// and, on a non-blocking descriptor that is full (a pipe to a slow reader), once it can
  /// take more; the `errno` of a failed write, or nil.
  public static func writeAll(_ bytes: UnsafeRawBufferPointer, to descriptor: Int32) -> Int32? {
    guard let base = bytes.baseAddress else { return nil }
    var offset = 0
    while offset < bytes.count {
      let written = Glibc.write(descriptor, base + offset, bytes.count - offset)
      if written < 0 {
        if errno == EINTR { continue }
        if errno == EAGAIN || errno == EWOULDBLOCK {
          var ready = pollfd(fd: descriptor, events: Int16(POLLOUT), revents: 0)
          if poll(&ready, 1, -1) >= 0 || errno == EINTR { continue }
        }
        return errno
      }
      offset += written
    }
    return nil
  }

  /// Whether `path` names a folder (following symbolic links).
  public static func isDirectory(_ path: String) -> Bool {
    var status = stat()
    return stat(path, &status) == 0 && status.st_mode & S_IFMT == S_IFDIR
  }

  /// Reads the file at `url`.
  public static func read(_ url: URL) throws(OutputError) -> Data {
    let descriptor = open(url.path, O_RDONLY | O_CLOEXEC)
    guard descriptor >= 0 else {
      let reason =
        access(url.path, R_OK) == 0 ? "cannot be opened" : String(cString: strerror(errno))
      throw OutputError(path: url.path, reason: reason)
    }
    defer { close(descriptor) }
    guard let bytes = DescriptorRead.bytes(descriptor) else {
      throw OutputError(path: url.path, reason: String(cString: strerror(EIO)))
    }
    return Data(bytes)
  }
}
