/// A report, once, in a renderer-neutral model: the narrative flow (parts, sections, blocks)
/// that text and Markdown render in order, and the tabular views that the workbook, the CSV
/// and the JSON carry. Built by ``ReportBuilder`` from a ``PeriodAnalysis``; every renderer
/// renders the same document, so formats never disagree.
public struct ReportDocument: Sendable, Hashable, Codable {
  /// Which report this is.
  public enum Kind: String, Sendable, Hashable, Codable {
    /// The annual consolidated progress report.
    case consolidated
    /// One forum's section.
    case section
    /// The review pack beside the report (consolidated, or of one forum): findings,
    /// provenance, per-economy lists, data notes and input checksums, for the Secretariat.
    case review
  }

  /// Consolidated report or forum section.
  public let kind: Kind
  /// The forum id, for a section.
  public let forum: String?
  /// The title.
  public let title: String
  /// The subtitle (the period, for a section the forum's name).
  public let subtitle: String
  /// The period reported on.
  public let period: Period
  /// The period compared with, if any.
  public let previousPeriod: Period?
  /// The author recorded in document properties.
  public let author: String
  /// The ctst version that built it.
  public let toolVersion: String
  /// The narrative flow, in order: executive summary, one part per activity area, capacity
  /// building, coordination, forward agenda, annexes. Waits for them while they are still
  /// being composed (``ComposedParts``).
  public var parts: [ReportPart] { composedParts.parts }
  /// The parts, composed or being composed: coded under `parts`.
  private let composedParts: ComposedParts
  /// The tabular views.
  public let sheets: ReportSheets
  /// Every input file with its checksum.
  public let inputs: [InputFile]
  /// Every validation finding relevant to the report.
  public let findings: [Diagnostic]
  /// The cover block, shown first: document symbol, meeting, agenda item, purpose, submitted
  /// by (from the period's `cover:` in `config/ctst.yaml`), as label and value lines.
  public let cover: [CoverLine]
  /// True while any submission in the report is a draft: every format then says DRAFT first.
  public let isDraft: Bool

  /// One line of the cover block ("Document symbol", "2027/SOM1/042").
  public struct CoverLine: Sendable, Hashable, Codable {
    /// The label.
    public let label: String
    /// The value.
    public let value: String

    /// Creates a line.
    public init(_ label: String, _ value: String) {
      self.label = label
      self.value = value
    }
  }

  /// Creates a document.
  public init(
    kind: Kind, forum: String?, title: String, subtitle: String, period: Period,
    previousPeriod: Period?, author: String, toolVersion: String, parts: [ReportPart],
    sheets: ReportSheets, inputs: [InputFile], findings: [Diagnostic], cover: [CoverLine] = [],
    isDraft: Bool = false
  ) {
    self.init(
      kind: kind, forum: forum, title: title, subtitle: subtitle, period: period,
      previousPeriod: previousPeriod, author: author, toolVersion: toolVersion,
      composedParts: ComposedParts(parts), sheets: sheets, inputs: inputs, findings: findings,
      cover: cover, isDraft: isDraft)
  }

  /// Creates a document whose parts may still be being composed.
  public init(
    kind: Kind, forum: String?, title: String, subtitle: String, period: Period,
    previousPeriod: Period?, author: String, toolVersion: String, composedParts: ComposedParts,
    sheets: ReportSheets, inputs: [InputFile], findings: [Diagnostic], cover: [CoverLine] = [],
    isDraft: Bool = false
  ) {
    self.cover = cover
    self.isDraft = isDraft
    self.kind = kind
    self.forum = forum
    self.title = title
    self.subtitle = subtitle
    self.period = period
    self.previousPeriod = previousPeriod
    self.author = author
    self.toolVersion = toolVersion
    self.composedParts = composedParts
    self.sheets = sheets
    self.inputs = inputs
    self.findings = findings
  }

  /// The coded names: the parts under `parts`.
  private enum CodingKeys: String, CodingKey {
    case kind, forum, title, subtitle, period, previousPeriod, author, toolVersion
    case composedParts = "parts"
    case sheets, inputs, findings, cover, isDraft
  }

  /// The line under the title naming who prepared the document: the review pack names the
  /// software and version that built it ("Prepared by APEC Secretariat with ctst 0.1.0."); the
  /// report, a publication, names no software, and says nothing when its cover already names
  /// who submits it.
  public var preparedBy: String? {
    switch kind {
    case .review: "Prepared by \(author) with ctst \(toolVersion)."
    case .consolidated, .section:
      cover.contains { $0.label == "Submitted by" } ? nil : "Prepared by \(author)."
    }
  }

