import Dispatch
import FoundationEssentials
import Glibc
import ReportKernel
import Synchronization

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
  /// What a signal does while writing: with it, the temporary files are removed before the
  /// process ends; without (nil), the process's own handling stands.
  public let interruption: InterruptedWrite?

  /// Creates a writer for `directory` (created if missing when writing), removing its
  /// temporary files when one of `interruption`'s signals stops the process while writing.
  public init(directory: URL, interruption: InterruptedWrite? = nil) {
    self.directory = directory
    self.interruption = interruption
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
  /// paths in format order. A format listed twice (`formats: [txt, md, txt]` in the
  /// configuration) is written once, where it is first listed. Throws ``OutputError`` naming the
  /// path that failed; files already moved into place stay.
  ///
  /// The formats are rendered at the same time, each into its own temporary file (renderers
  /// are pure functions of the document), and then moved into place in format order, stopping
  /// at the first that failed: the files in place are the same as if they had been rendered
  /// one after the other. With ``interruption``, its signals remove the temporary files from
  /// before the first is begun until the last is moved into place (see ``SignalCleanup``).
  public func write(_ document: ReportDocument, formats: [OutputFormat]) throws -> [URL] {
    try createDirectory()
    // One job per file: a second job for a format would share its temporary and final names.
    var listed: Set<OutputFormat> = []
    let jobs = formats.filter { listed.insert($0).inserted }.map { format in
      let renderer = Self.renderer(for: format)
      let name = "\(document.fileStem).\(renderer.fileExtension)"
      return RenderJob(
        format: format, renderer: renderer, final: directory.appendingPathComponent(name),
        temporary: directory.appendingPathComponent(".\(name).tmp-\(getpid())"))
    }
    let cleanup = interruption.flatMap {
      SignalCleanup($0, temporaries: jobs.map(\.temporary.path))
    }
    defer { cleanup?.disarm() }
    // Armed, the files are made first and written through /proc/self/fd (see SignalCleanup).
    let paths = cleanup?.createTemporaries() ?? jobs.map(\.temporary.path)
    let failures = RenderFailures(count: jobs.count)
    let order = Self.renderOrder(jobs.map(\.format))
    // The other formats begin when the workbook's packaging does (see
    // XLSXRenderer.write(_:to:packaging:)): on two cores they then take the core it leaves
    // idle, not the one preparing its rows. The gate opens however the workbook ends.
    let workbook = jobs.firstIndex { $0.format == .xlsx }
    let packaging = Gate(open: workbook == nil)
    DispatchQueue.concurrentPerform(iterations: jobs.count) { turn in
      let index = order[turn]
      defer { if index == workbook { packaging.open() } }
      do {
        if index == workbook, let renderer = jobs[index].renderer as? XLSXRenderer {
          try renderer.write(document, to: paths[index], packaging: packaging.open)
        } else {
          if index != workbook { packaging.wait() }
          try jobs[index].renderer.write(document, to: paths[index])
        }
      } catch {
        failures.record(error, at: index)
      }
    }
    cleanup?.closeTemporaries()
    interruption?.step?("render")
    var written: [URL] = []
    for (index, job) in jobs.enumerated() {
      var reason = failures.error(at: index).map {
        (($0 as? OutputError)?.reason ?? "\($0)").replacing(paths[index], with: job.temporary.path)
      }
      if reason == nil, rename(job.temporary.path, job.final.path) != 0 {
        reason = String(cString: strerror(errno))
      }
      if let reason {
        for unplaced in jobs[index...] {
          try? FileManager.default.removeItem(at: unplaced.temporary)
        }
        throw OutputError(path: job.final.path, reason: reason)
      }
      written.append(job.final)
      interruption?.step?("place")
    }
    return written
  }

  /// The order the formats of `formats` are begun in, as indices into it: the workbook first,
  /// then the others as given. The workbook takes longest and shows only the document's
  /// tables, so it is begun while the parts may still be being composed, and not after
  /// formats that would wait for them. The others wait for its packaging, so it must be
  /// begun before them: on a single thread the turns run in this order.
  static func renderOrder(_ formats: [OutputFormat]) -> [Int] {
    let workbook = formats.indices.filter { formats[$0] == .xlsx }
    return workbook + formats.indices.filter { formats[$0] != .xlsx }
  }

  private func createDirectory() throws {
    try FileSystem.createDirectories(directory)
  }
}

/// One format to render: its renderer and where its file goes.
private struct RenderJob: Sendable {
  let format: OutputFormat
  let renderer: any ReportRenderer
  let final: URL
  let temporary: URL
}

/// The errors of renderers running at the same time, by job.
private final class RenderFailures: @unchecked Sendable {
  private let errors: Mutex<[(any Error)?]>

  init(count: Int) {
    errors = Mutex(Array(repeating: nil, count: count))
  }

  func record(_ error: any Error, at index: Int) {
    errors.withLock { $0[index] = error }
  }

  func error(at index: Int) -> (any Error)? {
    errors.withLock { $0[index] }
  }
}
