import Glibc

/// What the handler reads: C strings and integers, no Swift object.
struct CleanupTable {
  /// The temporary paths, as C strings.
  var temporaries: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>
  var temporaryCount: Int
  /// The signals handled.
  var signals: UnsafeMutablePointer<CleanupSignal>
  var signalCount: Int

  init(_ paths: [String], _ notices: [InterruptedWrite.Notice]) {
    temporaries = .allocate(capacity: paths.count)
    temporaryCount = paths.count
    for (index, path) in paths.enumerated() {
      (temporaries + index).initialize(to: strdup(path))
    }
    signals = .allocate(capacity: notices.count)
    signalCount = notices.count
    for (index, notice) in notices.enumerated() {
      let message = strdup(notice.message + "\n")
      (signals + index).initialize(
        to: CleanupSignal(
          number: notice.signal, status: notice.status, message: message,
          length: message.map { strlen($0) } ?? 0))
    }
  }

  /// Unlinks every temporary name (those not created yet or already renamed: ENOENT).
  func unlinkTemporaries() {
    var index = 0
    while index < temporaryCount {
      if let path = temporaries[index] { _ = unlink(path) }
      index += 1
    }
  }

  /// Frees the C strings and arrays.
  func free() {
    for index in 0..<temporaryCount { Glibc.free(temporaries[index]) }
    temporaries.deinitialize(count: temporaryCount)
    temporaries.deallocate()
    for index in 0..<signalCount { Glibc.free(signals[index].message) }
    signals.deinitialize(count: signalCount)
    signals.deallocate()
  }
}

/// One signal the handler answers.
struct CleanupSignal {
  var number: Int32
  /// The exit status.
  var status: Int32
  /// The notice and its line break, as a C string, and its length in bytes.
  var message: UnsafeMutablePointer<CChar>?
  var length: Int
}
