import ArgumentParser
import Foundation

/// `ctst`: consolidated progress reports for APEC's Counter-Terrorism and Secure Trade Strategy.
@main
struct CTST: ParsableCommand {
  static let version = "0.1.0"

  static let configuration = CommandConfiguration(
    commandName: "ctst",
    abstract:
      "Consolidated progress reports for APEC's Counter-Terrorism and Secure Trade Strategy.",
    discussion: """
      Exit codes: 0 ok, 64 usage, 65 invalid input data, 66 missing input, 70 internal error,
      73 cannot create output, 75 temporary failure (another run holds the lock).
      """,
    version: version,
    subcommands: [
      Validate.self, Forums.self, Section.self, Consolidate.self, Status.self, Template.self,
      Export.self, Schema.self,
    ]
  )

  /// Runs a command body, turning ``CommandFailure`` into its message and exit status.
  static func run(_ body: () throws -> Void) throws {
    do {
      try body()
    } catch let failure as CommandFailure {
      FileHandle.standardError.write(Data((failure.message + "\n").utf8))
      throw failure.status.exitCode
    }
  }
}
