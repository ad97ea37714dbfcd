/// Each member economy's yes/no answers to several per-economy indicators, for a table with
/// one row per economy and one column per indicator (ABTC, API, RMAS; the three 2002
/// cyber-security commitments).
public struct EconomyFlags: Sendable {
  /// One economy's answers.
  public struct Row: Sendable {
    /// The economy code.
    public let code: String
    /// The economy's display name.
    public let name: String
    /// Yes, no or not reported, one per indicator in ``EconomyFlags/indicators`` order.
    public let answers: [Bool?]
    /// The reported answers' data, one per indicator; nil where none was reported.
    public let data: [Datum?]

    /// True when at least one answer was reported.
    public var isReported: Bool { answers.contains { $0 != nil } }
    /// True when every answer is yes.
    public var allYes: Bool { answers.allSatisfy { $0 == true } }
    /// Where the reported answers were written.
    public var locations: [SourceLocation] { data.compactMap { $0?.location } }
    /// One cell per answer: "Yes", "No" or "Not reported".
    public var cells: [ReportCell] { answers.map { ReportCell.yesNo($0) } }
  }

  /// The indicators, one per column.
  public let indicators: [IndicatorDefinition]
  /// One row per member economy, in APEC order by name.
  public let rows: [Row]

  /// The answers `submission` reports to `indicators`, for every economy in `economies`.
  public init(
    _ indicators: [IndicatorDefinition], in submission: Submission, economies: EconomyList
  ) {
    self.indicators = indicators
    // Each report's values placed by the APEC rank of their economy, the first value of a code
    // given twice (as ``IndicatorReport/value(for:)`` finds it): one look-up per value, not
    // one per economy and indicator.
    let byRank = indicators.map { indicator -> [Datum?] in
      var placed = [Datum?](repeating: nil, count: economies.count)
      for (code, datum) in submission.indicator(indicator.id)?.byEconomy ?? [] {
        if let rank = economies.rank(code), placed[rank] == nil { placed[rank] = datum }
      }
      return placed
    }
    rows = economies.all.map { economy in
      // A code listed twice in the configuration is the first economy of that code.
      let rank = economies.rank(economy.code) ?? 0
      let data = byRank.map { $0[rank] }
      let answers = data.map { datum -> Bool? in
        guard case .flag(let flag)? = datum?.value else { return nil }
        return flag
      }
      return Row(
        code: economy.code, name: economies.all[rank].name, answers: answers, data: data)
    }
  }

  /// Where every reported answer was written, row by row (each row's ``Row/locations``).
  public var locations: [SourceLocation] {
    var locations: [SourceLocation] = []
    for row in rows {
      for datum in row.data {
        if let datum { locations.append(datum.location) }
      }
    }
    return locations
  }

  /// True when any economy reported any of the indicators.
  public var isEmpty: Bool { !rows.contains(where: \.isReported) }

  /// The answer economy `code` gave to `indicator`, or nil when it gave none.
  public func answer(_ code: String, _ indicator: IndicatorDefinition) -> Bool? {
    guard let column = column(indicator) else { return nil }
    return rows.first { $0.code == code }?.answers[column]
  }

  /// The datum economy `code` reported for `indicator`, or nil when it reported none.
  public func datum(_ code: String, _ indicator: IndicatorDefinition) -> Datum? {
    guard let column = column(indicator) else { return nil }
    return rows.first { $0.code == code }?.data[column]
  }

  /// The rows whose answer to `indicator` is `answer`, in APEC order by name.
  public func rows(answering answer: Bool, to indicator: IndicatorDefinition) -> [Row] {
    guard let column = column(indicator) else { return [] }
    return rows.filter { $0.answers[column] == answer }
  }

  /// The column of `indicator`.
  private func column(_ indicator: IndicatorDefinition) -> Int? {
    indicators.firstIndex { $0.id == indicator.id }
  }
}
