import Synchronization
import Testing

@testable import ReportKernel

/// Threads wait at a gate until it is opened, once.
@Suite("Gate")
struct GateTests {
  @Test("a thread waiting at a closed gate goes on only once it is opened")
  func waitsForOpening() {
    let gate = Gate()
    let opened = Mutex(false)
    // The waiting thread reads `opened` after the gate lets it through: it was set before.
    let seen = Ahead {
      gate.wait()
      return opened.withLock { $0 }
    }
    opened.withLock { $0 = true }
    gate.open()
    #expect(seen.value)
    // Open, it lets everyone through; opening it again changes nothing.
    gate.open()
    gate.wait()
  }

  @Test("a gate open from the start lets the first thread through")
  func openFromStart() {
    let gate = Gate(open: true)
    gate.wait()
    #expect(Ahead { gate.wait() }.value == ())
  }
}
