import ArgumentParser
import ReportKernel

/// `ctst consolidate`: the annual consolidated progress report.
struct Consolidate: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "consolidate",
    abstract: "Write the consolidated progress report of a period.",
    discussion: """
      Writes ctst-<period>-consolidated.<ext> for each format into reports/<period>/output/ \
      (or --out) and prints the paths. Submissions with errors are reported in the data \
      notes; the command then exits 65 after writing.

      \(Interruption.writingHelp)

      Examples:
        ctst consolidate --root /srv/ctst-workspace
        ctst consolidate --period 2025 --format xlsx,csv --out /tmp/report
      """)

  @OptionGroup var workspace: WorkspaceOptions
  @OptionGroup var report: ReportOptions

  func run() throws {
    try ReportCommand.run(workspace: workspace, report: report) { builder, _ in
      builder.consolidated()
    }
  }
}
