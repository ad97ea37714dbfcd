import Foundation

extension ReportRows {
  /// These rows, the same in the same order, made ahead on a thread of their own while the
  /// caller walks them: a renderer writing a million rows then spends its own time writing,
  /// not making them. At most `batches` batches of about `batchRows` rows wait at once, so
  /// memory does not grow with the table. Held rows are walked as they are.
  public func madeAhead(batchRows: Int = 2_048, batches: Int = 4) -> RowsAhead {
    RowsAhead(rows: self, batchRows: Swift.max(batchRows, 1), batches: Swift.max(batches, 1))
  }
}

/// Rows made ahead on another thread (see ``ReportRows/madeAhead(batchRows:batches:)``).
public struct RowsAhead: Sequence {
  let rows: ReportRows
  let batchRows: Int
  let batches: Int

  /// Walks the rows; a walk stopped early stops the thread making them.
  public func makeIterator() -> Iterator { Iterator(self) }

  /// The walk: rows taken from the making thread batch by batch.
  public final class Iterator: IteratorProtocol {
    private var held: ReportRows.Iterator?
    private let pipe: RowPipe?
    private var batch: [[ReportCell]] = []
    private var position = 0

    init(_ ahead: RowsAhead) {
      guard case .produced(let chunks) = ahead.rows.storage, !chunks.isEmpty else {
        held = ahead.rows.makeIterator()
        pipe = nil
        return
      }
      let pipe = RowPipe(capacity: ahead.batches)
      self.pipe = pipe
      let batchRows = ahead.batchRows
      let thread = Thread {
        var batch: [[ReportCell]] = []
        for chunk in chunks {
          batch += chunk()
          guard batch.count >= batchRows else { continue }
          guard pipe.put(batch) else { return }
          batch = []
        }
        if !batch.isEmpty { _ = pipe.put(batch) }
        pipe.finish()
      }
      thread.start()
    }

    deinit { pipe?.cancel() }

    /// The next row.
    public func next() -> [ReportCell]? {
      if held != nil { return held?.next() }
      guard let pipe else { return nil }
      while position == batch.count {
        // The walked batch goes back to be freed on the making thread, not this one.
        var walked: [[ReportCell]] = []
        swap(&walked, &batch)
        guard let rows = pipe.take(returning: consume walked) else { return nil }
        batch = rows
        position = 0
      }
      position += 1
      return batch[position - 1]
    }
  }
}

/// Batches of rows handed from the thread making them to the one walking them.
final class RowPipe: @unchecked Sendable {
  private let condition = NSCondition()
  private var waiting: [[[ReportCell]]] = []
  private var walked: [[[ReportCell]]] = []
  private var finished = false
  private var cancelled = false
  private let capacity: Int

  init(capacity: Int) {
    self.capacity = capacity
  }

  /// Hands over `batch`, waiting while `capacity` batches wait, and frees the batches walked
  /// since; false once the walk stopped.
  func put(_ batch: [[ReportCell]]) -> Bool {
    var walked: [[[ReportCell]]] = []
    condition.lock()
    while waiting.count >= capacity, !cancelled { condition.wait() }
    let open = !cancelled
    if open {
      waiting.append(batch)
      swap(&walked, &self.walked)
      condition.broadcast()
    }
    condition.unlock()
    // Freed here, outside the lock.
    withExtendedLifetime(walked) {}
    return open
  }

  /// No more batches will come.
  func finish() {
    condition.lock()
    defer { condition.unlock() }
    finished = true
    condition.broadcast()
  }

  /// The next batch, waiting for it, after handing back `walked` to be freed by the making
  /// thread; nil when there are no more.
  func take(returning walked: consuming [[ReportCell]]) -> [[ReportCell]]? {
    condition.lock()
    defer { condition.unlock() }
    if !walked.isEmpty, !finished { self.walked.append(consume walked) }
    while waiting.isEmpty, !finished { condition.wait() }
    guard !waiting.isEmpty else { return nil }
    condition.broadcast()
    return waiting.removeFirst()
  }

  /// The walk stopped: the making thread stops at its next batch.
  func cancel() {
    condition.lock()
    defer { condition.unlock() }
    cancelled = true
    condition.broadcast()
  }
}

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
