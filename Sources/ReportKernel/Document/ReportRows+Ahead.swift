import Dispatch

extension ReportRows {
  /// Calls `body` with each row in order, like `for row in rows`, but makes the next chunk of
  /// rows made on demand on another thread while `body` takes this chunk's: a writer that
  /// spends its time writing (a workbook's cells) then never waits for rows to be made. At
  /// most two chunks are held.
  public func forEachAhead(_ body: ([ReportCell]) throws -> Void) rethrows {
    guard case .produced(let chunks) = storage else {
      for row in self { try body(row) }
      return
    }
    var ahead = chunks.first.map(ChunkAhead.init)
    for index in chunks.indices {
      guard let current = ahead?.rows() else { return }
      ahead = index + 1 < chunks.count ? ChunkAhead(chunks[index + 1]) : nil
      for row in current { try body(row) }
    }
  }
}

/// One chunk of rows being made on another thread.
private final class ChunkAhead: @unchecked Sendable {
  private let done = DispatchSemaphore(value: 0)
  // Written once on the other thread before `done` is signalled, read only after waiting.
  private var made: [[ReportCell]] = []

  /// Starts making `chunk`.
  init(_ chunk: @escaping ReportRows.Chunk) {
    DispatchQueue.global().async {
      self.made = chunk()
      self.done.signal()
    }
  }

  /// The rows, once made.
  func rows() -> [[ReportCell]] {
    done.wait()
    return made
  }
}
