import FoundationEssentials
import Synchronization

/// A forum's submission for a period (`reports/<period>/submissions/<FORUM>.yaml`).
public struct Submission: Sendable, Hashable {
  /// Where the submission stands in its review.
  public enum Status: String, Sendable, Hashable, Codable, CaseIterable {
    /// Still being written.
    case draft
    /// Sent to the secretariat.
    case submitted
    /// Approved by the forum.
    case approved
  }

  /// A contact person.
  public struct Contact: Sendable, Hashable, Codable {
    /// Name.
    public var name: String
    /// E-mail address, if given.
    public var email: String?

    /// Creates a contact.
    public init(name: String, email: String?) {
      self.name = name
      self.email = email
    }
  }

  /// The forum id (`SCCP`).
  public var forum: String
  /// The period id (`2026`).
  public var period: String
  /// Review status.
  public var status: Status
  /// When it was submitted, if it was.
  public var submittedOn: CalendarDate?
  /// Who to ask about it.
  public var contact: Contact?
  /// Narrative per component id, with where each starts.
  public var narratives: [Narrative] = []
  /// Reported indicator values, in source order.
  public var indicators: [IndicatorReport] = []
  /// Activities and projects, in source order.
  public var activities: [Activity] = []
  /// Where the `activities:` key is written (or the file, when it is absent), for findings
  /// about the activities as a whole.
  public var activitiesLocation: SourceLocation?
  /// The forward agenda.
  public var agenda = ForwardAgenda()
  /// Recommendations for Senior Officials' consideration, in the forum's words.
  public var recommendations: [String] = []
  /// Where the header's values are written (`forum`, `period`, `status`, `submitted_on`) and
  /// the `indicators` key, for findings about them; a key present with a malformed value is
  /// listed too, so it is never also called missing.
  public var keyLocations: [String: SourceLocation] = [:]
  /// The file it was read from, relative to the workspace root.
  public var file: String
  /// The sha256 of the file's bytes, hex.
  public var checksum: String = ""
  /// The file as written, to place a finding inside a text at its line and column. An analysis
  /// drops it once its checks have run (see ``droppingSource()``): nothing after them needs it.
  public var source = SourceLines([])

  /// Creates an empty submission.
  public init(forum: String, period: String, status: Status = .draft, file: String) {
    self.forum = forum
    self.period = period
    self.status = status
    self.file = file
  }

  /// The report of indicator `id`, if submitted.
  public func indicator(_ id: String) -> IndicatorReport? { indicators.first { $0.id == id } }

  /// The least trustworthy quality of the reported values written at `locations` (those a
  /// derived figure is computed from); reported when none is marked.
  public func quality(of locations: [SourceLocation]) -> Quality {
    let places = LocationSet(locations)
    guard !places.isEmpty else { return .reported }
    return indicators.filter { report in
      report.quality != .reported
        && ([report.location] + [report.overall?.location].compactMap { $0 }
          + report.byEconomy.map(\.datum.location)).contains(where: places.contains)
    }.map(\.quality).max() ?? .reported
  }

  /// This submission without its ``source``, once no finding is left to place inside its
  /// texts, so a kept submission does not keep its file's bytes.
  public func droppingSource() -> Submission {
    var submission = self
    submission.source = SourceLines([])
    return submission
  }

  /// The narrative for component `id`, if any.
  public func narrative(for component: String) -> Narrative? {
    narratives.first { $0.component == component }
  }
}

/// A narrative paragraph (or several) about one component.
public struct Narrative: Sendable, Hashable, Codable {
  /// The component id.
  public var component: String
  /// The text as written.
  public var text: String
  /// Where it starts.
  public var location: SourceLocation
}

/// Where a value comes from.
public enum SourceType: String, Sendable, Hashable, Codable, CaseIterable {
  /// Reported by the economies themselves.
  case selfReported = "self_reported"
  /// From the forum's own records.
  case forumRecord = "forum_record"
  /// From an external body (FATF, WCO …).
  case external
}

/// One submitted value, with the place it was written.
public struct Datum: Sendable, Hashable, Codable {
  /// The value.
  public enum Value: Sendable, Hashable, Codable {
    /// A number (count, USD).
    case number(Double)
    /// A numerator and denominator.
    case ratio(numerator: Double, denominator: Double)
    /// Yes or no.
    case flag(Bool)
    /// A date.
    case date(CalendarDate)
    /// Economy codes.
    case economies([String])
    /// Text.
    case text(String)
  }

  /// The value.
  public var value: Value
  /// Where it was written.
  public var location: SourceLocation

  /// Creates a datum.
  public init(_ value: Value, at location: SourceLocation) {
    self.value = value
    self.location = location
  }
}

