import Foundation
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
    RunChanges(
      since: run, summary: "Run \(run) has no \(RunSnapshot.fileName) to compare with.",
      inputsAdded: [], inputsRemoved: [], inputsChanged: [], values: [], activitiesAdded: [],
      activitiesRemoved: [], findingsNew: [], findingsResolved: [])
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
    let total =
      added.count + removed.count + changed.count + values.count + activitiesAdded.count
      + activitiesRemoved.count + findingsNew.count + findingsResolved.count
    let counts: [(Int, String, String)] = [
      (added.count, "input file added", "input files added"),
      (removed.count, "input file removed", "input files removed"),
      (changed.count, "input file changed", "input files changed"),
      (values.count, "value changed", "values changed"),
      (activitiesAdded.count, "activity added", "activities added"),
      (activitiesRemoved.count, "activity removed", "activities removed"),
      (findingsNew.count, "new finding", "new findings"),
      (findingsResolved.count, "finding resolved", "findings resolved"),
    ]
    let summary =
      total == 0
      ? "Nothing changed since run \(since)."
      : "Compared with run \(since): \(Self.counts(counts))."
    self.init(
      since: since, summary: summary,
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
      Int(parts[2].trimmingCharacters(in: .whitespaces)) != nil
    else { return finding }
    return "\(parts[0]):\(parts[3])"
  }

  private static func counts(_ items: [(Int, String, String)]) -> String {
    items.filter { $0.0 > 0 }.map { "\($0.0) \($0.0 == 1 ? $0.1 : $0.2)" }
      .joined(separator: ", ")
  }
}
