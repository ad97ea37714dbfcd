import FoundationEssentials
import ReportKernel

/// What changed between two export runs: input files, indicator values, activities and
/// findings. Recorded as `changes` in each run's manifest (against the previous complete run
/// of the same job) and shown by `ctst export --diff RUN_A RUN_B`.
public struct RunChanges: Codable, Sendable, Equatable {
  /// A value that was added (no `old`), removed (no `new`) or changed.
  public struct ValueChange: Codable, Sendable, Hashable {
    public let forum: String
    public let indicator: String
    public let economy: String
    public let old: String?
    public let new: String?

    enum CodingKeys: String, CodingKey { case forum, indicator, economy, old, new }

    /// A change of the value at `forum`, `indicator`, `economy` (a code or `overall`).
    public init(forum: String, indicator: String, economy: String, old: String?, new: String?) {
      self.forum = forum
      self.indicator = indicator
      self.economy = economy
      self.old = old
      self.new = new
    }

    /// Encodes numbers (`130`, `0.25`) as JSON numbers; ratios, yes/no, dates, lists and text
    /// stay strings.
    public func encode(to encoder: any Encoder) throws {
      var container = encoder.container(keyedBy: CodingKeys.self)
      try container.encode(forum, forKey: .forum)
      try container.encode(indicator, forKey: .indicator)
      try container.encode(economy, forKey: .economy)
      for (value, key) in [(old, CodingKeys.old), (new, CodingKeys.new)] {
        guard let value else { continue }
        if let number = Self.number(value) {
          try container.encode(number, forKey: key)
        } else {
          try container.encode(value, forKey: key)
        }
      }
    }

    /// Decodes the form ``encode(to:)`` writes: a value as a number or a string.
    public init(from decoder: any Decoder) throws {
      let container = try decoder.container(keyedBy: CodingKeys.self)
      func value(_ key: CodingKeys) throws -> String? {
        if let number = try? container.decodeIfPresent(Double.self, forKey: key) {
          return NumberText.plain(number)
        }
        return try container.decodeIfPresent(String.self, forKey: key)
      }
      self.init(
        forum: try container.decode(String.self, forKey: .forum),
        indicator: try container.decode(String.self, forKey: .indicator),
        economy: try container.decode(String.self, forKey: .economy), old: try value(.old),
        new: try value(.new))
    }

    /// The number `text` spells, when it is one exactly as ``NumberText/plain(_:)`` writes it.
    static func number(_ text: String) -> Double? {
      guard let number = Double(text), number.isFinite, NumberText.plain(number) == text else {
        return nil
      }
      return number
    }
  }

  /// The run compared with (its folder name); nil when there is none.
  public let since: String?
  /// One sentence: what was compared, or that there is nothing to compare with.
  public let summary: String
  /// False when the run `since` has nothing to compare with (no snapshot); not encoded.
  public private(set) var compared = true
  public let inputsAdded: [String]
  public let inputsRemoved: [String]
  public let inputsChanged: [String]
  public let values: [ValueChange]
  public let activitiesAdded: [RunSnapshot.Activity]
  public let activitiesRemoved: [RunSnapshot.Activity]
  public let findingsNew: [String]
  public let findingsResolved: [String]

  enum CodingKeys: String, CodingKey {
    case since, summary, values
    case inputsAdded = "inputs_added"
    case inputsRemoved = "inputs_removed"
    case inputsChanged = "inputs_changed"
    case activitiesAdded = "activities_added"
    case activitiesRemoved = "activities_removed"
    case findingsNew = "findings_new"
    case findingsResolved = "findings_resolved"
  }

  /// The first run of a job: nothing to compare with.
  public static func firstRun(job: String) -> RunChanges {
    RunChanges(
      since: nil, summary: "First run of job '\(job)': nothing to compare with.", inputsAdded: [],
      inputsRemoved: [], inputsChanged: [], values: [], activitiesAdded: [],
      activitiesRemoved: [], findingsNew: [], findingsResolved: [])
  }

  /// A run without a snapshot (written by an earlier ctst): nothing can be compared.
  public static func unreadable(run: String) -> RunChanges {
    var changes = RunChanges(
      since: run, summary: "Run \(run) has no \(RunSnapshot.fileName) to compare with.",
      inputsAdded: [], inputsRemoved: [], inputsChanged: [], values: [], activitiesAdded: [],
      activitiesRemoved: [], findingsNew: [], findingsResolved: [])
    changes.compared = false
    return changes
  }

