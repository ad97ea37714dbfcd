import FoundationEssentials
import Glibc
import ReportKernel
import ReportYAML

/// Writes to the terminal: results on stdout; diagnostics compiler-style on stderr, or on
/// stdout for `validate`, whose findings are its result (with the source line and a caret when
/// that stream is a terminal).
struct Console {
  /// Where diagnostics go.
  enum Stream {
    case standardOutput, standardError
  }

  /// The workspace root, to find source lines.
  let root: String
  /// Where ``print(_:minimum:)`` writes.
  var findings: Stream = .standardError

  /// Whether the findings' stream is a terminal.
  var isTerminal: Bool {
    isatty(findings == .standardOutput ? STDOUT_FILENO : STDERR_FILENO) != 0
  }

  /// Writes `text` and a newline to stdout.
  func out(_ text: String) {
    StandardStream.output.write(text + "\n")
  }

  /// Writes `text` and a newline to stderr.
  func err(_ text: String) {
    StandardStream.error.write(text + "\n")
  }

  /// Writes `text` and a newline to the findings' stream.
  func finding(_ text: String) {
    findings == .standardOutput ? out(text) : err(text)
  }

  /// Prints diagnostics, errors and warnings in source order, then a summary line when there is
  /// more than one.
  func print(_ diagnostics: [Diagnostic], minimum: Diagnostic.Severity = .warning) {
    let shown = diagnostics.filter { $0.severity <= minimum }
    for diagnostic in shown {
      finding(render(diagnostic))
    }
    let errors = shown.filter { $0.severity == .error }.count
    let warnings = shown.filter { $0.severity == .warning }.count
    if errors + warnings > 1 {
      finding(
        "\(errors) error\(errors == 1 ? "" : "s"), \(warnings) warning\(warnings == 1 ? "" : "s")")
    }
  }

  /// One diagnostic, with its notes; with the source line and caret on a terminal.
  func render(_ diagnostic: Diagnostic) -> String {
    var lines = [diagnostic.description]
    if isTerminal, let location = diagnostic.location { lines += snippet(location) }
    for note in diagnostic.notes {
      let prefix = note.location.map { "\($0): " } ?? ""
      lines.append("\(prefix)note: \(note.message)")
    }
    return lines.joined(separator: "\n")
  }

  /// The source line and caret, escaped (``SourceSnippet``).
  private func snippet(_ location: SourceLocation) -> [String] {
    guard location.line > 0 else { return [] }
    let inRoot = URL(fileURLWithPath: root).appendingPathComponent(location.file).path
    // Only regular files: a pipe or device named as a submission is never read again.
    let isFile = { (path: String) in
      (try? FileManager.default.attributesOfItem(atPath: path)[.type] as? FileAttributeType)
        == .typeRegular
    }
    let candidates = location.file.hasPrefix("/") ? [location.file] : [inRoot, location.file]
    guard let path = candidates.first(where: isFile),
      let data = FileManager.default.contents(atPath: path)
    else { return [] }
    return SourceSnippet.lines(for: location, in: [UInt8](data))
  }
}
