import FoundationEssentials
import ReportKernel

/// Findings as one JSON document, for tools: every finding with its place and notes, and the
/// counts. Keys sorted, two-space indents, `"key" : value`, slashes unescaped (the bytes
/// `JSONSerialization` wrote with `.sortedKeys`, `.prettyPrinted`, `.withoutEscapingSlashes`).
public enum FindingsJSON {
  /// The document, without a final newline.
  public static func render(
    _ diagnostics: [Diagnostic], summary: String, errors: Int, warnings: Int
  ) -> String {
    let document = Document(
      findings: diagnostics.map { diagnostic in
        Finding(
          severity: diagnostic.severity.rawValue, message: diagnostic.message,
          code: diagnostic.code, place: diagnostic.location.map(Place.init),
          notes: diagnostic.notes.map {
            Note(message: $0.message, place: $0.location.map(Place.init))
          })
      }, errors: errors, warnings: warnings, summary: summary)
    let encoder = JSONEncoder()
    encoder.outputFormatting = [.sortedKeys, .prettyPrinted, .withoutEscapingSlashes]
    let data = (try? encoder.encode(document)) ?? Data("{}".utf8)
    return String(decoding: data, as: UTF8.self)
  }

  private struct Document: Encodable {
    let findings: [Finding]
    let errors: Int
    let warnings: Int
    let summary: String
  }

  private struct Finding: Encodable {
    let severity: String
    let message: String
    let code: String
    let place: Place?
    let notes: [Note]

    func encode(to encoder: any Encoder) throws {
      var container = encoder.container(keyedBy: Keys.self)
      try container.encode(severity, forKey: .severity)
      try container.encode(message, forKey: .message)
      try container.encode(code, forKey: .code)
      try place?.encode(into: &container)
      try container.encode(notes, forKey: .notes)
    }
  }

  private struct Note: Encodable {
    let message: String
    let place: Place?

    func encode(to encoder: any Encoder) throws {
      var container = encoder.container(keyedBy: Keys.self)
      try container.encode(message, forKey: .message)
      try place?.encode(into: &container)
    }
  }

  /// A file, with its line and column when known (zero is left out).
  private struct Place {
    let file: String
    let line: Int
    let column: Int

    init(_ location: SourceLocation) {
      file = location.file
      line = location.line
      column = location.column
    }

    func encode(into container: inout KeyedEncodingContainer<Keys>) throws {
      try container.encode(file, forKey: .file)
      if line > 0 { try container.encode(line, forKey: .line) }
      if column > 0 { try container.encode(column, forKey: .column) }
    }
  }

  private enum Keys: String, CodingKey {
    case severity, message, code, file, line, column, notes
  }
}
