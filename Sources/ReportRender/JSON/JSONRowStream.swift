import FoundationEssentials
import ReportKernel
import Synchronization

/// Writes a document's JSON with its tables that grow with the data streamed: the document is
/// encoded with every table whose rows are made on demand (``ReportRows``) left as a
/// placeholder, and the file is written around them, each one's rows written by
/// ``JSONRowText`` at their place's indentation. The bytes are those of encoding the whole
/// document at once with ``JSONRenderer/encoder()``.
struct JSONRowStream {
  /// Writes `document` as JSON to `sink`, followed by a newline.
  func write(_ document: ReportDocument, to sink: FileSink) throws {
    let skeleton = JSONRenderer.encoder()
    guard let key = ReportRows.deferralKey else {
      try sink.write(bytes: skeleton.encode(document))
      try sink.write("\n")
      return
    }
    let deferred = DeferredRows()
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

  /// `rows` as the pretty-printed array whose opening bracket is at `indent` spaces: `[`, the
  /// rows a level deeper separated by `,`, and `]` back at `indent` (`[`, an empty line and
  /// `]` for none).
  private func writeRows(_ rows: ReportRows, indent: Int, to sink: FileSink) throws {
    var bytes: [UInt8] = Array("[\n".utf8)
    bytes.reserveCapacity(FileSink.capacity * 2)
    var first = true
    for row in rows {
      if !first { bytes.append(contentsOf: ",\n".utf8) }
      first = false
      JSONRowText.spaces(indent + 2, to: &bytes)
      JSONRowText.append(row, indent: indent + 2, to: &bytes)
      if bytes.count >= FileSink.capacity {
        try sink.write(bytes: bytes)
        bytes.removeAll(keepingCapacity: true)
      }
    }
    bytes.append(UInt8(ascii: "\n"))
    JSONRowText.spaces(indent, to: &bytes)
    bytes.append(UInt8(ascii: "]"))
    try sink.write(bytes: bytes)
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