  /// The changes from the run `since` (its manifest inputs and snapshot) to the current one.
  public init(
    since: String, old: (inputs: [ExportManifest.Input], snapshot: RunSnapshot),
    new: (inputs: [ExportManifest.Input], snapshot: RunSnapshot)
  ) {
    let before = Dictionary(
      old.inputs.map { ($0.path, $0.sha256) }, uniquingKeysWith: { a, _ in a })
    let after = Dictionary(new.inputs.map { ($0.path, $0.sha256) }, uniquingKeysWith: { a, _ in a })
    let added = new.inputs.map(\.path).filter { before[$0] == nil }
    let removed = old.inputs.map(\.path).filter { after[$0] == nil }
    let changed = new.inputs.filter { input in
      guard let previous = before[input.path] else { return false }
      return previous != input.sha256
    }.map(\.path)
    let values = Self.valueChanges(old.snapshot.values, new.snapshot.values)
    let oldActivities = Set(old.snapshot.activities.map { [$0.forum, $0.id] })
    let newActivities = Set(new.snapshot.activities.map { [$0.forum, $0.id] })
    let activitiesAdded = new.snapshot.activities.filter {
      !oldActivities.contains([$0.forum, $0.id])
    }
    let activitiesRemoved = old.snapshot.activities.filter {
      !newActivities.contains([$0.forum, $0.id])
    }
    let oldFindings = Set(old.snapshot.findings.map(Self.findingKey))
    let newFindings = Set(new.snapshot.findings.map(Self.findingKey))
    let findingsNew = new.snapshot.findings.filter { !oldFindings.contains(Self.findingKey($0)) }
    let findingsResolved = old.snapshot.findings.filter {
      !newFindings.contains(Self.findingKey($0))
    }
    let counts = [
      added.count, removed.count, changed.count, values.count, activitiesAdded.count,
      activitiesRemoved.count, findingsNew.count, findingsResolved.count,
    ]
    self.init(
      since: since, summary: Self.summary(calling: "run \(since)", counts: counts),
      inputsAdded: added, inputsRemoved: removed, inputsChanged: changed, values: values,
      activitiesAdded: activitiesAdded, activitiesRemoved: activitiesRemoved,
      findingsNew: findingsNew, findingsResolved: findingsResolved)
  }

  init(
    since: String?, summary: String, inputsAdded: [String], inputsRemoved: [String],
    inputsChanged: [String], values: [ValueChange], activitiesAdded: [RunSnapshot.Activity],
    activitiesRemoved: [RunSnapshot.Activity], findingsNew: [String], findingsResolved: [String]
  ) {
    self.since = since
    self.summary = summary
    self.inputsAdded = inputsAdded
    self.inputsRemoved = inputsRemoved
    self.inputsChanged = inputsChanged
    self.values = values
    self.activitiesAdded = activitiesAdded
    self.activitiesRemoved = activitiesRemoved
    self.findingsNew = findingsNew
    self.findingsResolved = findingsResolved
  }

  /// What was compared, in one sentence, calling the earlier run `run` ("run
  /// 20261128T023000Z" in the manifest and the log, "the export of 28 November 2026 at
  /// 02:30 UTC" in the report): "Nothing changed since …" or "Compared with …: 1 input file
  /// changed, 1 value changed."
  public func summary(calling run: String) -> String {
    Self.summary(
      calling: run,
      counts: [
        inputsAdded.count, inputsRemoved.count, inputsChanged.count, values.count,
        activitiesAdded.count, activitiesRemoved.count, findingsNew.count,
        findingsResolved.count,
      ])
  }

  /// The sentence for the counts of inputs added, removed and changed, values changed,
  /// activities added and removed, findings new and resolved, in that order.
  private static func summary(calling run: String, counts: [Int]) -> String {
    let names = [
      ("input file added", "input files added"), ("input file removed", "input files removed"),
      ("input file changed", "input files changed"), ("value changed", "values changed"),
      ("activity added", "activities added"), ("activity removed", "activities removed"),
      ("new finding", "new findings"), ("finding resolved", "findings resolved"),
    ]
    let said = zip(counts, names).filter { $0.0 > 0 }.map { count, name in
      "\(count) \(count == 1 ? name.0 : name.1)"
    }
    return said.isEmpty
      ? "Nothing changed since \(run)."
      : "Compared with \(run): \(said.joined(separator: ", "))."
  }

  /// Values added, removed or changed, in the new run's order, then the removed ones.
  static func valueChanges(_ old: [RunSnapshot.Value], _ new: [RunSnapshot.Value]) -> [ValueChange]
  {
    func key(_ value: RunSnapshot.Value) -> [String] {
      [value.forum, value.indicator, value.economy]
    }
    let before = Dictionary(old.map { (key($0), $0.value) }, uniquingKeysWith: { a, _ in a })
    let after = Dictionary(new.map { (key($0), $0.value) }, uniquingKeysWith: { a, _ in a })
    var changes: [ValueChange] = []
    for value in new where before[key(value)] != value.value {
      changes.append(
        .init(
          forum: value.forum, indicator: value.indicator, economy: value.economy,
          old: before[key(value)], new: value.value))
    }
    for value in old where after[key(value)] == nil {
      changes.append(
        .init(
          forum: value.forum, indicator: value.indicator, economy: value.economy, old: value.value,
          new: nil))
    }
    return changes
  }

  /// A finding without its line and column, so that a finding that only moved is the same.
  static func findingKey(_ finding: String) -> String {
    let parts = finding.split(separator: ":", maxSplits: 3, omittingEmptySubsequences: false)
    guard parts.count == 4, Int(parts[1]) != nil,
      Int(parts[2].trimmingBlanks) != nil
    else { return finding }
    return "\(parts[0]):\(parts[3])"
  }
}
