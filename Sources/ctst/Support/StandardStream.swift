import ReportRender

/// The process's standard output and standard error: the one place the command line writes
/// to them, each text whole with `write(2)` (retried when a signal interrupts it).
enum StandardStream: Int32 {
  /// File descriptor 1.
  case output = 1
  /// File descriptor 2.
  case error = 2

  /// Writes `text` as UTF-8; a stream that is closed or full is not an error here.
  func write(_ text: String) {
    var text = text
    text.withUTF8 { _ = FileSystem.writeAll(UnsafeRawBufferPointer($0), to: rawValue) }
  }
}
