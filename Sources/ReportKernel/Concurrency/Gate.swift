/// A point threads wait at until another thread opens it, once: work that should begin only
/// when other work reaches a stage (the formats other than the workbook wait for the
/// workbook's packaging; see `OutputWriter`).
public final class Gate: @unchecked Sendable {
  private let condition = WaitCondition()
  private var isOpen: Bool

  /// A closed gate, or with `open` one open from the start, at which nobody waits.
  public init(open: Bool = false) {
    isOpen = open
  }

  /// Opens the gate: the threads waiting go on, and later ones do not wait. Opening it again
  /// does nothing.
  public func open() {
    condition.withLock {
      isOpen = true
      condition.broadcast()
    }
  }

  /// Returns once the gate is open.
  public func wait() {
    condition.withLock {
      while !isOpen { condition.wait() }
    }
  }
}