/// A submitted indicator: the overall value or one value per economy, with qualifiers.
public struct IndicatorReport: Sendable, Hashable {
  /// The indicator id.
  public var id: String
  /// Where the indicator's entry starts.
  public var location: SourceLocation
  /// The overall value, if reported as one.
  public var overall: Datum?
  /// Values per economy code, in source order.
  public var byEconomy: [(economy: String, datum: Datum)] = [] {
    // A lookup table built for these values no longer fits changed ones. Appending before any
    // lookup (as the decoder does) keeps the unshared, unbuilt table and allocates nothing.
    didSet {
      if !isKnownUniquelyReferenced(&economyIndex) || economyIndex.isBuilt {
        economyIndex = EconomyIndex()
      }
    }
  }
  /// Economies listed under `by_economy` with no value yet (a template's blanks), in source
  /// order.
  public var blankEconomies: [(economy: String, location: SourceLocation)] = []
  /// Positions in ``byEconomy`` by economy code, built on the first ``value(for:)``.
  private var economyIndex = EconomyIndex()
  /// Where the value comes from.
  public var source: SourceType?
  /// The date the value describes.
  public var asOf: CalendarDate?
  /// True when the figure is a lower bound ("more than 405,000").
  public var isLowerBound = false
  /// A comment from the forum.
  public var comment: String?
  /// How far the value can be trusted (`quality:`).
  public var quality: Quality = .reported
  /// Where the values of this indicator that failed validation were written, in source order
  /// (see ``Submission/withholdingValues(failing:)``); empty when none was withheld.
  public var withheld: [SourceLocation] = []
  /// True when a value of this indicator failed validation and was withheld.
  public var hasWithheldValues: Bool { !withheld.isEmpty }

  /// Creates an empty report for `id`.
  public init(id: String, location: SourceLocation) {
    self.id = id
    self.location = location
  }

  /// True when no value was given (a template left blank).
  public var isEmpty: Bool { overall == nil && byEconomy.isEmpty }

  /// The per-economy datum for `code` (the first, if the code is given twice).
  ///
  /// Modules look values up economy by economy, so a long list is indexed once rather than
  /// scanned on every call.
  public func value(for code: String) -> Datum? {
    guard byEconomy.count > EconomyIndex.scanLimit else {
      return byEconomy.first { $0.economy == code }?.datum
    }
    return economyIndex.position(of: code, in: byEconomy).map { byEconomy[$0].datum }
  }

  /// The economies with a value, each once: made once for the report (both periods' checks
  /// and comparisons ask for it).
  var economyCodes: EconomyCodeSet { economyIndex.codes(of: byEconomy) }

  public static func == (lhs: IndicatorReport, rhs: IndicatorReport) -> Bool {
    lhs.id == rhs.id && lhs.location == rhs.location && lhs.overall == rhs.overall
      && lhs.byEconomy.map(\.economy) == rhs.byEconomy.map(\.economy)
      && lhs.byEconomy.map(\.datum) == rhs.byEconomy.map(\.datum) && lhs.source == rhs.source
      && lhs.asOf == rhs.asOf && lhs.isLowerBound == rhs.isLowerBound
      && lhs.comment == rhs.comment && lhs.quality == rhs.quality
      && lhs.withheld == rhs.withheld
  }

  public func hash(into hasher: inout Hasher) {
    hasher.combine(id)
    hasher.combine(location)
  }
}

/// The positions of an ``IndicatorReport``'s per-economy values by code, built once on first
/// use. Reports are values shared between threads, so the table is built under a lock.
///
/// The table (``CodeTable``) holds positions only (4 bytes a slot, twice as many slots as
/// values), the codes being read from the values themselves, so indexing a list of 17,576
/// economies costs 128 KiB rather than a dictionary's copy of every code.
final class EconomyIndex: @unchecked Sendable {
  /// Lists up to this long are scanned instead.
  static let scanLimit = 16

  private let built = Mutex<(table: CodeTable?, codeSet: EconomyCodeSet?)>((nil, nil))

  /// True once built; read only by an owner holding the sole reference.
  var isBuilt: Bool { built.withLock { $0.table != nil || $0.codeSet != nil } }

  /// The codes of `entries` as a set, made from them if needed.
  func codes(of entries: [(economy: String, datum: Datum)]) -> EconomyCodeSet {
    built.withLock { built in
      let codes = built.codeSet ?? EconomyCodeSet(entries.lazy.map(\.economy))
      built.codeSet = codes
      return codes
    }
  }

  /// The first position of `code` in `entries`, building the table from them if needed.
  func position(of code: String, in entries: [(economy: String, datum: Datum)]) -> Int? {
    let table = built.withLock { built in
      let table = built.table ?? CodeTable(entries.lazy.map(\.economy))
      built.table = table
      return table
    }
    return table.position(of: code, in: entries.lazy.map(\.economy))
  }
}
