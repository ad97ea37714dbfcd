import Dispatch
import FoundationEssentials
import Glibc
import ReportKernel
import ReportRender
import Synchronization

/// SIGTERM, SIGINT and SIGHUP during an export (what systemd, `timeout`, a cron daemon's
/// shutdown, Ctrl-C and a dropped SSH session send): the signal is noted, the run stops at its
/// next step, removes its half-written folder, releases the lock and exits 143 (SIGTERM), 130
/// (SIGINT) or 129 (SIGHUP); `latest` stays on the last complete run. A run that does not
/// reach a step within ``grace`` seconds is cleaned up and ended from the signal queue. A
/// signal the process was started with ignored (`nohup`) stays ignored.
///
/// `consolidate`, `section` and `review` answer SIGTERM, SIGINT and SIGHUP only while they
/// write their files (``writing(into:)``): the unfinished files are removed, the files already
/// in place stay, and ctst exits 143, 130 or 129 with one line on stderr.
///
/// For tests, `CTST_TEST_PAUSE_AT=<step>` (or `<step>#<n>` for its n-th time) pauses a run at
/// that step, after saying so on stderr, until a signal arrives (at most a minute).
final class Interruption: @unchecked Sendable {
  /// Seconds between the signal and a forced end.
  static let grace = 10.0

  /// What the signal handler and the run share.
  private struct State {
    var received: Int32?
    var staging: URL?
    var seen: [String: Int] = [:]
  }

  private let state = Mutex(State())
  private var sources: [any DispatchSourceSignal] = []
  private let queue = DispatchQueue(label: "ctst.signals")
  /// The step a test asks a run to pause at, read once.
  private static let pauseAt: String? = getenv("CTST_TEST_PAUSE_AT").map { String(cString: $0) }

  /// The signals answered, by an export and while a report is written.
  static let handled = [SIGTERM, SIGINT, SIGHUP]

  /// The paragraph of `consolidate`, `section` and `review` help on what these signals do
  /// while the files are written (one home for the three commands).
  static let writingHelp = """
    Each file is written under a hidden temporary name and moved into place when complete. \
    SIGTERM, SIGINT or SIGHUP while writing removes the unfinished files, keeps the earlier \
    reports not yet replaced, and exits \(ExitStatus.terminated.rawValue), \
    \(ExitStatus.interrupted.rawValue) or \(ExitStatus.hungUp.rawValue).
    """

  /// Starts listening for SIGTERM, SIGINT and SIGHUP (a closed terminal or SSH session), each
  /// unless the process was started with it ignored (`nohup`, a shell's background job): that
  /// choice stands.
  func install() {
    for number in Self.handled {
      guard !Self.isIgnored(number) else { continue }
      Glibc.signal(number, SIG_IGN)
      let source = DispatchSource.makeSignalSource(signal: number, queue: queue)
      source.setEventHandler { [self] in receive(number) }
      source.resume()
      sources.append(source)
    }
  }

  /// Whether `number` is ignored (SIG_IGN), as the process was started with it.
  private static func isIgnored(_ number: Int32) -> Bool {
    var current = sigaction()
    guard sigaction(number, nil, &current) == 0,
      let handler = current.__sigaction_handler.sa_handler
    else { return false }
    return unsafeBitCast(handler, to: Int.self) == 1  // SIG_IGN is (void (*)(int)) 1
  }

  /// The first signal received, if any.
  var receivedSignal: Int32? { state.withLock { $0.received } }

  /// The exit status for `signal`: 128 + its number.
  static func exitCode(_ signal: Int32) -> Int32 { 128 + signal }

  /// `signal` as the messages name it.
  static func name(_ signal: Int32) -> String {
    switch signal {
    case SIGTERM: "SIGTERM"
    case SIGINT: "SIGINT"
    case SIGHUP: "SIGHUP"
    default: "signal \(signal)"
    }
  }

  /// What SIGTERM, SIGINT and SIGHUP do while a report is written into `directory`: remove the
  /// unfinished files and exit 143, 130 or 129, saying so on one line; and pause when a test
  /// asks.
  static func writing(into directory: URL) -> InterruptedWrite {
    // One line whatever the folder's name: a line break or escape in it is shown as \u{…}.
    let folder = Diagnostic.printable(directory.path)
    let notices = handled.map { signal in
      InterruptedWrite.Notice(
        signal: signal, status: exitCode(signal),
        message: "error: stopped by \(name(signal)) while writing \(folder); "
          + "unfinished files removed, no report replaced by an incomplete one")
    }
    guard pauseAt != nil else { return InterruptedWrite(notices: notices) }
    let steps = Interruption()
    return InterruptedWrite(notices: notices) { steps.reached($0) }
  }

  /// Called by the runner at each step: pauses when a test asks, and stops the run when a
  /// signal has arrived.
  func checkpoint(_ step: ExportStep) throws(ExportInterrupted) {
    state.withLock { $0.staging = step.staging }
    reached(step.name)
    if let received = receivedSignal { throw ExportInterrupted(signal: received) }
  }

  /// Counts a step; pauses there when a test asks, until a signal arrives (at most a minute).
  func reached(_ step: String) {
    guard let pauseAt = Self.pauseAt else { return }
    let count = state.withLock { state in
      state.seen[step, default: 0] += 1
      return state.seen[step, default: 0]
    }
    guard pauseAt == step || pauseAt == "\(step)#\(count)" else { return }
    StandardStream.error.write("ctst: paused at step \(step)#\(count)\n")
    let deadline = Date().addingTimeInterval(60)
    while receivedSignal == nil, Date() < deadline { usleep(10_000) }
  }

  /// The run has published: nothing left to clean up.
  func published() {
    state.withLock { $0.staging = nil }
  }

  private func receive(_ number: Int32) {
    state.withLock { if $0.received == nil { $0.received = number } }
    queue.asyncAfter(deadline: .now() + Self.grace) { [self] in
      if let staging = state.withLock({ $0.staging }) {
        try? FileManager.default.removeItem(at: staging)
      }
      _exit(Self.exitCode(number))
    }
  }
}
