/// The rows of a ``ReportTable``: held in memory, or produced on demand in chunks.
///
/// A table that grows with the data (the data table: one row per indicator value) is not held:
/// its rows are made again, chunk by chunk, each time a renderer walks them, so a report of a
/// million values never holds a million rows. Either way the rows are the same values in the
/// same order; a produced table knows its row count without making its rows.
public struct ReportRows: Sequence, Sendable, Hashable, Codable, ExpressibleByArrayLiteral {
  /// One row: a cell per column.
  public typealias Element = [ReportCell]
  /// Makes one chunk of rows; called each time the rows are walked, so it must give the same
  /// rows every time.
  public typealias Chunk = @Sendable () -> [[ReportCell]]

  enum Storage: Sendable {
    case held([[ReportCell]])
    case produced([Chunk])
  }

  let storage: Storage
  /// The number of rows.
  public let count: Int

  /// Rows held in memory.
  public init(_ rows: [[ReportCell]]) {
    storage = .held(rows)
    count = rows.count
  }

  /// Rows made on demand: `count` rows in all, from `chunks` in order.
  public init(count: Int, chunks: [Chunk]) {
    storage = .produced(chunks)
    self.count = count
  }

  /// Rows held in memory.
  public init(arrayLiteral rows: [ReportCell]...) {
    self.init(rows)
  }

  /// True when there are no rows.
  public var isEmpty: Bool { count == 0 }

  /// The first row, if any.
  public var first: [ReportCell]? {
    var iterator = makeIterator()
    return iterator.next()
  }

  /// True when the rows are made on demand rather than held.
  public var isProduced: Bool {
    if case .produced = storage { return true }
    return false
  }

  /// These rows with `transform` applied to each, made on demand when these are.
  public func mapRows(_ transform: @escaping @Sendable ([ReportCell]) -> [ReportCell])
    -> ReportRows
  {
    switch storage {
    case .held(let rows): return ReportRows(rows.map(transform))
    case .produced(let chunks):
      return ReportRows(count: count, chunks: chunks.map { chunk in { chunk().map(transform) } })
    }
  }

  /// Walks the rows, making one chunk at a time.
  public struct Iterator: IteratorProtocol {
    private var chunks: IndexingIterator<[Chunk]>
    private var rows: IndexingIterator<[[ReportCell]]>

    init(_ storage: Storage) {
      switch storage {
      case .held(let held):
        chunks = [Chunk]().makeIterator()
        rows = held.makeIterator()
      case .produced(let produced):
        chunks = produced.makeIterator()
        rows = [[ReportCell]]().makeIterator()
      }
    }

    /// The next row.
    public mutating func next() -> [ReportCell]? {
      while true {
        if let row = rows.next() { return row }
        guard let chunk = chunks.next() else { return nil }
        rows = chunk().makeIterator()
      }
    }
  }

  /// An iterator over the rows.
  public func makeIterator() -> Iterator { Iterator(storage) }

  /// The count, as a lower bound for `map` and the like.
  public var underestimatedCount: Int { count }

  /// Rows are equal when they hold the same cells in the same order.
  public static func == (lhs: ReportRows, rhs: ReportRows) -> Bool {
    lhs.count == rhs.count && lhs.elementsEqual(rhs)
  }

  /// Hashes every row.
  public func hash(into hasher: inout Hasher) {
    hasher.combine(count)
    for row in self { hasher.combine(row) }
  }

  /// Encodes as an array of rows; rows made on demand, and held rows from ``deferredFrom``
  /// on, are left to a ``Deferral`` in the encoder's `userInfo` under ``deferralKey`` when
  /// there is one (a streaming writer puts them in place of the placeholder it is given).
  public func encode(to encoder: any Encoder) throws {
    if !isEmpty, isProduced || count >= Self.deferredFrom,
      let key = Self.deferralKey, let deferral = encoder.userInfo[key] as? any Deferral
    {
      var container = encoder.singleValueContainer()
      try container.encode(deferral.placeholder(for: self))
      return
    }
    var container = encoder.unkeyedContainer()
    for row in self { try container.encode(row) }
  }

  /// Decodes an array of rows, held.
  public init(from decoder: any Decoder) throws {
    self.init(try [[ReportCell]](from: decoder))
  }

  /// Where an encoder's `userInfo` holds the ``Deferral`` for rows made on demand (an
  /// optional only because the key's initializer is failable; it never fails).
  public static let deferralKey = CodingUserInfoKey(rawValue: "ctst.reportRows.deferral")

  /// Held rows from this many on are left to a ``Deferral`` too, as rows made on demand are:
  /// the encoder's tree of a long table costs many times the rows it encodes (at 1,000,000
  /// values the per-economy tables of 17,576 economies are held).
  static let deferredFrom = 512

  /// Takes rows made on demand out of an encoding: each is encoded as the placeholder string
  /// it returns, for a streaming writer to replace with the rows, walked one chunk at a time.
  public protocol Deferral: Sendable {
    /// The string to encode in place of `rows`, unique to them within the encoding.
    func placeholder(for rows: ReportRows) -> String
  }
}
