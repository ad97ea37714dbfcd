import Dispatch
import Synchronization

extension Array where Element: Sendable {
  /// For every element, `first` and `second` (independent of each other: loading this period's
  /// file and the last period's, say), then `combine` of the two, spread over the processor's
  /// cores with each half as a piece of work of its own; an element's `combine` runs on the core
  /// that finishes the second of its halves. The results in the elements' order, the same as
  /// `map { combine($0, first($0), second($0)) }`.
  ///
  /// Halves keep two cores equally busy where whole elements would not: five fora on two cores
  /// are three against two, ten halves five against five. The halves are begun in the
  /// elements' order, so about as many elements are in hand at a time as there are cores.
  func concurrentPairMap<First: Sendable, Second: Sendable, Result: Sendable>(
    first: @Sendable (Element) -> First, second: @Sendable (Element) -> Second,
    combine: @Sendable (Element, First, Second) -> Result
  ) -> [Result] {
    let halves = HalvesInHand<First, Second>(count: count)
    let results = ConcurrentResults<Result>(count: count)
    withoutActuallyEscaping(first) { first in
      withoutActuallyEscaping(second) { second in
        withoutActuallyEscaping(combine) { combine in
          let elements = self
          let body: @Sendable (Int) -> Void = { piece in
            let index = piece / 2
            let element = elements[index]
            let both =
              piece % 2 == 0
              ? halves.set(first: first(element), at: index)
              : halves.set(second: second(element), at: index)
            if let (one, other) = both {
              results.set(combine(element, one, other), at: index)
            }
          }
          DispatchQueue.concurrentPerform(iterations: count * 2, execute: body)
        }
      }
    }
    return results.values
  }
}

/// The halves of each element done so far; each is handed out, and let go, once its element
/// has both.
private final class HalvesInHand<First: Sendable, Second: Sendable>: @unchecked Sendable {
  private struct Slots {
    var firsts: [First?]
    var seconds: [Second?]
  }

  private let slots: Mutex<Slots>

  init(count: Int) {
    slots = Mutex(
      Slots(
        firsts: Array(repeating: nil, count: count),
        seconds: Array(repeating: nil, count: count)))
  }

  /// Keeps `value` as element `index`'s first half; both halves if its second was done.
  func set(first value: First, at index: Int) -> (First, Second)? {
    set(value, at: index, into: \.firsts, other: \.seconds).map { ($0, $1) }
  }

  /// Keeps `value` as element `index`'s second half; both halves if its first was done.
  func set(second value: Second, at index: Int) -> (First, Second)? {
    set(value, at: index, into: \.seconds, other: \.firsts).map { ($1, $0) }
  }

  /// Keeps `value` in `mine` at `index`, or, if `other` already holds that element's other
  /// half, lets go of it and returns both (this half first).
  private func set<Mine: Sendable, Other: Sendable>(
    _ value: Mine, at index: Int, into mine: WritableKeyPath<Slots, [Mine?]>,
    other: WritableKeyPath<Slots, [Other?]>
  ) -> (Mine, Other)? {
    slots.withLock { slots in
      guard let half = slots[keyPath: other][index] else {
        slots[keyPath: mine][index] = value
        return nil
      }
      slots[keyPath: other][index] = nil
      return (value, half)
    }
  }
}
