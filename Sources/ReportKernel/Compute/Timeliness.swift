/// Whether and when a forum's submission arrived.
public enum Timeliness: Sendable, Hashable, Codable {
  /// No file.
  case missing
  /// The file arrived but could not be read as a submission (received with errors, not
  /// missing).
  case unreadable
  /// Still a draft: not yet submitted.
  case draft
  /// Submitted on or before the due date.
  case onTime
  /// Submitted `days` after the due date.
  case late(days: Int)
  /// Submitted, but no submission date given.
  case undated

  /// "on time", "late by 10 days", "missing", "draft" …
  public var label: String {
    switch self {
    case .missing: "missing"
    case .unreadable: "received, cannot be read: fix its errors"
    case .draft: "draft (not yet submitted)"
    case .onTime: "on time"
    case .late(let days): "late by \(days) day\(days == 1 ? "" : "s")"
    case .undated: "submitted (no date given)"
    }
  }

  /// True when a submission file exists and could be read.
  public var isReceived: Bool {
    switch self {
    case .missing, .unreadable: false
    default: true
    }
  }
}
