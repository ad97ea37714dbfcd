import FoundationEssentials
import Glibc

/// An advisory `flock(2)` lock on `<export dir>/.ctst.lock`, held while a run writes, so two
/// runs never overlap. The lock is released when the value is deinitialised (or the process
/// dies: the kernel drops it with the file descriptor).
public final class ExportLock {
  private let descriptor: Int32

  /// Why a lock could not be taken.
  public enum Failure: Error, Sendable {
    /// Another process holds it.
    case held(path: String)
    /// The lock file could not be opened.
    case cannotOpen(path: String, reason: String)
  }

  /// Takes the lock at `path` without waiting.
  public init(path: String) throws(Failure) {
    let fd = open(path, O_RDWR | O_CREAT | O_CLOEXEC, FileSystem.fileMode)
    guard fd >= 0 else {
      throw .cannotOpen(path: path, reason: String(cString: strerror(errno)))
    }
    guard flock(fd, LOCK_EX | LOCK_NB) == 0 else {
      let busy = errno == EWOULDBLOCK
      let reason = String(cString: strerror(errno))
      close(fd)
      throw busy ? .held(path: path) : .cannotOpen(path: path, reason: reason)
    }
    descriptor = fd
  }

  deinit {
    flock(descriptor, LOCK_UN)
    close(descriptor)
  }
}
