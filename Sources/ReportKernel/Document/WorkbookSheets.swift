/// One sheet of the workbook: its name and what it holds.
public struct WorkbookSheet: Sendable, Hashable {
  /// What a sheet holds.
  public enum Content: Sendable, Hashable {
    /// Title, key figures, submissions and the status chart (``ReportSheets/keyFigures``,
    /// ``ReportSheets/submissions``, ``ReportSheets/statusByForum``).
    case summary
    /// One forum's tables, stacked.
    case forum(ForumSheet)
    /// One table with a frozen header and a filter.
    case table(ReportTable)
    /// Provenance: the document's inputs and how it was built.
    case about
  }

  /// The sheet's name: fixed for every kind but a forum's, which is the forum's display
  /// acronym, ``ForumSheet/label`` (a renderer makes it safe and unique against the fixed
  /// names).
  public let name: String
  /// What it holds.
  public let content: Content

  /// Creates a sheet.
  public init(name: String, content: Content) {
    self.name = name
    self.content = content
  }

  /// True for a forum's sheet, whose name is data rather than fixed.
  public var isForum: Bool {
    if case .forum = content { return true }
    return false
  }
}

extension ReportSheets {
  /// The workbook's sheets, in order: Summary, one per forum, Indicators, Activities,
  /// Coverage, Economies, Agenda, Data, Findings, Joiners and leavers, Withheld — in the review
  /// pack only, which has those tables — and About. The one list of sheets.
  public var workbook: [WorkbookSheet] {
    let review = [("Findings", findings), ("Joiners and leavers", joiners), ("Withheld", withheld)]
      .compactMap { name, table in table.map { (name, $0) } }
    return [WorkbookSheet(name: "Summary", content: .summary)]
      + forums.map { WorkbookSheet(name: $0.label, content: .forum($0)) }
      + ([
        ("Indicators", indicators), ("Activities", activities), ("Coverage", coverage),
        ("Economies", economies), ("Agenda", agenda), ("Data", data),
      ] + review).map { WorkbookSheet(name: $0.0, content: .table($0.1)) }
      + [WorkbookSheet(name: "About", content: .about)]
  }

  /// Every table the sheets hold, sheet by sheet.
  public var tables: [ReportTable] {
    workbook.flatMap { sheet -> [ReportTable] in
      switch sheet.content {
      case .summary: [statusByForum, submissions]
      case .forum(let forum): forum.tables
      case .table(let table): [table]
      case .about: []
      }
    }
  }
}
