/// A named reporting period with its dates.
public struct Period: Sendable, Hashable, Codable {
  /// The id used in paths and commands (`2026`). Letters, digits, `-`, `_` and `.` only.
  public let id: String
  /// The title shown in reports ("APEC year 2026").
  public let title: String
  /// The first day of the period.
  public let start: CalendarDate
  /// The last day of the period.
  public let end: CalendarDate
  /// The last day on which a submission is on time.
  public let due: CalendarDate
  /// Where the period is defined.
  public let location: SourceLocation?
  /// The report's cover block for this period, if configured.
  public let cover: Cover?

  /// The cover block of an APEC meeting document.
  public struct Cover: Sendable, Hashable, Codable {
    /// Document symbol (`2027/SOM1/042`).
    public var symbol: String?
    /// The meeting ("First Senior Officials' Meeting, Lima, Peru, 1–2 March 2027").
    public var meeting: String?
    /// The agenda item ("4").
    public var agendaItem: String?
    /// Purpose ("Consideration").
    public var purpose: String?
    /// Submitted by ("APEC Secretariat").
    public var submittedBy: String?

    /// Creates a cover.
    public init(
      symbol: String? = nil, meeting: String? = nil, agendaItem: String? = nil,
      purpose: String? = nil, submittedBy: String? = nil
    ) {
      self.symbol = symbol
      self.meeting = meeting
      self.agendaItem = agendaItem
      self.purpose = purpose
      self.submittedBy = submittedBy
    }
  }

  /// Creates a period.
  public init(
    id: String, title: String? = nil, start: CalendarDate, end: CalendarDate,
    due: CalendarDate? = nil, location: SourceLocation? = nil, cover: Cover? = nil
  ) {
    self.id = id
    self.title = title ?? id
    self.start = start
    self.end = end
    self.due = due ?? end
    self.location = location
    self.cover = cover
  }

  /// "APEC year 2026 (1 January to 31 December 2026)": the title and the exact window, as
  /// publication text writes a period.
  public var label: String { "\(title) (\(span))" }

  /// "1 January to 31 December 2026" (the year once when both dates share it).
  public var span: String {
    guard start.year == end.year else { return "\(start.prose) to \(end.prose)" }
    return "\(start.day) \(CalendarDate.monthNames[start.month - 1]) to \(end.prose)"
  }
}

/// Ids that may become parts of file names: forum ids, period ids, component ids.
public enum SafeIdentifier {
  /// True when `text` is 1–64 characters of ASCII letters, digits, `-`, `_` and `.`, does not
  /// start with `.` or `-`, and contains no `..`. Such an id can never name a parent folder,
  /// an absolute path or a hidden file.
  public static func isValid(_ text: String) -> Bool {
    guard (1...64).contains(text.count), let first = text.first, first != ".", first != "-",
      !text.contains("..")
    else { return false }
    return text.unicodeScalars.allSatisfy { scalar in
      scalar.isASCII
        && (("a"..."z").contains(scalar) || ("A"..."Z").contains(scalar)
          || ("0"..."9").contains(scalar) || "-_.".unicodeScalars.contains(scalar))
    }
  }
}
