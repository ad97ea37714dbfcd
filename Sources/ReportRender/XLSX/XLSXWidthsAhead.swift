import Foundation
import ReportKernel

/// The column widths of the tables whose rows are made on demand (the data table), measured
/// on a thread of its own while the sheets before theirs are written: measuring walks every
/// row, and the writer would otherwise wait for it. Its own thread, not one of a shared pool,
/// so it runs however many pool threads are busy or waiting.
final class XLSXWidthsAhead: @unchecked Sendable {
  private let done = NSCondition()
  // Written once on the other thread with `done` locked, read with it locked.
  private var measured: [String: [Int]]?
  private let ids: Set<String>

  /// Starts measuring the tables of `tables` whose rows are made on demand and whose id no
  /// other such table has.
  init(_ tables: [ReportTable]) {
    let produced = tables.filter(\.rows.isProduced)
    let ids = Dictionary(grouping: produced, by: \.id).filter { $0.value.count == 1 }
    self.ids = Set(ids.keys)
    let unique = produced.filter { ids[$0.id] != nil }
    let thread = Thread {
      var measured: [String: [Int]] = [:]
      for table in unique { measured[table.id] = XLSXTableWriter.columnWidths(table) }
      self.done.lock()
      self.measured = measured
      self.done.broadcast()
      self.done.unlock()
    }
    thread.start()
  }

  /// The widths of `table` (``XLSXTableWriter/columnWidths(_:)``), measured ahead when it is
  /// one of the tables measured, else now.
  func widths(of table: ReportTable) -> [Int] {
    guard table.rows.isProduced, ids.contains(table.id) else {
      return XLSXTableWriter.columnWidths(table)
    }
    done.lock()
    while measured == nil { done.wait() }
    let widths = measured?[table.id]
    done.unlock()
    return widths ?? XLSXTableWriter.columnWidths(table)
  }
}
