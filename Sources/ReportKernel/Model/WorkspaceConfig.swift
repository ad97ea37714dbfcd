/// The workspace configuration (`config/ctst.yaml`). Every key is optional; the defaults are
/// documented on each property and in the shipped file.
public struct WorkspaceConfig: Sendable, Hashable {
  /// The highest `version:` this build understands.
  public static let highestSupportedVersion = 1

  /// The reporting periods, oldest first. Default: none.
  public var periods: [Period] = []
  /// Enabled forum ids. Default: every registered forum (nil).
  public var enabledForums: [String]?
  /// Where each enabled forum id is written in `config/ctst.yaml`, for findings about it.
  public var enabledForumLocations: [String: SourceLocation] = [:]
  /// Progress at or above which an indicator is on track. Default 0.9.
  public var onTrackThreshold: Double = 0.9
  /// Progress at or above which an indicator is at risk (below: off track). Default 0.6.
  public var atRiskThreshold: Double = 0.6
  /// Output formats written by `section` and `consolidate`. Default xlsx, txt, md.
  public var formats: [OutputFormat] = [.xlsx, .txt, .md]
  /// Output folder relative to `reports/<period>/`. Default `output`.
  public var outputDirectory: String = "output"
  /// The consolidated report's title.
  public var reportTitle =
    "Progress report on the APEC Consolidated Counter-Terrorism and Secure Trade Strategy"
  /// The author recorded in documents. Default "APEC Secretariat".
  public var author = "APEC Secretariat"
  /// Whether the report names economies one by one in the fora's shortfall lists (overdue
  /// plans, missing systems). Default false: the report gives counts, the review pack names.
  public var nameEconomies = false
  /// The Secretariat's own recommendations for Senior Officials, after the fora's. Default none.
  public var recommendations: [String] = []
  /// Scheduled export jobs. Default: none.
  public var exportJobs: [ExportJob] = []
  /// Who to ask for each forum's submission while none is received, by forum id. Default: none.
  public var contacts: [String: Submission.Contact] = [:]

  /// Creates the default configuration.
  public init() {}

  /// The period with `id`.
  public func period(_ id: String) -> Period? { periods.first { $0.id == id } }

  /// The latest period (the one that ends last; ties broken by order).
  public var latestPeriod: Period? {
    periods.enumerated().max { lhs, rhs in
      (lhs.element.end, lhs.offset) < (rhs.element.end, rhs.offset)
    }?.element
  }

  /// The period before `period` in the calendar (the latest that ends before it starts).
  public func previous(before period: Period) -> Period? {
    periods.filter { $0.end < period.start }.max { $0.end < $1.end }
  }
}

/// A report format.
public enum OutputFormat: String, Sendable, Hashable, CaseIterable, Codable {
  /// Excel workbook.
  case xlsx
  /// Plain text, 80 columns.
  case txt
  /// Markdown (CommonMark with GFM tables).
  case md
  /// The whole report document as JSON.
  case json
  /// The data table as CSV.
  case csv
}

/// A scheduled export job (`exports:` in `config/ctst.yaml`).
public struct ExportJob: Sendable, Hashable {
  /// The job's name (`nightly`).
  public var name: String
  /// Forum sections to write (`sections:`); the consolidated report is written when
  /// ``includeConsolidated`` is true. Default: none.
  public var sections: SectionChoice = .forums([])
  /// Whether the consolidated report is written.
  public var includeConsolidated = true
  /// Whether the review pack (`ctst-<period>-review.*`) is written beside the reports.
  public var includeReview = false
  /// Formats to write.
  public var formats: [OutputFormat] = [.xlsx, .txt, .md, .json, .csv]
  /// A period id, or nil for the latest.
  public var period: String?
  /// The export folder, relative to the workspace root unless absolute.
  public var directory = "exports"
  /// How many runs to keep.
  public var keep = 14
  /// A shell command run once per failed run.
  public var onFailure: String?
  /// Where the job is defined.
  public var location: SourceLocation?
  /// Where its `sections:` value is, when given.
  public var sectionsLocation: SourceLocation?

  /// Creates a job with defaults.
  public init(name: String) {
    self.name = name
  }
}

/// Which forum sections an export job writes: `sections: all` or `sections: [SCCP, BMG]`.
public enum SectionChoice: Sendable, Hashable {
  /// Every enabled forum's section, in registry order.
  case all
  /// The named forums' sections, in the order given.
  case forums([String])

  /// The forums whose sections to write, given the `enabled` forum ids in registry order.
  public func forums(among enabled: [String]) -> [String] {
    switch self {
    case .all: enabled
    case .forums(let ids): ids
    }
  }
}
