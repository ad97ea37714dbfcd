/// What an indicator measures and how its values combine, in the manner of IATI and DHIS2.
///
/// Definitions live in each forum module's catalogue; baselines and targets are data in
/// `config/targets/<ID>.yaml`, never code.
public struct IndicatorDefinition: Sendable, Hashable, Codable {
  /// The measure of a value.
  public enum Unit: String, Sendable, Hashable, Codable, CaseIterable {
    /// A count of things (trainings, cards, projects).
    case count
    /// A count of member economies (0–21) satisfying something; per economy it is yes/no.
    case economies
    /// A share, stored as numerator and denominator, shown as a percentage.
    case percentage
    /// An amount in US dollars.
    case usd
    /// Yes or no.
    case yesNo = "yes_no"
    /// A date.
    case date
    /// A list of economy codes (partners of an arrangement).
    case economyList = "economy_list"
    /// Free text, assessed in the narrative.
    case qualitative
  }

  /// Which way is better.
  public enum Direction: String, Sendable, Hashable, Codable {
    /// Higher values are better.
    case higher
    /// Lower values are better.
    case lower
    /// Not assessed against a direction.
    case none

    /// Whether `target` lies behind `baseline` in this direction (below it where higher is
    /// better, above it where lower is): the baseline already meets it.
    public func isBehind(_ target: Double, baseline: Double) -> Bool {
      switch self {
      case .higher: target < baseline
      case .lower: target > baseline
      case .none: false
      }
    }
  }

  /// How a value relates to time.
  public enum Accumulation: String, Sendable, Hashable, Codable {
    /// Counts only what happened in the period.
    case periodic
    /// A running total or state as at the period's end.
    case cumulative
  }

  /// How per-economy values roll up to the overall figure.
  public enum RollUp: String, Sendable, Hashable, Codable {
    /// Add them up.
    case sum
    /// Recompute from the summed numerators and denominators.
    case ratio
    /// Count the economies reporting yes (or a non-empty value).
    case countYes = "count_yes"
    /// The latest date.
    case latest
    /// Never combined.
    case none
  }

  /// How values are reported.
  public enum Breakdown: String, Sendable, Hashable, Codable {
    /// One value for the forum.
    case overall
    /// One value per economy (rolled up to the overall figure).
    case byEconomy = "by_economy"
  }

  /// Stable id, `<forum>.<snake_case>` (`sccp.aeo_programmes`).
  public let id: String
  /// Display title.
  public let title: String
  /// The measure.
  public let unit: Unit
  /// Which way is better.
  public let direction: Direction
  /// Periodic or cumulative.
  public let accumulation: Accumulation
  /// How per-economy values roll up.
  public let rollUp: RollUp
  /// How values are reported.
  public let breakdown: Breakdown
  /// The strategy component it serves.
  public let component: String
  /// The pillars it serves.
  public let pillars: [String]
  /// True when the module computes it from other data; a submission must not report it.
  public let isDerived: Bool
  /// True for a growth rate: a percentage that is the change on the previous period over the
  /// previous figure (BMG's growth in active cards), so it may pass 100% or fall below 0,
  /// where any other percentage is a share of what was reported.
  public let isGrowth: Bool
  /// One sentence on what is counted and from where.
  public let summary: String
  /// A key naming the fact a per-economy yes/no indicator measures
  /// (`cross_border_cash_declaration`). Indicators of different fora declaring the same key
  /// measure the same fact, so their answers for one economy must agree.
  public let measures: String?
  /// For a count of activities (workshops, drills, events): which of the forum's listed
  /// activities it counts, so a count that does not match the list is noticed.
  public let countsActivities: ActivityCount?
  /// What a reader needs to read the figure that its title cannot say ("unique economy pairs;
  /// an MRA reported by both sides counts once"), in lower case without a full stop: shown
  /// once under the indicator tables as "<title>: <note>.", so a module never has to repeat
  /// the figure elsewhere to explain it.
  public let note: String?

  /// Creates a definition.
  public init(
    id: String, title: String, unit: Unit, direction: Direction = .higher,
    accumulation: Accumulation = .periodic, rollUp: RollUp? = nil,
    breakdown: Breakdown = .overall, component: String, pillars: [String],
    isDerived: Bool = false, isGrowth: Bool = false, summary: String, measures: String? = nil,
    countsActivities: ActivityCount? = nil, note: String? = nil
  ) {
    self.id = id
    self.title = title
    self.unit = unit
    self.direction = direction
    self.accumulation = accumulation
    self.rollUp = rollUp ?? unit.semantics.defaultRollUp
    self.breakdown = breakdown
    self.component = component
    self.pillars = pillars
    self.isDerived = isDerived
    self.isGrowth = isGrowth
    self.summary = summary
    self.measures = measures
    self.countsActivities = countsActivities
    self.note = note
  }

  /// The forum id prefix of the indicator id (`sccp`).
  public var forumPrefix: String { String(id.prefix { $0 != "." }) }
}

/// Which listed activities a count indicator counts: those delivered in the period (completed
/// or ongoing) with any of ``tags`` (any activity when empty) whose title contains any of
/// ``words`` (case-insensitive; any title when empty).
public struct ActivityCount: Sendable, Hashable, Codable {
  /// Activity tags, any of which qualifies (`sea`).
  public let tags: [String]
  /// Words of the title, any of which qualifies (`workshop`).
  public let words: [String]

  /// Creates a rule.
  public init(tags: [String] = [], words: [String] = []) {
    self.tags = tags
    self.words = words
  }

  /// True when `activity` is counted.
  public func counts(_ activity: Activity) -> Bool {
    guard activity.status == .completed || activity.status == .ongoing else { return false }
    let tagged = tags.isEmpty || activity.tags.contains { tags.contains($0) }
    let title = activity.title.lowercased()
    let worded = words.isEmpty || words.contains { title.contains($0.lowercased()) }
    return tagged && worded
  }
}
