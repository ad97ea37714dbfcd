import Foundation

/// Keeps a copy of the input being run so that, if it crashes or hangs, the input is saved to
/// a file before the process ends: a signal handler writes it on a crash, a watchdog thread on
/// a hang.
///
/// The state is process-global because a signal handler can reach nothing else; it is written
/// only by the fuzzing thread between inputs and read by the handler or the watchdog while
/// that thread is stuck in an input.
enum CrashGuard {
  nonisolated(unsafe) private static var buffer: UnsafeMutablePointer<UInt8>?
  nonisolated(unsafe) private static var capacity = 0
  nonisolated(unsafe) private static var count = 0
  nonisolated(unsafe) private static var crashPath: UnsafeMutablePointer<CChar>?
  nonisolated(unsafe) private static var hangPath: UnsafeMutablePointer<CChar>?
  private static let clock = NSLock()
  nonisolated(unsafe) private static var startedAt: Double?

  /// Installs the signal handlers and the watchdog; a crash input goes to `crash`, a hang input
  /// (running longer than `timeout` seconds) to `hang`.
  static func install(crash: String, hang: String, timeout: Double) {
    crashPath = strdup(crash)
    hangPath = strdup(hang)
    for signal in [SIGILL, SIGTRAP, SIGSEGV, SIGBUS, SIGABRT, SIGFPE] {
      _ = Foundation.signal(signal, handleCrash)
    }
    let watchdog = Thread {
      while true {
        Thread.sleep(forTimeInterval: 0.5)
        clock.lock()
        let started = startedAt
        clock.unlock()
        guard let started, Date().timeIntervalSince1970 - started > timeout else { continue }
        save(to: hangPath)
        let message = "ctst-fuzz: an input ran longer than \(timeout) s (hang); saved to \(hang)\n"
        FileHandle.standardError.write(Data(message.utf8))
        _exit(3)
      }
    }
    watchdog.start()
  }

  /// Records `input` as the one about to run and starts its clock.
  static func begin(_ input: [UInt8]) {
    if input.count > capacity {
      let size = max(input.count, 2 * capacity, 4_096)
      buffer = realloc(buffer, size)?.assumingMemoryBound(to: UInt8.self)
      capacity = buffer == nil ? 0 : size
    }
    count = min(input.count, capacity)
    if let buffer {
      input.withUnsafeBufferPointer { source in
        if let base = source.baseAddress { buffer.update(from: base, count: count) }
      }
    }
    clock.lock()
    startedAt = Date().timeIntervalSince1970
    clock.unlock()
  }

  /// Stops the clock of the current input.
  static func end() {
    clock.lock()
    startedAt = nil
    clock.unlock()
  }

  /// Writes the current input to `path` with async-signal-safe calls only.
  fileprivate static func save(to path: UnsafeMutablePointer<CChar>?) {
    guard let path else { return }
    let file = open(path, O_WRONLY | O_CREAT | O_TRUNC, 0o644)
    guard file >= 0 else { return }
    if let buffer { _ = write(file, buffer, count) }
    close(file)
  }

  /// The path a crash input is written to.
  fileprivate static var crashFile: UnsafeMutablePointer<CChar>? { crashPath }
}

/// Saves the input, says so on stderr, and lets the signal end the process as it would have.
private func handleCrash(_ signal: CInt) {
  CrashGuard.save(to: CrashGuard.crashFile)
  let message: StaticString = "ctst-fuzz: crash; the input is saved (see --artifacts)\n"
  _ = write(STDERR_FILENO, message.utf8Start, message.utf8CodeUnitCount)
  _ = Foundation.signal(signal, SIG_DFL)
  raise(signal)
}
