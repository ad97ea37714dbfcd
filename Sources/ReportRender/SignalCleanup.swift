import Glibc
import Synchronization

/// Removes the temporary files of one ``OutputWriter`` write when ``InterruptedWrite``'s
/// signals stop the process, from a plain `sigaction` handler: arming and disarming cost a few
/// system calls, no Dispatch source and no thread.
///
/// Async-signal safety: everything the handler reads (the temporary names and the notices as C
/// strings, the exit statuses) is plain memory, filled before it is published with release
/// ordering through ``phase``, which the handler claims with acquire ordering. The handler
/// retains no Swift object, allocates nothing, takes no lock and calls only `unlink`, `write`,
/// `_exit`, `sigaction`, `raise` and `pause`.
///
/// - A signal while armed: the handler that claims the write (armed → cleaning) unlinks every
///   temporary name, writes the signal's notice on standard error and ends the process with
///   `_exit` and the notice's status (an exit status, as `export` does, rather than dying by
///   the signal again: a cron mail or a script sees 143, 130 or 129). `_exit` runs no atexit
///   handler and flushes no buffer: ctst writes its output unbuffered with `write(2)`. SIGPIPE
///   is ignored before the notice is written, so a closed standard error loses only the notice.
/// - The final renames need no blocking: a temporary name already renamed into place no longer
///   exists, so unlinking it fails (ENOENT) and touches nothing; the handler never unlinks a
///   final name. A rename racing the unlink either ran first (the complete file stays in
///   place) or finds its temporary gone (the earlier file stays).
/// - No name is created once the handler may have unlinked it: ``createTemporaries()`` makes
///   every temporary file before rendering, in a section the handler waits for (signals
///   blocked on the writer's thread; the handler claims the write, then waits while the section
///   runs; the section gives up if the write is already claimed; sequentially consistent on
///   both sides, so one of them sees the other), and keeps each open. The renderers write
///   through `/proc/self/fd/N`, which reopens the file whatever its name has become: after an
///   unlink they write to a nameless file and never create its name again. Where
///   `/proc/self/fd` cannot be reached (no /proc in a chroot), a renderer is given the name
///   and may create it after the handler's first pass; the handler unlinks every name again
///   after writing its notice, just before `_exit`, leaving microseconds for that.
/// - A second signal meanwhile waits for the first handler to end the process: the handler
///   blocks all three signals on its own thread, so the second runs on another thread.
/// - A signal that reaches the handler while the write is disarming does what it does by
///   default: the handler puts back SIG_DFL and raises the signal again.
/// - The handler is installed only over a signal's default action: a signal the process
///   ignores (`nohup`) or handles itself (`export`'s Dispatch sources) is left alone.
/// - One write is armed at a time; a write that finds another armed is written without.
final class SignalCleanup {
  /// ``phase`` values.
  private static let free = 0
  private static let armed = 1
  private static let cleaning = 2
  private static let busy = 3

  /// Free, armed (``published`` may be read), cleaning (a handler owns the table and ends the
  /// process) or busy (a write is arming or disarming).
  private static let phase = Atomic<Int>(0)
  /// The armed write's table (its address; 0: none), published by ``phase``.
  private static let published = Atomic<Int>(0)
  /// Whether a write is making its temporary files (the handler waits until it is done).
  private static let creating = Atomic<Bool>(false)

  /// This write's table, owned here and freed in `deinit`; not changed once published.
  private let table: UnsafeMutablePointer<CleanupTable>
  /// The signals the handler was installed for, with the actions it replaced.
  private var replaced: [(signal: Int32, action: sigaction)] = []
  /// The temporary names and, once made, their open descriptors (-1: not open).
  private let temporaries: [String]
  private var descriptors: [Int32] = []
  /// The modes to give back, by descriptor, to files the umask made read-only for their owner.
  private var readOnlyModes: [Int32: mode_t] = [:]
  private var isArmed = false

  /// Arms cleanup for `temporaries` (paths) with `interruption`'s notices; nil when another
  /// write is armed.
  init?(_ interruption: InterruptedWrite, temporaries: [String]) {
    let (claimed, _) = Self.phase.compareExchange(
      expected: Self.free, desired: Self.busy, ordering: .acquiring)
    guard claimed else { return nil }
    self.temporaries = temporaries
    table = .allocate(capacity: 1)
    table.initialize(to: CleanupTable(temporaries, interruption.notices))
    Self.published.store(Int(bitPattern: table), ordering: .relaxed)
    Self.phase.store(Self.armed, ordering: .releasing)
    isArmed = true
    install()
  }

  deinit {
    closeTemporaries()
    disarm()
    table.pointee.free()
    table.deinitialize(count: 1)
    table.deallocate()
  }

  /// Puts back the signals' previous actions; the write is over. If a handler has already
  /// claimed the write, waits for it to end the process.
  func disarm() {
    guard isArmed else { return }
    let (claimed, _) = Self.phase.compareExchange(
      expected: Self.armed, desired: Self.busy, ordering: .acquiringAndReleasing)
    if !claimed { Self.waitForTheEnd() }
    for (signal, action) in replaced {
      var previous = action
      _ = sigaction(signal, &previous, nil)
    }
    replaced = []
    Self.published.store(0, ordering: .relaxed)
    Self.phase.store(Self.free, ordering: .releasing)
    isArmed = false
  }

