import FoundationEssentials
import ReportKernel
import Synchronization

/// Writes a document's JSON with its tables that grow with the data streamed: the document is
/// encoded with every table whose rows are made on demand (``ReportRows``) left as a
/// placeholder, and the file is written around them, each one's rows encoded a batch at a time
/// and indented to their place. The bytes are those of encoding the whole document at once
/// with the same encoder: a pretty-printed value nested at some depth is the same text with
/// each line after the first indented by that depth.
struct JSONRowStream {
  /// The rows encoded together: large enough to spread the encoder's cost, small enough to
  /// hold.
  static let batchSize = 1_000

  /// The encoder, configured as ``JSONRenderer/encoder()``.
  let encoder: JSONEncoder

  /// Writes `document` as JSON to `sink`, followed by a newline.
  func write(_ document: ReportDocument, to sink: FileSink) throws {
    let deferred = DeferredRows()
    guard let key = ReportRows.deferralKey else {
      try sink.write(bytes: encoder.encode(document))
      try sink.write("\n")
      return
    }
    let skeleton = JSONEncoder()
    skeleton.outputFormatting = encoder.outputFormatting
    skeleton.keyEncodingStrategy = encoder.keyEncodingStrategy
    skeleton.nonConformingFloatEncodingStrategy = encoder.nonConformingFloatEncodingStrategy
    skeleton.userInfo[key] = deferred
    let text = try skeleton.encode(document)
    var start = text.startIndex
    for (range, rows) in try deferred.places(in: text) {
      let lineStart = text[start..<range.lowerBound].lastIndex(of: 0x0A).map { $0 + 1 } ?? start
      let indent = text[lineStart..<range.lowerBound].prefix { $0 == 0x20 }.count
      try sink.write(bytes: text[start..<range.lowerBound])
      try writeRows(rows, indent: indent, to: sink)
      start = range.upperBound
    }
    try sink.write(bytes: text[start...])
    try sink.write("\n")
  }

  /// `rows` as the pretty-printed array nested at `indent` spaces: `[`, the rows a level
  /// deeper separated by `,`, and `]` back at `indent`.
  private func writeRows(_ rows: ReportRows, indent: Int, to sink: FileSink) throws {
    let padding = Data(repeating: 0x20, count: indent)
    var batch: [[ReportCell]] = []
    batch.reserveCapacity(Self.batchSize)
    var first = true
    func flush() throws {
      guard !batch.isEmpty else { return }
      // `[\n  row,\n  row\n]`: the lines between the brackets, each indented further.
      let encoded = try encoder.encode(batch)
      batch.removeAll(keepingCapacity: true)
      let lines = encoded.split(separator: 0x0A, omittingEmptySubsequences: false)
      try sink.write(first ? "[\n" : ",\n")
      first = false
      for (index, line) in lines.dropFirst().dropLast().enumerated() {
        if index > 0 { try sink.write("\n") }
        try sink.write(bytes: padding)
        try sink.write(bytes: line)
      }
    }
    for row in rows {
      batch.append(row)
      if batch.count == Self.batchSize { try flush() }
    }
    try flush()
    try sink.write("\n")
    try sink.write(bytes: padding)
    try sink.write("]")
  }
}

/// The rows left out of an encoding, each under a placeholder string that no submission text
/// can hold by chance (it carries a random number drawn for this encoding).
private final class DeferredRows: ReportRows.Deferral, @unchecked Sendable {
  private let nonce = UInt64.random(in: 0...UInt64.max)
  private let rows = Mutex<[(placeholder: String, rows: ReportRows)]>([])

  func placeholder(for rows: ReportRows) -> String {
    self.rows.withLock { held in
      let placeholder = "ctst-deferred-rows-\(String(nonce, radix: 16))-\(held.count)"
      held.append((placeholder, rows))
      return placeholder
    }
  }

  /// Where each placeholder string (with its quotes) is in `text`, in the order of the text.
  func places(in text: Data) throws -> [(Range<Data.Index>, ReportRows)] {
    let entries = rows.withLock { $0 }
    return try entries.map { entry -> (Range<Data.Index>, ReportRows) in
      guard let range = text.firstRange(of: Array("\"\(entry.placeholder)\"".utf8)) else {
        throw EncodingError.invalidValue(
          entry.placeholder,
          .init(codingPath: [], debugDescription: "a table's rows were lost in the encoding"))
      }
      return (range, entry.rows)
    }.sorted { $0.0.lowerBound < $1.0.lowerBound }
  }
}
