import ArgumentParser
import Foundation
import ReportKernel

/// `ctst status`: who has submitted, who is missing, who is late.
struct Status: ParsableCommand {
  static let configuration = CommandConfiguration(
    abstract: "Show each forum's submission for a period: received or missing, review status,"
      + " due date, on time or late, errors and warnings.")

  @OptionGroup var workspace: WorkspaceOptions

  @Flag(help: "Print JSON instead of a table.")
  var json = false

  func run() throws {
    try CTST.run {
      let (loaded, general) = try workspace.loadWorkspace()
      let period = try workspace.resolvePeriod(in: loaded)
      let analysis = Analyzer(workspace: loaded).analyze(period, generalDiagnostics: general)
      let rows = analysis.forums.map { StatusRow($0, due: period.due) }
      let console = workspace.console
      if json {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        console.out(String(decoding: try encoder.encode(rows), as: UTF8.self))
        return
      }
      console.out("Period \(period.label), due \(period.due)")
      console.out(StatusRow.table(rows))
      let received = rows.filter { $0.received }.count
      let drafts = analysis.forums.filter { $0.timeliness == .draft }.count
      let late = analysis.forums.filter {
        if case .late = $0.timeliness { return true }
        return false
      }.count
      console.out(
        "\(received) of \(rows.count) fora have a submission file; \(received - drafts) submitted"
          + " (\(late) late), \(drafts) still in draft, \(rows.count - received) missing.")
    }
  }
}

/// One line of `ctst status`.
struct StatusRow: Encodable {
  let forum: String
  let received: Bool
  let status: String
  let submittedOn: String
  let due: String
  let timeliness: String
  let errors: Int
  let warnings: Int

  init(_ forum: ForumAnalysis, due: CalendarDate) {
    self.forum = forum.descriptor.id
    received = forum.timeliness.isReceived
    status = forum.submission?.status.rawValue ?? "-"
    submittedOn = forum.submission?.submittedOn?.description ?? "-"
    self.due = due.description
    timeliness = forum.timeliness.label
    errors = forum.diagnostics.filter { $0.severity == .error }.count
    warnings = forum.diagnostics.filter { $0.severity == .warning }.count
  }

  static func table(_ rows: [StatusRow]) -> String {
    let header = ["Forum", "Status", "Submitted", "Due", "Timeliness", "Errors", "Warnings"]
    let cells = rows.map {
      [
        $0.forum, $0.status, $0.submittedOn, $0.due, $0.timeliness, "\($0.errors)",
        "\($0.warnings)",
      ]
    }
    let widths = header.indices.map { column in
      ([header] + cells).map { $0[column].count }.max() ?? 0
    }
    let line = { (row: [String]) in
      zip(row, widths).map { $0.padding(toLength: $1, withPad: " ", startingAt: 0) }
        .joined(separator: "  ").trimmingCharacters(in: .whitespaces)
    }
    return
      ([line(header), line(widths.map { String(repeating: "-", count: $0) })]
      + cells.map(line)).joined(separator: "\n")
  }
}
