import ArgumentParser
import FoundationEssentials
import Glibc

/// `ctst`: consolidated progress reports for APEC's Counter-Terrorism and Secure Trade Strategy.
@main
struct CTST: ParsableCommand {
  static let version = "0.1.0"

  static let configuration = CommandConfiguration(
    commandName: "ctst",
    abstract:
      "Consolidated progress reports for APEC's Counter-Terrorism and Secure Trade Strategy.",
    discussion: """
      Forum leads check and preview their submissions (validate, template, section); the \
      Secretariat follows who has submitted (status) and writes the consolidated report \
      (consolidate); a scheduled job publishes every report unattended (export). Every command \
      works on a workspace: a folder holding config/ and reports/, named by --root or \
      $CTST_ROOT, else the current folder.

      Exit codes:
        0   success
        64  usage error: unknown command, option, forum, period, job or format
        65  invalid input data: a submission or configuration file has errors
        66  missing input: a required file or the workspace is missing
        70  internal error
        73  cannot create output: a folder or file cannot be written
        74  output error: standard output could not be written (a closed pipe, a full disk)
        75  temporary failure: another export run holds the lock
        129 hung up (SIGHUP) while writing a report or exporting
        130 interrupted (SIGINT)
        143 terminated (SIGTERM)

      Examples:
        ctst validate --root /srv/ctst-workspace
        ctst help export
      """,
    version: version,
    // Every subcommand names itself (`commandName:`): a name derived from the type's name is
    // `String(describing:)` of a metatype, which scans every protocol conformance in the
    // binary (about 0.3 M instructions), several times per subcommand on every run.
    subcommands: [
      Validate.self, Forums.self, Section.self, Consolidate.self, Review.self, Status.self,
      Template.self, Export.self, Schema.self,
    ]
  )

  /// `ctst` alone: the overview on stderr, exit 64.
  /// The names of the subcommands; every one works on a workspace.
  static var workspaceCommands: [String] {
    configuration.subcommands.compactMap { $0.configuration.commandName }
  }

  func run() throws {
    StandardStream.error.write(Self.helpMessage() + "\n")
    throw ExitStatus.usage.exitCode
  }

  /// Parses and runs a command like ArgumentParser's `main`, with the compiler-style
  /// lower-case `error:` for every message on stderr.
  static func main() {
    StandardStream.reserveClosedDescriptors()
    HeapSettings.apply()
    WorkspaceReadAhead.start(CommandLine.arguments)
    do {
      var command = try parseAsRoot()
      try command.run()
      exitReportingLostOutput(ExitStatus.ok.rawValue)
    } catch {
      let code = exitCode(for: error)
      let text = fullMessage(for: error)
      if code == .success {
        if !text.isEmpty { StandardStream.output.write(text + "\n") }
      } else if !text.isEmpty {
        let shown = text.hasPrefix("Error: ") ? "error: " + text.dropFirst(7) : text
        StandardStream.error.write(shown + "\n")
      }
      exitReportingLostOutput(code.rawValue)
    }
  }

  /// Exits with `code`, or with 74 and a message when standard output could not be written
  /// and the command had otherwise succeeded.
  static func exitReportingLostOutput(_ code: Int32) -> Never {
    if code == ExitStatus.ok.rawValue, let message = StandardStream.lostOutputMessage {
      StandardStream.error.write(message + "\n")
      Glibc.exit(ExitStatus.ioError.rawValue)
    }
    Glibc.exit(code)
  }

  /// Runs a command body, turning ``CommandFailure`` into its message and exit status.
  static func run(_ body: () throws -> Void) throws {
    do {
      try body()
    } catch let failure as CommandFailure {
      StandardStream.error.write(failure.message + "\n")
      throw failure.status.exitCode
    }
  }
}
