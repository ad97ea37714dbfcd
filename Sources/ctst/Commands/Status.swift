import ArgumentParser
import FoundationEssentials
import ReportKernel

/// `ctst status`: who has submitted, who is missing, who is late, and whom to ask.
struct Status: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "status",
    abstract: "Show each forum's submission for a period: received or missing, review status,"
      + " due date, on time or late, errors, warnings and contact.",
    discussion: """
      The contact is the one named in the forum's submission, else the forum's entry in \
      'contacts:' in config/ctst.yaml. With --as-of, also lists the submissions still missing \
      or in draft that are overdue on that date, and by how many days. Nothing depends on \
      today's date unless --as-of asks for it.

      Examples:
        ctst status --period 2026
        ctst status --as-of 2027-02-15 --json
      """)

  @OptionGroup var workspace: WorkspaceOptions

  @Option(
    help: ArgumentHelp(
      "Say which missing or draft submissions are overdue on this date (YYYY-MM-DD).",
      valueName: "date"))
  var asOf: String?

  @Flag(help: "Print JSON instead of a table.")
  var json = false

  func validate() throws {
    if let asOf, CalendarDate(iso: asOf) == nil {
      throw ValidationError("--as-of needs a date as YYYY-MM-DD, found '\(asOf)'")
    }
  }

  func run() throws {
    try CTST.run {
      let (loaded, general) = try workspace.loadWorkspace()
      let period = try workspace.resolvePeriod(in: loaded)
      let analysis = Analyzer(workspace: loaded).analyze(period, generalDiagnostics: general)
      let asOfDate = asOf.flatMap(CalendarDate.init(iso:))
      let rows = analysis.forums.map {
        StatusRow($0, due: period.due, contacts: loaded.config.contacts, asOf: asOfDate)
      }
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
      let unreadable = analysis.forums.filter { $0.timeliness == .unreadable }.count
      let missing = analysis.forums.filter { $0.timeliness == .missing }.count
      let late = analysis.forums.filter {
        if case .late = $0.timeliness { return true }
        return false
      }.count
      console.out(
        "\(received + unreadable) of \(rows.count) fora have a submission file;"
          + " \(received - drafts) submitted (\(late) late), \(drafts) still in draft,"
          + (unreadable > 0 ? " \(unreadable) received but cannot be read (fix the errors)," : "")
          + " \(missing) missing.")
      console.out(StatusRow.contactList(rows))
      if let asOfDate { console.out(StatusRow.overdueSummary(rows, asOf: asOfDate)) }
    }
  }
}
