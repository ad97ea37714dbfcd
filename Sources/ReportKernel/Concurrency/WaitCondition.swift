import Glibc

/// A POSIX mutex with its condition variable: the one place threads of the kernel wait for
/// each other (a value computed ahead, batches of rows handed between two threads).
///
/// Lock it with ``withLock(_:)``; inside, ``wait()`` releases the mutex until another thread
/// calls ``broadcast()``, then takes it again (loop on the awaited state: a wake-up may be
/// spurious). Plain shared state that is never waited for uses `Mutex` (Synchronization).
final class WaitCondition: @unchecked Sendable {
  private let mutex: UnsafeMutablePointer<pthread_mutex_t>
  private let condition: UnsafeMutablePointer<pthread_cond_t>

  init() {
    mutex = .allocate(capacity: 1)
    mutex.initialize(to: pthread_mutex_t())
    pthread_mutex_init(mutex, nil)
    condition = .allocate(capacity: 1)
    condition.initialize(to: pthread_cond_t())
    pthread_cond_init(condition, nil)
  }

  deinit {
    pthread_cond_destroy(condition)
    condition.deinitialize(count: 1)
    condition.deallocate()
    pthread_mutex_destroy(mutex)
    mutex.deinitialize(count: 1)
    mutex.deallocate()
  }

  /// Runs `body` holding the mutex.
  func withLock<Result>(_ body: () throws -> Result) rethrows -> Result {
    pthread_mutex_lock(mutex)
    defer { pthread_mutex_unlock(mutex) }
    return try body()
  }

  /// Waits for a ``broadcast()``; call only inside ``withLock(_:)``.
  func wait() {
    pthread_cond_wait(condition, mutex)
  }

  /// Wakes every thread waiting; call inside ``withLock(_:)``.
  func broadcast() {
    pthread_cond_broadcast(condition)
  }
}

/// Threads of their own for work that runs beside the caller (``Ahead``, rows made ahead).
enum BackgroundThread {
  /// Runs `work` on a new detached thread (the system's default stack size); false, and
  /// `work` not run, if the system cannot start one (the caller then does the work itself).
  @discardableResult
  static func start(_ work: @escaping @Sendable () -> Void) -> Bool {
    let box = Unmanaged.passRetained(Work(work)).toOpaque()
    var thread = pthread_t()
    let started = pthread_create(
      &thread, nil,
      { argument in
        guard let argument else { return nil }
        Unmanaged<Work>.fromOpaque(argument).takeRetainedValue().run()
        return nil
      }, box)
    guard started == 0 else {
      Unmanaged<Work>.fromOpaque(box).release()
      return false
    }
    pthread_detach(thread)
    return true
  }

  /// The closure handed to the new thread.
  private final class Work {
    let run: @Sendable () -> Void
    init(_ run: @escaping @Sendable () -> Void) { self.run = run }
  }
}
