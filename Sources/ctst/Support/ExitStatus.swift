import ArgumentParser
import ReportKernel

/// The process exit codes (sysexits), mapped in this one place.
enum ExitStatus: Int32 {
  /// Success.
  case ok = 0
  /// Bad command line (EX_USAGE).
  case usage = 64
  /// Invalid input data (EX_DATAERR).
  case dataError = 65
  /// An input file is missing (EX_NOINPUT).
  case noInput = 66
  /// A bug in ctst (EX_SOFTWARE).
  case internalError = 70
  /// An output could not be created (EX_CANTCREAT).
  case cannotCreate = 73
  /// Standard output could not be written (EX_IOERR).
  case ioError = 74
  /// Try again later: another run holds the lock (EX_TEMPFAIL).
  case temporaryFailure = 75
  /// Stopped by SIGHUP while writing a report or exporting (128 + 1).
  case hungUp = 129
  /// Stopped by SIGINT (128 + 2).
  case interrupted = 130
  /// Stopped by SIGTERM (128 + 15).
  case terminated = 143

  /// The status for a set of findings: 66 when a required file is missing, 65 for any other
  /// error, 0 otherwise.
  static func forDiagnostics(_ diagnostics: [Diagnostic]) -> ExitStatus {
    let errors = diagnostics.filter { $0.severity == .error }
    if errors.contains(where: { $0.code == "io.missing" }) { return .noInput }
    return errors.isEmpty ? .ok : .dataError
  }

  /// The ArgumentParser exit code.
  var exitCode: ExitCode { ExitCode(rawValue) }
}

/// An error that ends a command with a message and an exit status.
struct CommandFailure: Error, CustomStringConvertible {
  let status: ExitStatus
  let message: String

  var description: String { message }
}
