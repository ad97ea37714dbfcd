import Glibc
import ReportRender
import Synchronization

/// The process's standard output and standard error: the one place the command line writes
/// to them, each text whole with `write(2)` (retried when a signal interrupts it, and when a
/// non-blocking pipe is full, once the reader has made room).
///
/// A write to standard output that fails (a closed pipe, a full disk, a closed descriptor) is
/// remembered: the command goes on, so nothing it writes to files is lost, and ends with
/// ``ExitStatus/ioError`` (74) and one line on standard error. A failed write to standard
/// error is not reported: there is nowhere left to report it.
enum StandardStream: Int32 {
  /// File descriptor 1.
  case output = 1
  /// File descriptor 2.
  case error = 2

  /// The `errno` of the first write to standard output that failed, if any.
  private static let lostOutput = Mutex<Int32?>(nil)

  /// Gives a closed standard input, output or error `/dev/null`, so that no file ctst opens
  /// takes its number (and receives what is printed); a closed standard output counts as a
  /// failed write. Call first thing.
  static func reserveClosedDescriptors() {
    for descriptor: Int32 in 0...2 where fcntl(descriptor, F_GETFD) == -1 && errno == EBADF {
      let opened = open("/dev/null", descriptor == 0 ? O_RDONLY : O_WRONLY)
      if opened >= 0, opened != descriptor {
        dup2(opened, descriptor)
        close(opened)
      }
      if descriptor == output.rawValue { lostOutput.withLock { $0 = EBADF } }
    }
  }

  /// Writes `text` as UTF-8.
  func write(_ text: String) {
    var text = text
    let failure = text.withUTF8 { FileSystem.writeAll(UnsafeRawBufferPointer($0), to: rawValue) }
    if let failure, self == .output {
      Self.lostOutput.withLock { lost in lost = lost ?? failure }
    }
  }

  /// The message for output lost by a failed write to standard output, if one failed.
  static var lostOutputMessage: String? {
    lostOutput.withLock { $0 }.map { code in
      "error: standard output could not be written (\(String(cString: strerror(code)))); "
        + "what the command printed there is lost"
    }
  }
}
