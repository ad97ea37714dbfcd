import ReportKernel

/// The marks on figures that are not reported as measured: illustrative figures (invented to
/// illustrate) and estimates, declared with `quality:` in submissions and targets.
enum QualityMarks {
  /// The header of the marks column.
  static let title = "Not reported as measured"

  /// The note explaining the marks, once per table that shows one.
  static let note =
    "Not reported as measured: figures the submissions or targets declare illustrative"
    + " (invented to illustrate, not facts) or estimates (the forum's own estimate)."

  /// The note on activity tables that show a mark.
  static let activityNote =
    "Not reported as measured: activities whose dates, participants and amounts the"
    + " submission declares illustrative or estimated."

  /// "illustrative: baseline, target, actual; estimate: …" for a result, or nil when every
  /// figure shown is reported.
  static func mark(_ result: IndicatorResult) -> String? {
    var figures: [(Quality, String)] = []
    if result.baseline != nil { figures.append((result.baselineQuality, "baseline")) }
    if result.target != nil { figures.append((result.targetQuality, "target")) }
    if result.hasValue { figures.append((result.quality, "actual")) }
    return mark(figures)
  }

  /// "illustrative: a, b; estimate: c" from figures and their qualities; nil when all are
  /// reported.
  static func mark(_ figures: [(Quality, String)]) -> String? {
    let parts = [Quality.illustrative, .estimate].compactMap { quality -> String? in
      let named = figures.filter { $0.0 == quality }.map(\.1)
      guard let mark = quality.mark, !named.isEmpty else { return nil }
      return "\(mark): " + named.joined(separator: ", ")
    }
    return parts.isEmpty ? nil : parts.joined(separator: "; ")
  }

  /// The note on a forum's own section or table for `component` (every component when nil):
  /// the values it draws on that the submission declares illustrative or estimated; nil when
  /// there are none.
  static func sectionNote(_ forum: ForumAnalysis, component: String?, label: String) -> String? {
    let marked = forum.results.filter { result in
      (component == nil || result.definition.component == component) && result.hasValue
        && result.quality != .reported
    }
    guard !marked.isEmpty else { return nil }
    let parts = [Quality.illustrative, .estimate].compactMap { quality -> String? in
      let titles = marked.filter { $0.quality == quality }.map(\.definition.title)
      guard let mark = quality.mark, !titles.isEmpty else { return nil }
      return "\(mark): " + titles.joined(separator: "; ")
    }
    return "Not reported as measured: figures here draw on values \(label) declares "
      + parts.joined(separator: "; and ") + "."
  }

  /// "Targets from: forum work plan; illustrative." naming each source once, in order; nil
  /// when no result has a target.
  static func targetSources(_ results: [IndicatorResult]) -> String? {
    var sources: [String] = []
    for result in results where result.target != nil {
      let source = result.targetSource ?? "no source given"
      if !sources.contains(source) { sources.append(source) }
    }
    guard !sources.isEmpty else { return nil }
    return "Targets from: " + sources.joined(separator: "; ") + "."
  }
}
