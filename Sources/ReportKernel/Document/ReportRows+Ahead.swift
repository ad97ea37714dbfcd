import Foundation

extension ReportRows {
  /// Calls `body` with each row in order, like `for row in rows`, but makes the next chunks
  /// of rows made on demand on a thread of their own while `body` takes this chunk's: a writer
  /// that spends its time writing (a workbook's cells) then seldom waits for rows to be made.
  /// At most ``ChunkPipe/depth`` chunks wait made. The thread is its own, not one of a shared
  /// pool, so it runs however many pool threads are busy or waiting.
  public func forEachAhead(_ body: ([ReportCell]) throws -> Void) rethrows {
    guard case .produced(let chunks) = storage, chunks.count > 1 else {
      for row in self { try body(row) }
      return
    }
    let pipe = ChunkPipe(chunks)
    defer { pipe.stop() }
    while let rows = pipe.next() {
      for row in rows { try body(row) }
    }
  }
}

/// Chunks of rows made in order on a thread of their own, handed over first in, first out.
private final class ChunkPipe: @unchecked Sendable {
  /// The most chunks made and not yet taken.
  static let depth = 2

  // All state below is read and written with `condition` locked.
  private let condition = NSCondition()
  private var ready: [[[ReportCell]]] = []
  private var finished = false
  private var stopped = false

  /// Starts making `chunks`.
  init(_ chunks: [ReportRows.Chunk]) {
    let thread = Thread { self.produce(chunks) }
    thread.start()
  }

  private func produce(_ chunks: [ReportRows.Chunk]) {
    for chunk in chunks {
      condition.lock()
      while ready.count >= Self.depth, !stopped { condition.wait() }
      let isStopped = stopped
      condition.unlock()
      if isStopped { break }
      let rows = chunk()
      condition.lock()
      ready.append(rows)
      condition.broadcast()
      condition.unlock()
    }
    condition.lock()
    finished = true
    condition.broadcast()
    condition.unlock()
  }

  /// The next chunk's rows, waiting for them to be made; nil after the last.
  func next() -> [[ReportCell]]? {
    condition.lock()
    defer { condition.unlock() }
    while ready.isEmpty, !finished { condition.wait() }
    guard !ready.isEmpty else { return nil }
    condition.broadcast()
    return ready.removeFirst()
  }

  /// Stops making chunks (the walk ended early); chunks already made are dropped.
  func stop() {
    condition.lock()
    stopped = true
    ready.removeAll()
    condition.broadcast()
    condition.unlock()
  }
}
