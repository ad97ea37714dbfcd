import FoundationEssentials
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
      let encoder = JSONEncoder()
      encoder.outputFormatting = [.sortedKeys]
      let data = try? encoder.encode(["error": "cannot encode the report: \(error)"])
      return (data.map { String(decoding: $0, as: UTF8.self) } ?? "{}") + "\n"
    }
  }

  /// Writes the JSON to `path`, streaming the tables that grow with the data (see
  /// ``JSONRowStream``): the same bytes as ``encode(_:)``, at any size.
  public func write(_ document: ReportDocument, to path: String) throws {
    let sink = try FileSink(path: path)
    try JSONRowStream().write(document.published, to: sink)
    try sink.finish()
  }
}
