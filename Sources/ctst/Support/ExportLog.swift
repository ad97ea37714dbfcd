import Foundation
import ReportKernel

/// One line per event on stderr, as text or JSON (for log collectors).
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
      var object: [String: Any] = ["level": level, "message": message]
      if let job { object["job"] = job }
      if let location {
        object["file"] = location.file
        object["line"] = location.line
        object["column"] = location.column
      }
      let data =
        (try? JSONSerialization.data(withJSONObject: object, options: [.sortedKeys])) ?? Data()
      console.err(String(decoding: data, as: UTF8.self))
    }
  }
}

/// Runs a job's `on_failure` command once, with the exit code and manifest in its environment.
enum FailureHook {
  static func run(_ command: String, status: Int32, manifest: URL?, job: String) {
    let process = Process()
    process.executableURL = URL(fileURLWithPath: "/bin/sh")
    process.arguments = ["-c", command]
    var environment = ProcessInfo.processInfo.environment
    environment["CTST_EXIT_CODE"] = String(status)
    environment["CTST_MANIFEST"] = manifest?.path ?? ""
    environment["CTST_JOB"] = job
    process.environment = environment
    do {
      try process.run()
      process.waitUntilExit()
    } catch {
      FileHandle.standardError.write(
        Data("error: on_failure command could not start: \(error)\n".utf8))
    }
  }
}
