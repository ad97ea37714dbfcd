import Foundation
import ReportKernel
import ReportYAML

/// Writes to the terminal: diagnostics compiler-style on stderr (with the source line and a
/// caret when stderr is a terminal), results on stdout.
struct Console {
  /// The workspace root, to find source lines.
  let root: String
  /// Whether stderr is a terminal.
  let isTerminal: Bool = isatty(STDERR_FILENO) != 0

  /// Writes `text` and a newline to stdout.
  func out(_ text: String) {
    FileHandle.standardOutput.write(Data((text + "\n").utf8))
  }

  /// Writes `text` and a newline to stderr.
  func err(_ text: String) {
    FileHandle.standardError.write(Data((text + "\n").utf8))
  }

  /// Prints diagnostics to stderr, errors and warnings in source order, then a summary line
  /// when there is more than one.
  func print(_ diagnostics: [Diagnostic], minimum: Diagnostic.Severity = .warning) {
    let shown = diagnostics.filter { $0.severity <= minimum }
    for diagnostic in shown {
      err(render(diagnostic))
    }
    let errors = shown.filter { $0.severity == .error }.count
    let warnings = shown.filter { $0.severity == .warning }.count
    if errors + warnings > 1 {
      err(
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

  private func snippet(_ location: SourceLocation) -> [String] {
    guard location.line > 0,
      let data = FileManager.default.contents(
        atPath: URL(fileURLWithPath: root).appendingPathComponent(location.file).path),
      let line = SourceText.line(location.line, in: [UInt8](data))
    else { return [] }
    let visible = String(line.unicodeScalars.map { $0 == "\t" ? " " : Character($0) })
    let caret = String(repeating: " ", count: max(0, location.column - 1)) + "^"
    return ["  " + visible, "  " + caret]
  }
}
