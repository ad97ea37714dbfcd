import FoundationEssentials
import ReportKernel

/// Renders a ``ReportDocument`` in one format.
///
/// Renderers are pure functions of the document: the same document gives the same bytes.
public protocol ReportRenderer: Sendable {
  /// The format produced.
  var format: OutputFormat { get }
  /// The file extension, without the dot.
  var fileExtension: String { get }
  /// Writes the rendering of `document` to the file at `path` (a temporary name; the caller
  /// moves it into place).
  func write(_ document: ReportDocument, to path: String) throws
}

/// A renderer whose output is text built in memory.
public protocol TextReportRenderer: ReportRenderer {
  /// The rendering of `document`.
  func render(_ document: ReportDocument) -> String
}

extension TextReportRenderer {
  /// Writes ``render(_:)`` as UTF-8; a failure is an ``OutputError`` with the system's reason.
  public func write(_ document: ReportDocument, to path: String) throws {
    try FileSystem.write(Data(render(document).utf8), to: URL(fileURLWithPath: path))
  }
}
