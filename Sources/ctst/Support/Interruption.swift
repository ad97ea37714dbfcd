import Dispatch
import FoundationEssentials
import Glibc
import ReportRender
import Synchronization

/// SIGTERM and SIGINT during an export (what systemd, `timeout`, a cron daemon's shutdown and
/// Ctrl-C send): the signal is noted, the run stops at its next step, removes its half-written
/// folder, releases the lock and exits 143 (SIGTERM) or 130 (SIGINT); `latest` stays on the
/// last complete run. A run that does not reach a step within ``grace`` seconds is cleaned up
/// and ended from the signal queue.
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
  private let pauseAt = ProcessInfo.processInfo.environment["CTST_TEST_PAUSE_AT"]

  /// Starts listening for SIGTERM and SIGINT.
  func install() {
    for number in [SIGTERM, SIGINT] {
      Glibc.signal(number, SIG_IGN)
      let source = DispatchSource.makeSignalSource(signal: number, queue: queue)
      source.setEventHandler { [self] in receive(number) }
      source.resume()
      sources.append(source)
    }
  }

  /// The first signal received, if any.
  var receivedSignal: Int32? { state.withLock { $0.received } }

  /// The exit status for `signal`: 128 + its number.
  static func exitCode(_ signal: Int32) -> Int32 { 128 + signal }

  /// Called by the runner at each step: pauses when a test asks, and stops the run when a
  /// signal has arrived.
  func checkpoint(_ step: ExportStep) throws(ExportInterrupted) {
    let count = state.withLock { state in
      state.staging = step.staging
      state.seen[step.name, default: 0] += 1
      return state.seen[step.name, default: 0]
    }
    if let pauseAt, pauseAt == step.name || pauseAt == "\(step.name)#\(count)" {
      StandardStream.error.write("ctst: paused at step \(step.name)#\(count)\n")
      let deadline = Date().addingTimeInterval(60)
      while receivedSignal == nil, Date() < deadline { usleep(10_000) }
    }
    if let received = receivedSignal { throw ExportInterrupted(signal: received) }
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
