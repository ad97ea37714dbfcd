/// Where an indicator stands against its target.
public enum IndicatorStatus: String, Sendable, Hashable, Codable, CaseIterable {
  /// Progress at or above the on-track threshold.
  case onTrack = "on_track"
  /// Progress between the at-risk and on-track thresholds.
  case atRisk = "at_risk"
  /// Progress below the at-risk threshold.
  case offTrack = "off_track"
  /// A value, but nothing to measure it against: no baseline or target, no direction, or a
  /// value that is not a number (a date, a statement).
  case notAssessed = "not_assessed"
  /// No value.
  case noData = "no_data"

  /// "On track", "At risk", "Off track", "Not assessed", "No data".
  public var label: String {
    switch self {
    case .onTrack: "On track"
    case .atRisk: "At risk"
    case .offTrack: "Off track"
    case .notAssessed: "Not assessed"
    case .noData: "No data"
    }
  }
}

/// An indicator's computed figures for one forum and period: the actual value (rolled up from
/// economies or derived by the module), progress from baseline towards target, status, the
/// like-for-like change on the previous period, and where every number came from.
public struct IndicatorResult: Sendable, Hashable, Codable {
  /// The definition.
  public let definition: IndicatorDefinition
  /// The forum id.
  public let forum: String
  /// The actual as a number (count, USD, share 0–1), if there is one.
  public let actual: Double?
  /// For percentages: the numerator and denominator behind ``actual``.
  public let numerator: Double?
  /// For percentages: the denominator.
  public let denominator: Double?
  /// For non-numeric indicators: the value as text (a date, a qualitative statement).
  public let textValue: String?
  /// True when the actual is a lower bound.
  public let isLowerBound: Bool
  /// The baseline, from `config/targets/<ID>.yaml`.
  public let baseline: Double?
  /// The target for the period, from `config/targets/<ID>.yaml`.
  public let target: Double?
  /// Share of the way from baseline to target (1 = target reached; above 1 = exceeded; below 0
  /// = regressed past the baseline). Never clamped.
  public let progress: Double?
  /// The status computed from ``progress`` and the configured thresholds.
  public let status: IndicatorStatus
  /// The previous period's actual, when both periods have one (everything reported then).
  public let previous: Double?
  /// ``actual`` minus ``previous``, by the indicator's ``IndicatorDefinition/changeKind``: the
  /// difference in counts for membership, the change in the total for quantities, a difference
  /// of shares (shown in percentage points) for percentages.
  public let change: Double?
  /// For quantities and percentages where economies entered or left the reporting: the change
  /// over the economies reporting in both periods.
  public let likeForLikeChange: Double?
  /// True when the change is computed from a lower bound (the actual is one).
  public let isChangeLowerBound: Bool
  /// Membership: economies counted now and not before. Quantities: economies reporting now and
  /// not before. Codes, sorted.
  public let joined: [String]
  /// Membership: economies counted before and not now. Quantities: economies reporting before
  /// and not now. Codes, sorted.
  public let left: [String]
  /// How far the actual can be trusted (from the submission's `quality:`).
  public let quality: Quality
  /// How far ``previous`` can be trusted (from the previous submission's `quality:`).
  public let previousQuality: Quality
  /// The period the baseline describes (`baseline_period:`).
  public let baselinePeriod: String?
  /// How far the baseline can be trusted.
  public let baselineQuality: Quality
  /// Where the target comes from (`source:` in the targets file).
  public let targetSource: String?
  /// How far the target can be trusted.
  public let targetQuality: Quality
  /// How many economies reported, for per-economy indicators.
  public let economiesReported: Int?
  /// The places of the submitted values behind the figure.
  public let provenance: [SourceLocation]
  /// The places of this period's values that failed validation and were withheld from the
  /// figure (all of it when ``actual`` and ``textValue`` are nil); empty when none was.
  public let withheld: [SourceLocation]
  /// Notes a reader needs ("no target set for 2026", "derived: 12 of 21 plans current").
  public let notes: [String]
  /// Items from the derivation a reader acts on.
  public let details: [String]

  /// Creates a result.
  public init(
    definition: IndicatorDefinition, forum: String, actual: Double?, numerator: Double? = nil,
    denominator: Double? = nil, textValue: String? = nil, isLowerBound: Bool = false,
    baseline: Double?, target: Double?, progress: Double?, status: IndicatorStatus,
    previous: Double?, change: Double?, likeForLikeChange: Double? = nil,
    isChangeLowerBound: Bool = false, joined: [String] = [], left: [String] = [],
    quality: Quality = .reported, previousQuality: Quality = .reported,
    baselinePeriod: String? = nil,
    baselineQuality: Quality = .reported, targetSource: String? = nil,
    targetQuality: Quality = .reported,
    economiesReported: Int? = nil,
    provenance: [SourceLocation], withheld: [SourceLocation] = [], notes: [String] = [],
    details: [String] = []
  ) {
    self.definition = definition
    self.forum = forum
    self.actual = actual
    self.numerator = numerator
    self.denominator = denominator
    self.textValue = textValue
    self.isLowerBound = isLowerBound
    self.baseline = baseline
    self.target = target
    self.progress = progress
    self.status = status
    self.previous = previous
    self.change = change
    self.likeForLikeChange = likeForLikeChange
    self.isChangeLowerBound = isChangeLowerBound
    self.joined = joined
    self.left = left
    self.quality = quality
    self.previousQuality = previousQuality
    self.baselinePeriod = baselinePeriod
    self.baselineQuality = baselineQuality
    self.targetSource = targetSource
    self.targetQuality = targetQuality
    self.economiesReported = economiesReported
    self.provenance = provenance
    self.withheld = withheld
    self.notes = notes
    self.details = details
  }
}
