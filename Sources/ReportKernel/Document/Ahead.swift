import Foundation

/// A value computed on a thread of its own from the moment it is created; ``value`` waits
/// for it.
public final class Ahead<Value: Sendable>: @unchecked Sendable {
  private let condition = NSCondition()
  private var result: Value?

  /// Starts computing `work`.
  public init(_ work: @escaping @Sendable () -> Value) {
    let thread = Thread { [self] in
      let value = work()
      condition.lock()
      result = value
      condition.broadcast()
      condition.unlock()
    }
    thread.start()
  }

  /// A value already computed: no thread is started.
  public init(value: Value) {
    result = value
  }

  /// The value, once computed.
  public var value: Value {
    condition.lock()
    defer { condition.unlock() }
    while true {
      if let result { return result }
      condition.wait()
    }
  }
}
