import Foundation
import ReportKernel

/// Why an output could not be written.
public struct OutputError: Error, Sendable, CustomStringConvertible {
  /// The path that could not be created or written.
  public let path: String
  /// What went wrong.
  public let reason: String

  /// `cannot write PATH: REASON`.
  public var description: String { "cannot write \(path): \(reason)" }
}

/// Writes rendered reports atomically: each file is rendered to a temporary name in the target
/// folder and renamed into place only when complete, so a failure or a kill never leaves a
/// partial file under a final name, and an earlier report stays intact until replaced.
public struct OutputWriter: Sendable {
  /// The folder the files go to.
  public let directory: URL

  /// Creates a writer for `directory` (created if missing when writing).
  public init(directory: URL) {
    self.directory = directory
  }

  /// The renderer for each format.
  public static func renderer(for format: OutputFormat) -> any ReportRenderer {
    switch format {
    case .xlsx: XLSXRenderer()
    case .txt: PlainTextRenderer()
    case .md: MarkdownRenderer()
    case .json: JSONRenderer()
    case .csv: CSVRenderer()
    }
  }

  /// Renders `document` in each of `formats` and moves each file into place; returns the final
  /// paths in format order. Throws ``OutputError`` naming the path that failed; files already
  /// moved into place stay.
  public func write(_ document: ReportDocument, formats: [OutputFormat]) throws -> [URL] {
    try createDirectory()
    var written: [URL] = []
    for format in formats {
      let renderer = Self.renderer(for: format)
      let final = directory.appendingPathComponent(
        "\(document.fileStem).\(renderer.fileExtension)")
      let temporary = directory.appendingPathComponent(
        ".\(document.fileStem).\(renderer.fileExtension).tmp-\(getpid())")
      do {
        try renderer.write(document, to: temporary.path)
      } catch {
        try? FileManager.default.removeItem(at: temporary)
        throw OutputError(path: final.path, reason: "\(error)")
      }
      guard rename(temporary.path, final.path) == 0 else {
        let reason = String(cString: strerror(errno))
        try? FileManager.default.removeItem(at: temporary)
        throw OutputError(path: final.path, reason: reason)
      }
      written.append(final)
    }
    return written
  }

  private func createDirectory() throws {
    do {
      try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
    } catch {
      throw OutputError(path: directory.path, reason: "cannot create the folder")
    }
    guard access(directory.path, W_OK) == 0 else {
      throw OutputError(path: directory.path, reason: "the folder is not writable")
    }
  }
}