  /// Makes every temporary file (empty) and keeps it open; the path each renderer is to write
  /// to, in order: `/proc/self/fd/N` for a file made and reachable that way, else its name
  /// (the renderer then makes it). If the write has already been claimed by the handler,
  /// waits for the process to end instead.
  func createTemporaries() -> [String] {
    var blocked = sigset_t()
    sigemptyset(&blocked)
    for index in 0..<table.pointee.signalCount {
      sigaddset(&blocked, table.pointee.signals[index].number)
    }
    var mask = sigset_t()
    pthread_sigmask(SIG_BLOCK, &blocked, &mask)
    Self.creating.store(true, ordering: .sequentiallyConsistent)
    let stillArmed = Self.phase.load(ordering: .sequentiallyConsistent) == Self.armed
    if stillArmed {
      descriptors = temporaries.map {
        open($0, O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, FileSystem.fileMode)
      }
    }
    Self.creating.store(false, ordering: .sequentiallyConsistent)
    pthread_sigmask(SIG_SETMASK, &mask, nil)
    if !stillArmed { Self.waitForTheEnd() }
    for descriptor in descriptors where descriptor >= 0 { keepWritable(descriptor) }
    return zip(temporaries, descriptors).map { name, descriptor in
      let reopened = "/proc/self/fd/\(descriptor)"
      return descriptor >= 0 && access(reopened, W_OK) == 0 ? reopened : name
    }
  }

  /// Closes the temporary files made by ``createTemporaries()``, each with the mode the umask
  /// gave it; their names stay.
  func closeTemporaries() {
    for descriptor in descriptors where descriptor >= 0 {
      if let mode = readOnlyModes[descriptor] { _ = fchmod(descriptor, mode) }
      close(descriptor)
    }
    descriptors = []
    readOnlyModes = [:]
  }

  /// A file the umask made read-only for its owner (umask 0222) cannot be opened again to be
  /// written, and a renderer opens `/proc/self/fd/N` (or the name) afresh: it is made writable
  /// for its owner until ``closeTemporaries()`` gives it back the mode the umask gave it.
  private func keepWritable(_ descriptor: Int32) {
    var status = stat()
    guard fstat(descriptor, &status) == 0, status.st_mode & S_IWUSR == 0 else { return }
    let mode = status.st_mode & 0o7777
    if fchmod(descriptor, mode | S_IWUSR) == 0 { readOnlyModes[descriptor] = mode }
  }

  /// Installs the handler for each signal whose action is the default.
  private func install() {
    var action = sigaction()
    action.__sigaction_handler.sa_handler = { SignalCleanup.handle($0) }
    sigemptyset(&action.sa_mask)
    for index in 0..<table.pointee.signalCount {
      sigaddset(&action.sa_mask, table.pointee.signals[index].number)
    }
    action.sa_flags = SA_RESTART
    for index in 0..<table.pointee.signalCount {
      let number = table.pointee.signals[index].number
      var previous = sigaction()
      guard sigaction(number, nil, &previous) == 0,
        previous.__sigaction_handler.sa_handler == nil  // SIG_DFL
      else { continue }
      if sigaction(number, &action, &previous) == 0 { replaced.append((number, previous)) }
    }
  }

  /// The signal handler.
  private static func handle(_ number: Int32) {
    let (claimed, found) = phase.compareExchange(
      expected: armed, desired: cleaning, ordering: .sequentiallyConsistent)
    guard claimed,
      let table = UnsafeMutablePointer<CleanupTable>(
        bitPattern: Self.published.load(ordering: .relaxed))
    else {
      if found == cleaning { waitForTheEnd() }
      var byDefault = sigaction()
      _ = sigaction(number, &byDefault, nil)
      _ = raise(number)
      return
    }
    while creating.load(ordering: .sequentiallyConsistent) {}
    table.pointee.unlinkTemporaries()
    // A standard error nobody reads any more (a closed pipe) loses the notice, not the exit
    // status: without this, writing it would end the process by SIGPIPE.
    var ignore = sigaction()
    ignore.__sigaction_handler.sa_handler = SIG_IGN
    _ = sigaction(SIGPIPE, &ignore, nil)
    var status = 128 + number
    var index = 0
    while index < table.pointee.signalCount {
      let notice = table.pointee.signals[index]
      if notice.number == number, let message = notice.message {
        status = notice.status
        var offset = 0
        while offset < notice.length {
          let written = write(2, message + offset, notice.length - offset)
          if written > 0 {
            offset += written
          } else if written < 0, errno == EINTR {
            continue
          } else {
            break
          }
        }
      }
      index += 1
    }
    table.pointee.unlinkTemporaries()
    _exit(status)
  }

  /// Waits, for good, for the handler that claimed the write to end the process.
  private static func waitForTheEnd() -> Never {
    while true { pause() }
  }
}
