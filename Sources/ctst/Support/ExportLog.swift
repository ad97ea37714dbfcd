import FoundationEssentials
import ReportKernel
import ReportRender

/// One line per event on stderr, as text or JSON (for log collectors): a JSON line carries
/// `time` (RFC 3339, UTC), `level`, `job`, `message` and, for a finding, `file`, `line` and
/// `column`; slashes are not escaped.
struct ExportLog {
  let format: Export.LogFormat
  let console: Console

  func error(_ message: String, job: String?) {
    emit(level: "error", message: message, job: job, location: nil)
  }

  func info(_ message: String, job: String?) {
    emit(level: "info", message: message, job: job, location: nil)
  }

  func diagnostic(_ diagnostic: Diagnostic, job: String?) {
    switch format {
    case .text: console.err(diagnostic.description)
    case .json:
      emit(
        level: diagnostic.severity.rawValue, message: diagnostic.message, job: job,
        location: diagnostic.location)
    }
  }

  private func emit(level: String, message: String, job: String?, location: SourceLocation?) {
    switch format {
    case .text:
      console.err(level == "info" ? message : "\(level): \(message)")
    case .json:
      let line = LogLine(
        time: Self.timestamp(Date()), level: level, job: job, message: message,
        file: location?.file, line: location?.line, column: location?.column)
      let encoder = JSONEncoder()
      encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
      let data = (try? encoder.encode(line)) ?? Data()
      console.err(String(decoding: data, as: UTF8.self))
    }
  }

  /// RFC 3339 in UTC with milliseconds: `2026-11-29T02:30:00.125Z`.
  static func timestamp(_ date: Date) -> String {
    UTCTimestamp.milliseconds(date)
  }
}

/// One JSON log line; absent fields are left out.
private struct LogLine: Encodable {
  let time: String
  let level: String
  let job: String?
  let message: String
  let file: String?
  let line: Int?
  let column: Int?
}
