import ReportKernel

/// How the changes annex names what changed, in publication words: an input file by what it
/// holds ("SCCP submission for 2026"), an indicator by its title, an economy by its short name.
/// The manifest keeps the paths, ids and codes.
public struct ChangeNames: Sendable {
  /// Indicator titles by id.
  let indicatorTitles: [String: String]
  /// Economy short names by code.
  let economyNames: [String: String]

  /// Names from the analysed period's catalogue and economies.
  public init(analysis: PeriodAnalysis) {
    var titles: [String: String] = [:]
    for forum in analysis.forums {
      for indicator in forum.descriptor.indicators { titles[indicator.id] = indicator.title }
    }
    let economies = analysis.workspace.economies
    self.init(
      indicatorTitles: titles,
      economyNames: Dictionary(
        economies.codes.map { ($0, economies.shortName($0)) }, uniquingKeysWith: { a, _ in a }))
  }

  /// Names from the given tables (ids and codes missing from them are shown as they are).
  public init(indicatorTitles: [String: String] = [:], economyNames: [String: String] = [:]) {
    self.indicatorTitles = indicatorTitles
    self.economyNames = economyNames
  }

  /// What the input file at `path` holds: a period's submission, a forum's targets or one of
  /// the configuration files.
  func input(_ path: String) -> String {
    let parts = path.split(separator: "/").map(String.init)
    let stem = parts.last.map { $0.hasSuffix(".yaml") ? String($0.dropLast(5)) : $0 } ?? path
    if parts.count == 4, parts[0] == "reports", parts[2] == "submissions" {
      return "\(stem) submission for \(parts[1])"
    }
    if parts.count == 3, parts[0] == "config", parts[1] == "targets" {
      return "\(stem) baselines and targets"
    }
    switch path {
    case "config/ctst.yaml": return "Reporting calendar and settings"
    case "config/strategy.yaml": return "Strategy framework"
    case "config/economies.yaml": return "Member economies"
    default: return "Configuration (\(stem))"
    }
  }

  /// The indicator's title.
  func indicator(_ id: String) -> String { indicatorTitles[id] ?? id }

  /// The economy's short name; "Overall" for a value given for all economies.
  func economy(_ code: String) -> String {
    code == "overall" ? "Overall" : economyNames[code] ?? code
  }
}
