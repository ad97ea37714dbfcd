import Foundation
import Glibc
import ReportTestSupport
import Synchronization
import Testing

@testable import ReportRender

/// Arming and disarming the cleanup of a write's temporary files on a signal. The handler
/// itself ends the process; the end-to-end checks (check_signals.py) send it signals.
@Suite("Signals while writing", .serialized)
struct SignalCleanupTests {
  /// A signal's action: 0 the default, 1 ignored, else a handler's address.
  private func action(_ signal: Int32) -> Int {
    var current = sigaction()
    sigaction(signal, nil, &current)
    return unsafeBitCast(current.__sigaction_handler.sa_handler, to: Int.self)
  }

  private func notices(_ signals: [Int32]) -> InterruptedWrite {
    InterruptedWrite(
      notices: signals.map { InterruptedWrite.Notice(signal: $0, status: 128 + $0, message: "x") })
  }

  @Test("the handler replaces only a default action, and disarming puts it back")
  func onlyOverTheDefault() throws {
    signal(SIGUSR1, SIG_DFL)
    signal(SIGUSR2, SIG_IGN)
    defer { signal(SIGUSR2, SIG_DFL) }
    let cleanup = try #require(
      SignalCleanup(notices([SIGUSR1, SIGUSR2]), temporaries: ["/nonexistent/.a.tmp-1"]))
    #expect(action(SIGUSR1) > 1)
    #expect(action(SIGUSR2) == 1)
    cleanup.disarm()
    #expect(action(SIGUSR1) == 0)
    #expect(action(SIGUSR2) == 1)
    cleanup.disarm()
    #expect(action(SIGUSR1) == 0)
  }

  @Test("one write is armed at a time; the next can arm once it is disarmed")
  func oneAtATime() throws {
    let first = try #require(SignalCleanup(notices([SIGUSR1]), temporaries: []))
    #expect(SignalCleanup(notices([SIGUSR1]), temporaries: []) == nil)
    first.disarm()
    let next = try #require(SignalCleanup(notices([SIGUSR1]), temporaries: []))
    #expect(action(SIGUSR1) > 1)
    next.disarm()
    #expect(action(SIGUSR1) == 0)
  }

  @Test("a write calls render once and place per file while armed, and disarms after")
  func steps() throws {
    signal(SIGUSR1, SIG_DFL)
    let seen = Mutex<[String]>([])
    let armed = Mutex<[Bool]>([])
    let interruption = InterruptedWrite(
      notices: notices([SIGUSR1]).notices,
      step: { step in
        seen.withLock { $0.append(step) }
        armed.withLock { $0.append(action(SIGUSR1) > 1) }
      })
    let directory = TestPaths.temporaryDirectory("ctst-signal-steps")
    let written = try OutputWriter(directory: directory, interruption: interruption)
      .write(try BuilderFixture.consolidated(), formats: [.txt, .md])
    #expect(
      written.map(\.lastPathComponent) == [
        "ctst-2026-consolidated.txt", "ctst-2026-consolidated.md",
      ])
    #expect(seen.withLock { $0 } == ["render", "place", "place"])
    #expect(armed.withLock { $0 } == [true, true, true])
    #expect(action(SIGUSR1) == 0)
    let names = try FileManager.default.contentsOfDirectory(atPath: directory.path)
    #expect(names.sorted() == ["ctst-2026-consolidated.md", "ctst-2026-consolidated.txt"])
  }

  @Test("a write that fails removes its temporary files and disarms")
  func failedWrite() throws {
    signal(SIGUSR1, SIG_DFL)
    let directory = TestPaths.temporaryDirectory("ctst-signal-failed")
    let blocker = directory.appendingPathComponent("ctst-2026-consolidated.txt")
    try FileManager.default.createDirectory(at: blocker, withIntermediateDirectories: true)
    let writer = OutputWriter(directory: directory, interruption: notices([SIGUSR1]))
    #expect(throws: OutputError.self) {
      try writer.write(try BuilderFixture.consolidated(), formats: [.md, .txt])
    }
    #expect(action(SIGUSR1) == 0)
    let names = try FileManager.default.contentsOfDirectory(atPath: directory.path)
    #expect(names.sorted() == ["ctst-2026-consolidated.md", "ctst-2026-consolidated.txt"])
  }

  @Test(
    "a temporary file made before rendering is written through its descriptor, so a renderer never makes a name the handler has unlinked"
  )
  func noNameAfterUnlink() throws {
    let directory = TestPaths.temporaryDirectory("ctst-signal-made")
    let names = ["a", "b"].map { directory.appendingPathComponent(".\($0).tmp-1").path }
    let cleanup = try #require(SignalCleanup(notices([SIGUSR1]), temporaries: names))
    defer { cleanup.disarm() }
    let paths = cleanup.createTemporaries()
    #expect(paths.allSatisfy { $0.hasPrefix("/proc/self/fd/") }, "\(paths)")
    #expect(names.allSatisfy { FileManager.default.fileExists(atPath: $0) })
    unlink(names[0])  // as the handler does
    for path in paths {
      try FileSystem.write(Data("rendered".utf8), to: URL(fileURLWithPath: path))
    }
    #expect(!FileManager.default.fileExists(atPath: names[0]))
    #expect(try String(contentsOfFile: names[1], encoding: .utf8) == "rendered")
    cleanup.closeTemporaries()
  }
}
