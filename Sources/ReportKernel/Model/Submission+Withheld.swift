/// Values that failed validation are withheld: they enter no computation and no report as a
/// figure, and count as no data for their indicator.
extension Submission {
  /// This submission without the indicator values that `findings` report errors at: a value
  /// (or per-economy entry) with an error at its place is dropped, and a whole indicator with
  /// an error at its entry. Indicators that lost a value record its place in
  /// ``IndicatorReport/withheld``.
  public func withholdingValues(failing findings: [Diagnostic]) -> Submission {
    let places = LocationSet(findings.lazy.filter { $0.severity == .error }.compactMap(\.location))
    guard !places.isEmpty else { return self }
    var clean = self
    clean.indicators = indicators.map { report in
      var report = report
      if places.contains(report.location), !report.isEmpty {
        report.overall = nil
        report.byEconomy = []
        report.withheld = [report.location]
        return report
      }
      if let overall = report.overall, places.contains(overall.location) {
        report.overall = nil
        report.withheld.append(overall.location)
      }
      let dropped = report.byEconomy.filter { places.contains($0.datum.location) }
      if !dropped.isEmpty {
        report.byEconomy.removeAll { places.contains($0.datum.location) }
        report.withheld += dropped.map(\.datum.location)
      }
      return report
    }
    return clean
  }

  /// True when any value of this submission was withheld for its errors.
  public var hasWithheldValues: Bool { indicators.contains(where: \.hasWithheldValues) }
}
