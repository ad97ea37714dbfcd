import Synchronization
import Testing

@testable import ReportKernel

/// The analysis loads each forum's two periods as separate pieces of work and analyses a forum
/// on the core that finishes its second file (`concurrentPairMap`); what it gives must be what
/// doing them one after the other gives.
@Suite("Work in halves")
struct PairedWorkTests {
  @Test("every element's two halves reach its combine, and the results keep the elements' order")
  func sameAsOneAfterTheOther() {
    let elements = Array(0..<37)
    for _ in 0..<50 {
      let results = elements.concurrentPairMap(
        first: { $0 * 10 },
        second: { $0 % 3 == 0 ? nil : "s\($0)" },
        combine: { element, first, second in "\(element):\(first):\(second ?? "none")" })
      #expect(results == elements.map { "\($0):\($0 * 10):\($0 % 3 == 0 ? "none" : "s\($0)")" })
    }
  }

  @Test("each half and each combine runs exactly once")
  func eachOnce() {
    let log = CallLog()
    let results = ["CTTF", "TPTWG", "SCCP", "BMG", "TEL"].concurrentPairMap(
      first: { forum in
        log.count("first \(forum)")
        return forum.count
      },
      second: { forum in
        log.count("second \(forum)")
        return forum.lowercased()
      },
      combine: { forum, first, second in
        log.count("combine \(forum)")
        return "\(second)\(first)"
      })
    #expect(results == ["cttf4", "tptwg5", "sccp4", "bmg3", "tel3"])
    let counted = log.calls.withLock { $0 }
    #expect(counted.count == 15)
    #expect(counted.values.allSatisfy { $0 == 1 })
  }

  @Test("no elements, no work")
  func empty() {
    let results = [Int]().concurrentPairMap(
      first: { $0 }, second: { $0 }, combine: { _, first, second in first + second })
    #expect(results.isEmpty)
  }
}

/// How many times each piece of work ran.
private final class CallLog: Sendable {
  let calls = Mutex<[String: Int]>([:])

  func count(_ key: String) { calls.withLock { $0[key, default: 0] += 1 } }
}
