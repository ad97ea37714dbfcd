import FoundationEssentials
import ReportKernel

/// What a run published, kept beside its manifest (`snapshot.json`) so that a later run, or
/// `ctst export --diff`, can say what changed: every reported indicator value, every activity
/// and every finding.
public struct RunSnapshot: Codable, Sendable, Equatable {
  /// One reported value: `economy` is an economy code, or `overall`.
  public struct Value: Codable, Sendable, Hashable {
    public let forum: String
    public let indicator: String
    public let economy: String
    public let value: String
  }

  /// One activity of a forum.
  public struct Activity: Codable, Sendable, Hashable {
    public let forum: String
    public let id: String
    public let title: String
  }

  /// The file name in a run folder.
  public static let fileName = "snapshot.json"

  /// The period id.
  public let period: String
  /// Values in submission order.
  public let values: [Value]
  /// Activities in submission order.
  public let activities: [Activity]
  /// Findings, `file:line:column: severity: message`.
  public let findings: [String]

  /// The snapshot of an analysed period.
  public init(_ analysis: PeriodAnalysis) {
    period = analysis.period.id
    var values: [Value] = []
    var activities: [Activity] = []
    for forum in analysis.forums {
      guard let submission = forum.submission else { continue }
      let id = forum.descriptor.id
      for report in submission.indicators {
        if let overall = report.overall {
          values.append(
            .init(forum: id, indicator: report.id, economy: "overall", value: overall.value.text))
        }
        for entry in report.byEconomy {
          values.append(
            .init(
              forum: id, indicator: report.id, economy: entry.economy, value: entry.datum.value.text
            ))
        }
      }
      activities += submission.activities.map { .init(forum: id, id: $0.id, title: $0.title) }
    }
    self.values = values
    self.activities = activities
    findings = analysis.diagnostics.map(\.description)
  }

  /// A snapshot of the given content.
  init(period: String, values: [Value], activities: [Activity], findings: [String]) {
    self.period = period
    self.values = values
    self.activities = activities
    self.findings = findings
  }

  /// Reads the snapshot of the run folder `run`; nil when it has none.
  public static func load(run: URL) -> RunSnapshot? {
    guard let data = FileManager.default.contents(atPath: run.appendingPathComponent(fileName).path)
    else { return nil }
    return try? JSONDecoder().decode(RunSnapshot.self, from: data)
  }

  /// The snapshot as stable, compact JSON (one value a line).
  public func encoded() throws -> Data {
    let encoder = JSONEncoder()
    encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
    return try encoder.encode(self)
  }
}

extension Datum.Value {
  /// The value as a user would write it: `405000`, `0.25`, `3/4`, `yes`, `2026-06-30`,
  /// `AUS, CHL`.
  var text: String {
    switch self {
    case .number(let number): NumberText.plain(number)
    case .ratio(let numerator, let denominator):
      "\(NumberText.plain(numerator))/\(NumberText.plain(denominator))"
    case .flag(let flag): flag ? "yes" : "no"
    case .date(let date): date.description
    case .economies(let codes): codes.joined(separator: ", ")
    case .text(let text): text
    }
  }
}
