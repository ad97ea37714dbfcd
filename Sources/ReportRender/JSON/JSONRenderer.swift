import Foundation
import ReportKernel

/// Renders the whole ``ReportDocument`` as JSON for machines: keys sorted and in snake_case,
/// pretty-printed, slashes unescaped, so the same document always gives the same bytes.
///
/// Cells and blocks are tagged objects (`{"type": "number", "value": 12, "lower_bound":
/// false}`); dates are `YYYY-MM-DD`; statuses are `on_track`, `at_risk`, `off_track`,
/// `no_data`. Decode it with a `JSONDecoder` whose `keyDecodingStrategy` is
/// `.convertFromSnakeCase`.
public struct JSONRenderer: TextReportRenderer {
  /// Creates a renderer.
  public init() {}

  /// JSON.
  public var format: OutputFormat { .json }
  /// `json`.
  public var fileExtension: String { "json" }

  /// The encoder used: sorted keys, pretty-printed, snake_case keys, slashes unescaped, and
  /// non-finite numbers (which the kernel never produces) as strings rather than a failure.
  public static func encoder() -> JSONEncoder {
    let encoder = JSONEncoder()
    encoder.outputFormatting = [.sortedKeys, .prettyPrinted, .withoutEscapingSlashes]
    encoder.keyEncodingStrategy = .convertToSnakeCase
    encoder.nonConformingFloatEncodingStrategy = .convertToString(
      positiveInfinity: "Infinity", negativeInfinity: "-Infinity", nan: "NaN")
    return encoder
  }

  /// The JSON bytes of `document` as published (``ReportDocument/published``: a report
  /// without findings and input checksums), ending with a newline.
  public func encode(_ document: ReportDocument) throws -> Data {
    var data = try Self.encoder().encode(document.published)
    data.append(0x0A)
    return data
  }

  /// The JSON text of `document`; if encoding ever failed, a JSON object naming the error.
  public func render(_ document: ReportDocument) -> String {
    do {
      return String(decoding: try encode(document), as: UTF8.self)
    } catch {
      let object = ["error": "cannot encode the report: \(error)"]
      let data = try? JSONSerialization.data(withJSONObject: object, options: [.sortedKeys])
      return (data.map { String(decoding: $0, as: UTF8.self) } ?? "{}") + "\n"
    }
  }

  /// The most table cells a document may have to be written as JSON. JSON is encoded in
  /// memory; at this size that takes about 1 GiB, so larger reports are refused with a clear
  /// error instead (the CSV carries the data table at any size).
  public static let maxCells = 1_000_000

  /// Writes the JSON, throwing if the document is over ``maxCells`` or cannot be encoded or
  /// written.
  public func write(_ document: ReportDocument, to path: String) throws {
    let cells = Self.cellCount(document)
    guard cells <= Self.maxCells else { throw JSONSizeError(cells: cells) }
    try encode(document).write(to: URL(fileURLWithPath: path))
  }

  /// How many table cells `document` holds, in its parts and its sheets.
  public static func cellCount(_ document: ReportDocument) -> Int {
    func count(_ table: ReportTable) -> Int { table.rows.count * max(table.columns.count, 1) }
    func count(_ blocks: [ReportBlock]) -> Int {
      blocks.reduce(0) { total, block in
        if case .table(let table) = block { return total + count(table) }
        return total
      }
    }
    func count(_ section: ReportSection) -> Int {
      count(section.blocks) + section.subsections.reduce(0) { $0 + count($1) }
    }
    let parts = document.parts.reduce(0) { total, part in
      total + count(part.blocks) + part.sections.reduce(0) { $0 + count($1) }
    }
    return parts + document.sheets.tables.reduce(0) { $0 + count($1) }
  }
}

/// A report too large to write as JSON.
public struct JSONSizeError: Error, CustomStringConvertible {
  /// The document's table cells.
  public let cells: Int

  /// What happened and what to do.
  public var description: String {
    "the report has \(cells) table cells; JSON output is limited to"
      + " \(JSONRenderer.maxCells) (JSONRenderer.maxCells); write the data table as csv instead"
  }
}
