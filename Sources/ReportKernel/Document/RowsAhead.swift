extension ReportRows {
  /// These rows, each with `prepare` applied, the same in the same order, made and prepared
  /// ahead on a thread of their own while the caller walks them: a renderer writing a million
  /// rows then spends its own time writing, not making them. At most `batches` batches of
  /// about `batchRows` rows wait at once, so memory does not grow with the table. Rows held
  /// in memory, and tables of at most `batchRows × batches` rows, are prepared on the
  /// caller's thread as it walks them: a thread would cost them more than it saves.
  ///
  /// Each walked batch goes back to the making thread to be freed there, so the two threads
  /// do not free each other's memory.
  public func madeAhead<Prepared: Sendable>(
    batchRows: Int = 2_048, batches: Int = 4,
    _ prepare: @escaping @Sendable ([ReportCell]) -> Prepared
  ) -> RowsAhead<Prepared> {
    RowsAhead(
      rows: self, batchRows: Swift.max(batchRows, 1), batches: Swift.max(batches, 1),
      prepare: prepare)
  }

  /// These rows in at most `count` parts of consecutive rows, about equal in size, for
  /// walking on several threads; in order, together the same rows. Held rows are one part.
  public func parts(_ count: Int) -> [Part] {
    guard case .produced(let chunks) = storage, count > 1, chunks.count > 1 else {
      return [Part(storage: storage)]
    }
    let size = (chunks.count + count - 1) / count
    return stride(from: 0, to: chunks.count, by: size).map { start in
      Part(storage: .produced(Array(chunks[start..<Swift.min(start + size, chunks.count)])))
    }
  }

  /// Consecutive rows of a table (see ``parts(_:)``). Unlike the table it does not know how
  /// many rows it has: that would mean making them.
  public struct Part: Sequence, Sendable {
    let storage: Storage

    /// Walks the rows, making one chunk at a time.
    public func makeIterator() -> Iterator { Iterator(storage) }
  }
}

/// Rows made and prepared ahead on another thread (see
/// ``ReportRows/madeAhead(batchRows:batches:_:)``).
public struct RowsAhead<Prepared: Sendable>: Sequence {
  let rows: ReportRows
  let batchRows: Int
  let batches: Int
  let prepare: @Sendable ([ReportCell]) -> Prepared

  /// Walks the rows; a walk stopped early stops the thread making them.
  public func makeIterator() -> Iterator { Iterator(self) }

  /// The walk: prepared rows taken from the making thread batch by batch.
  public final class Iterator: IteratorProtocol {
    private var inline: ReportRows.Iterator?
    private let prepare: @Sendable ([ReportCell]) -> Prepared
    private let pipe: RowPipe<Prepared>?
    private var batch: [Prepared] = []
    private var position = 0

    init(_ ahead: RowsAhead) {
      prepare = ahead.prepare
      guard case .produced(let chunks) = ahead.rows.storage,
        ahead.rows.count > ahead.batchRows * ahead.batches
      else {
        inline = ahead.rows.makeIterator()
        pipe = nil
        return
      }
      let pipe = RowPipe<Prepared>(capacity: ahead.batches)
      let batchRows = ahead.batchRows
      let prepare = ahead.prepare
      let started = BackgroundThread.start {
        var batch: [Prepared] = []
        batch.reserveCapacity(batchRows)
        for chunk in chunks {
          for row in chunk() { batch.append(prepare(row)) }
          guard batch.count >= batchRows else { continue }
          guard pipe.put(batch) else { return }
          batch = []
          batch.reserveCapacity(batchRows)
        }
        if !batch.isEmpty { _ = pipe.put(batch) }
        pipe.finish()
      }
      // No thread to make them: the rows are made as they are walked.
      guard started else {
        inline = ahead.rows.makeIterator()
        self.pipe = nil
        return
      }
      self.pipe = pipe
    }

    deinit { pipe?.cancel() }

    /// The next prepared row.
    public func next() -> Prepared? {
      if inline != nil { return inline?.next().map(prepare) }
      guard let pipe else { return nil }
      while position == batch.count {
        // The walked batch goes back to be freed on the making thread, not this one.
        var walked: [Prepared] = []
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

/// Batches of prepared rows handed from the thread making them to the one walking them.
final class RowPipe<Prepared: Sendable>: @unchecked Sendable {
  private let condition = WaitCondition()
  private var waiting: [[Prepared]] = []
  private var walked: [[Prepared]] = []
  private var finished = false
  private var cancelled = false
  private let capacity: Int

  init(capacity: Int) {
    self.capacity = capacity
  }

  /// Hands over `batch`, waiting while `capacity` batches wait, and frees the batches walked
  /// since; false once the walk stopped.
  func put(_ batch: [Prepared]) -> Bool {
    var walked: [[Prepared]] = []
    let open = condition.withLock {
      while waiting.count >= capacity, !cancelled { condition.wait() }
      guard !cancelled else { return false }
      waiting.append(batch)
      swap(&walked, &self.walked)
      condition.broadcast()
      return true
    }
    // Freed here, outside the lock.
    withExtendedLifetime(walked) {}
    return open
  }

  /// No more batches will come.
  func finish() {
    condition.withLock {
      finished = true
      condition.broadcast()
    }
  }

  /// The next batch, waiting for it, after handing back `walked` to be freed by the making
  /// thread; nil when there are no more.
  func take(returning walked: consuming [Prepared]) -> [Prepared]? {
    var handed = consume walked
    return condition.withLock {
      if !handed.isEmpty, !finished {
        // The only reference left is the one handed back.
        self.walked.append(handed)
        handed = []
      }
      while waiting.isEmpty, !finished { condition.wait() }
      guard !waiting.isEmpty else { return nil }
      condition.broadcast()
      return waiting.removeFirst()
    }
  }

  /// The walk stopped: the making thread stops at its next batch.
  func cancel() {
    condition.withLock {
      cancelled = true
      condition.broadcast()
    }
  }
}