  /// The file name stem: `ctst-<period>-consolidated`, `ctst-<period>-<FORUM>`,
  /// `ctst-<period>-review` or `ctst-<period>-<FORUM>-review`. Built only from validated ids.
  public var fileStem: String {
    switch kind {
    case .review: "ctst-\(period.id)\(forum.map { "-\($0)" } ?? "")-review"
    case .consolidated, .section: "ctst-\(period.id)-\(forum ?? "consolidated")"
    }
  }
}

/// A top-level part of a report ("Executive summary", "Secure Supply Chains", "Annexes").
public struct ReportPart: Sendable, Hashable, Codable {
  /// Stable id (`summary`, `area.secure_supply_chains`, `annexes`).
  public let id: String
  /// Heading.
  public let title: String
  /// Content before the sections.
  public let blocks: [ReportBlock]
  /// Sections, in order.
  public let sections: [ReportSection]

  /// Creates a part.
  public init(id: String, title: String, blocks: [ReportBlock] = [], sections: [ReportSection]) {
    self.id = id
    self.title = title
    self.blocks = blocks
    self.sections = sections
  }
}

/// A section of a part (a component, an annex), possibly with subsections (one per forum).
public struct ReportSection: Sendable, Hashable, Codable {
  /// Stable id (`component.customs`).
  public let id: String
  /// Heading.
  public let title: String
  /// Content.
  public let blocks: [ReportBlock]
  /// Subsections, in order.
  public let subsections: [ReportSection]

  /// Creates a section.
  public init(
    id: String, title: String, blocks: [ReportBlock], subsections: [ReportSection] = []
  ) {
    self.id = id
    self.title = title
    self.blocks = blocks
    self.subsections = subsections
  }
}

/// The tabular views of a report, one per workbook sheet.
public struct ReportSheets: Sendable, Hashable, Codable {
  /// Headline figures for the Summary sheet.
  public let keyFigures: [KeyFigure]
  /// Indicator status counts per forum (rows: forum; columns: on track, at risk, off track,
  /// no data) — the data of the status chart.
  public let statusByForum: ReportTable
  /// Submission status per forum: received, review status, due, timeliness, findings.
  public let submissions: ReportTable
  /// Per forum, the tables of its own sheet (its indicators and activities).
  public let forums: [ForumSheet]
  /// Every indicator: baseline, target, actual, progress, status, change.
  public let indicators: ReportTable
  /// Every activity.
  public let activities: ReportTable
  /// Component × forum coverage.
  public let coverage: ReportTable
  /// Economy × forum participation and capacity building.
  public let economies: ReportTable
  /// Forward agenda: priorities and cross-fora proposals per forum.
  public let agenda: ReportTable
  /// One row per indicator value (overall and per economy), with a numeric `value` column,
  /// for pivoting; also the CSV output.
  public let data: ReportTable
  /// Validation findings: the review pack's only. Nil in the report, whose workbook then has
  /// no Findings sheet.
  public let findings: ReportTable?
  /// The economies that joined or left each indicator since the previous period: the review
  /// pack's only.
  public let joiners: ReportTable?
  /// The values withheld for their errors, with their places: the review pack's only.
  public let withheld: ReportTable?

  /// Creates the views.
  public init(
    keyFigures: [KeyFigure], statusByForum: ReportTable, submissions: ReportTable,
    forums: [ForumSheet], indicators: ReportTable, activities: ReportTable,
    coverage: ReportTable, economies: ReportTable, agenda: ReportTable, data: ReportTable,
    findings: ReportTable?, joiners: ReportTable? = nil, withheld: ReportTable? = nil
  ) {
    self.keyFigures = keyFigures
    self.statusByForum = statusByForum
    self.submissions = submissions
    self.forums = forums
    self.indicators = indicators
    self.activities = activities
    self.coverage = coverage
    self.economies = economies
    self.agenda = agenda
    self.data = data
    self.findings = findings
    self.joiners = joiners
    self.withheld = withheld
  }
}

/// The content of one forum's sheet.
public struct ForumSheet: Sendable, Hashable, Codable {
  /// The forum id.
  public let forum: String
  /// The forum's name.
  public let name: String
  /// The forum as the report shows it, its display acronym ("CTWG" for the forum id CTTF):
  /// the sheet's tab.
  public let label: String
  /// Its tables, in order (indicators, activities, contributed tables).
  public let tables: [ReportTable]

  /// Creates a forum sheet; `label` defaults to the forum id.
  public init(forum: String, name: String, label: String? = nil, tables: [ReportTable]) {
    self.forum = forum
    self.name = name
    self.label = label ?? forum
    self.tables = tables
  }
}
