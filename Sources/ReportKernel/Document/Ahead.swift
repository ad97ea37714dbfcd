/// A value computed on a thread of its own from the moment it is created; ``value`` waits
/// for it.
public final class Ahead<Value: Sendable>: @unchecked Sendable {
  private let condition = WaitCondition()
  private var result: Value?

  /// Starts computing `work` (computes it here if no thread can be started).
  public init(_ work: @escaping @Sendable () -> Value) {
    let started = BackgroundThread.start { [self] in
      let value = work()
      condition.withLock {
        result = value
        condition.broadcast()
      }
    }
    if !started { result = work() }
  }

  /// A value already computed: no thread is started.
  public init(value: Value) {
    result = value
  }

  /// The value, once computed.
  public var value: Value {
    condition.withLock {
      while true {
        if let result { return result }
        condition.wait()
      }
    }
  }
}
