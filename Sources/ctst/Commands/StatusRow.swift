import FoundationEssentials
import ReportKernel

/// One line of `ctst status`.
struct StatusRow: Encodable {
  /// Whom to ask about a forum's submission, and where the name comes from.
  struct Contact: Encodable {
    let name: String
    let email: String?
    /// `submission` or `config`.
    let source: String

    /// `Name <email>`.
    var text: String { email.map { "\(name) <\($0)>" } ?? name }
  }

  let forum: String
  let received: Bool
  /// The file arrived but cannot be read: received with errors, not missing.
  let unreadable: Bool
  let status: String
  let submittedOn: String
  let due: String
  let timeliness: String
  let errors: Int
  let warnings: Int
  let contact: Contact?
  /// Missing, unreadable or still in draft.
  let open: Bool
  /// With `--as-of`: days past the due date of an open submission (absent when not overdue).
  let overdueDays: Int?

  init(
    _ forum: ForumAnalysis, due: CalendarDate, contacts: [String: Submission.Contact],
    asOf: CalendarDate?
  ) {
    self.forum = forum.descriptor.id
    received = forum.timeliness.isReceived
    unreadable = forum.timeliness == .unreadable
    status = forum.submission?.status.rawValue ?? "-"
    submittedOn = forum.submission?.submittedOn?.description ?? "-"
    self.due = due.description
    timeliness = forum.timeliness.label
    errors = forum.diagnostics.filter { $0.severity == .error }.count
    warnings = forum.diagnostics.filter { $0.severity == .warning }.count
    if let own = forum.submission?.contact {
      contact = Contact(name: own.name, email: own.email, source: "submission")
    } else if let configured = contacts[forum.descriptor.id] {
      contact = Contact(name: configured.name, email: configured.email, source: "config")
    } else {
      contact = nil
    }
    switch forum.timeliness {
    case .missing, .unreadable, .draft: open = true
    default: open = false
    }
    if open, let asOf, due.days(until: asOf) > 0 {
      overdueDays = due.days(until: asOf)
    } else {
      overdueDays = nil
    }
  }

  static func table(_ rows: [StatusRow]) -> String {
    let header = ["Forum", "Status", "Submitted", "Due", "Timeliness", "Errors", "Warnings"]
    let cells = rows.map {
      [
        $0.forum, $0.status, $0.submittedOn, $0.due, $0.timeliness, "\($0.errors)",
        "\($0.warnings)",
      ]
    }
    return columns([header] + cells, rule: true).joined(separator: "\n")
  }

  /// Whom to ask, one forum a line.
  static func contactList(_ rows: [StatusRow]) -> String {
    let lines = columns(
      rows.map { row in
        guard let contact = row.contact else {
          return [row.forum, "none: add one under 'contacts:' in config/ctst.yaml"]
        }
        let origin = contact.source == "config" ? " (config/ctst.yaml)" : ""
        return [row.forum, contact.text + origin]
      }, rule: false
    ).map { "  " + $0 }
    return (["", "Contacts:"] + lines).joined(separator: "\n")
  }

  /// The `--as-of` paragraph: which open submissions are overdue and by how many days.
  static func overdueSummary(_ rows: [StatusRow], asOf: CalendarDate) -> String {
    let overdue = rows.filter { $0.overdueDays != nil }
    let open = rows.filter(\.open)
    guard !overdue.isEmpty else {
      let still = open.isEmpty ? "" : "; still open: \(open.map(\.forum).joined(separator: ", "))"
      return "\nAs of \(asOf): nothing overdue\(still)."
    }
    let count = overdue.count
    var lines = ["", "As of \(asOf): \(count) submission\(count == 1 ? "" : "s") overdue"]
    lines += columns(
      overdue.map { row in
        let days = row.overdueDays ?? 0
        let state = row.received ? "draft" : row.unreadable ? "cannot be read" : "missing"
        return [
          row.forum, "\(state), overdue by \(days) day\(days == 1 ? "" : "s")",
          row.contact.map { "ask \($0.text)" } ?? "no contact",
        ]
      }, rule: false
    ).map { "  " + $0 }
    return lines.joined(separator: "\n")
  }

  private static func columns(_ rows: [[String]], rule: Bool) -> [String] {
    guard let first = rows.first else { return [] }
    let widths = first.indices.map { column in rows.map { $0[column].count }.max() ?? 0 }
    let line = { (row: [String]) in
      zip(row, widths).map { padded($0, to: $1) }.joined(separator: "  ").trimmingBlanks
    }
    var lines = rows.map(line)
    if rule { lines.insert(line(widths.map { String(repeating: "-", count: $0) }), at: 1) }
    return lines
  }

  /// `text` padded with spaces on the right to `length` characters, the measure the column
  /// widths are taken in: a name with a combining accent or an emoji (one character, several
  /// UTF-16 units) is padded as the others are and never cut.
  static func padded(_ text: String, to length: Int) -> String {
    text + String(repeating: " ", count: max(0, length - text.count))
  }
}
