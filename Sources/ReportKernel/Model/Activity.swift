import FoundationEssentials

/// An activity or project.
public struct Activity: Sendable, Hashable, Codable {
  /// Where an activity stands.
  public enum Status: String, Sendable, Hashable, Codable, CaseIterable {
    /// Not started.
    case planned
    /// Under way.
    case ongoing
    /// Done.
    case completed
    /// Behind schedule.
    case delayed
    /// Stopped.
    case cancelled
  }

  /// Stable id within the forum (`SCCP-2026-01`).
  public var id: String
  /// Title.
  public var title: String
  /// The component id it serves.
  public var component: String
  /// The pillar ids it serves.
  public var pillars: [String] = []
  /// Status.
  public var status: Status
  /// Economies taking part (codes).
  public var economies: [String] = []
  /// Economies that benefit from capacity building (codes).
  public var beneficiaries: [String] = []
  /// Partner organisation ids (`WCO`).
  public var partners: [String] = []
  /// Other fora involved (joint work), forum ids.
  public var fora: [String] = []
  /// Whether it builds capacity.
  public var capacityBuilding = false
  /// Free labels a module may give meaning to (`air`, `sea`, `land` for TPTWG).
  public var tags: [String] = []
  /// Start date.
  public var start: CalendarDate?
  /// End date.
  public var end: CalendarDate?
  /// APEC funding, USD.
  public var apecFundingUSD: Double?
  /// Co-funding, USD.
  public var coFundingUSD: Double?
  /// A one-paragraph description.
  public var summary: String?
  /// How far the activity's figures (funding, participants) can be trusted (`quality:`).
  public var quality: Quality = .reported
  /// True when the activity was delivered: completed or ongoing (not planned, delayed or
  /// cancelled).
  public var isDelivered: Bool { status == .completed || status == .ongoing }
  /// The id of another forum's activity this one is the same joint activity as
  /// (`same_as: SCCP-2026-03`): counted once, under the other forum.
  public var sameAs: String?
  /// The APEC project number (`CTWG 01 2026A`), if the activity is an APEC-funded project.
  public var apecProject: String?
  /// Private-sector participants (companies, industry associations), as written.
  public var privateSector: [String] = []
  /// Where the activity starts in the file.
  public var location: SourceLocation
  /// Where each item of the activity's lists is written, by key (`economies`), parallel to the
  /// list.
  public var itemLocations: [String: [SourceLocation]] = [:]

  /// Where item `index` of list `key` is written, or the activity's place.
  public func location(of key: String, item index: Int) -> SourceLocation {
    guard let places = itemLocations[key], index < places.count else { return location }
    return places[index]
  }
}

/// A forum's forward agenda.
public struct ForwardAgenda: Sendable, Hashable, Codable {
  /// Near-term priorities.
  public var priorities: [String] = []
  /// Proposed cross-fora cooperation.
  public var crossFora: [CrossForaProposal] = []
  /// Statements under the strategy's other forward-agenda headings, keyed by heading id
  /// (`coordination`, `long_term_vision`).
  public var statements: [String: [String]] = [:]
  /// Where the agenda starts, if given.
  public var location: SourceLocation?

  /// Creates an empty agenda.
  public init() {}
}

/// A proposal for work with other fora.
public struct CrossForaProposal: Sendable, Hashable, Codable {
  /// The other fora.
  public var with: [String]
  /// The theme.
  public var theme: String
  /// Where it is written.
  public var location: SourceLocation
  /// Where each of ``with`` is written, parallel to it.
  public var withLocations: [SourceLocation] = []
  /// Another forum's proposal this one is the same theme as, when declared.
  public var sameAs: ThemeLink?
}

/// A declared link from a cross-fora proposal to another forum's proposal of the same theme
/// (`same_as: {forum: SCCP, theme: "Cash smuggling at borders"}`), for when the forward
/// agenda's matching of subjects would not see that they are one theme.
public struct ThemeLink: Sendable, Hashable, Codable {
  /// The other forum's id.
  public var forum: String
  /// The first words of the other forum's proposal ("Cash smuggling at borders").
  public var theme: String
  /// Where the link is written.
  public var location: SourceLocation
  /// Where its forum is written.
  public var forumLocation: SourceLocation

  /// Creates a link.
  public init(
    forum: String, theme: String, location: SourceLocation, forumLocation: SourceLocation
  ) {
    self.forum = forum
    self.theme = theme
    self.location = location
    self.forumLocation = forumLocation
  }

  /// True when `proposal` (of ``forum``) is the one linked to: its theme begins with
  /// ``theme``, compared on letters and digits only, without case.
  public func names(_ proposal: CrossForaProposal) -> Bool {
    let start = Self.letters(theme)
    return !start.isEmpty && Self.letters(proposal.theme).hasPrefix(start)
  }

  /// `text` in lower case with only its letters and digits: how theme texts are compared.
  public static func letters(_ text: String) -> String {
    String(text.lowercased().filter { $0.isLetter || $0.isNumber })
  }
}
