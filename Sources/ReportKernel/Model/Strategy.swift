/// The strategy framework (`config/strategy.yaml`): pillars, activity areas with their
/// components and lead fora, forward-agenda headings and partner organisations.
public struct Strategy: Sendable, Hashable {
  /// A strategic pillar (Security, Efficiency, Resilience).
  public struct Pillar: Sendable, Hashable, Codable {
    /// Stable id (`security`).
    public let id: String
    /// Display title.
    public let title: String
    /// One-sentence description.
    public let description: String
  }

  /// A component of an activity area, led by zero or more fora.
  public struct Component: Sendable, Hashable, Codable {
    /// Stable id, unique across areas (`customs`).
    public let id: String
    /// Display title.
    public let title: String
    /// Lead forum ids; empty when the strategy leaves the component unassigned.
    public let leads: [String]
    /// What the component covers.
    public let description: String
    /// Its role in the strategy, for the report: why the work matters and who does it (the
    /// framework's "[Outline the critical role of …]"). Empty when not written.
    public var role: String = ""
    /// The id of the area it belongs to.
    public let area: String
    /// Where it is defined.
    public let location: SourceLocation?

    /// True when no forum leads it.
    public var isUnassigned: Bool { leads.isEmpty }
  }

  /// A cross-cutting activity area (Secure Supply Chains …) and its components.
  public struct Area: Sendable, Hashable, Codable {
    /// Stable id (`secure_supply_chains`).
    public let id: String
    /// Display title.
    public let title: String
    /// What the area covers.
    public let description: String
    /// Its components, in order.
    public let components: [Component]
  }

  /// A forward-agenda heading.
  public struct AgendaHeading: Sendable, Hashable, Codable {
    /// Stable id (`near_term_priorities`).
    public let id: String
    /// Display title.
    public let title: String

    /// A heading with `id` and `title`.
    public init(id: String, title: String) {
      self.id = id
      self.title = title
    }
  }

  /// A partner organisation (FATF, WCO …).
  public struct Partner: Sendable, Hashable, Codable {
    /// Short id as written in submissions (`WCO`).
    public let id: String
    /// Full name.
    public let name: String
  }

  /// The strategy's title.
  public let title: String
  /// The pillars, in order.
  public let pillars: [Pillar]
  /// The activity areas, in order.
  public let areas: [Area]
  /// The forward-agenda headings, in order.
  public let forwardAgenda: [AgendaHeading]
  /// Known partner organisations.
  public let partners: [Partner]
  /// The report's introduction (endorsement, pillars, annual review); empty when not written.
  public var introduction: String = ""
  /// Acronyms and their expansions, for the report's annex (only those the report uses).
  public var acronyms: [Acronym] = []

  /// An acronym and what it stands for.
  public struct Acronym: Sendable, Hashable, Codable {
    /// The acronym (`ABTC`).
    public let short: String
    /// Its expansion ("APEC Business Travel Card").
    public let expansion: String

    /// Creates an acronym.
    public init(short: String, expansion: String) {
      self.short = short
      self.expansion = expansion
    }
  }

  /// How a forum is shown: its display name and acronym, as data (`fora:`), so a renamed
  /// forum is one line of configuration while its module id stays.
  public struct ForumName: Sendable, Hashable, Codable {
    /// The module id (`CTTF`).
    public let id: String
    /// The display name ("Counter-Terrorism Working Group"), if set.
    public let name: String?
    /// The display acronym (`CTWG`), if set.
    public let acronym: String?
  }

  /// Display names and acronyms of fora, by module id.
  public var fora: [ForumName] = []

  /// The display name of forum `id`: the configured one, else `fallback` (the module's).
  public func forumName(_ id: String, fallback: String) -> String {
    fora.first { $0.id == id }?.name ?? fallback
  }

  /// The display acronym of forum `id`: the configured one, else the id.
  public func forumAcronym(_ id: String) -> String {
    fora.first { $0.id == id }?.acronym ?? id
  }

  /// Every component, area by area.
  public var components: [Component] { areas.flatMap(\.components) }

  /// The component with `id`.
  public func component(_ id: String) -> Component? { components.first { $0.id == id } }

  /// The area with `id`.
  public func area(_ id: String) -> Area? { areas.first { $0.id == id } }
}
