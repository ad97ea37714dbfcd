import ReportKernel

/// The BMG's derived figure: the growth in active ABTCs.
enum BMGDerivations {
  /// Derives ``BMGIndicators/abtcGrowth`` from this period's and the previous period's active
  /// ABTCs (`input.previous`).
  ///
  /// When only this period's figure is a lower bound ("more than 405,000"), the growth is a
  /// lower bound too. When the previous figure is one, the true growth may be smaller than
  /// computed, so it is not marked as a lower bound and the explanation says so.
  static func run(_ input: ForumInput) -> [DerivedValue] {
    [abtcGrowth(input)].compactMap { $0 }
  }

  /// The growth in active ABTCs, or nil when either period's figure is missing or the
  /// previous one is zero, or so small the growth is no figure (``ExactFigures/quotient(_:_:)``:
  /// 405,000 cards after 2e-301 showed as "inf%").
  static func abtcGrowth(_ input: ForumInput) -> DerivedValue? {
    guard let now = input.submission.overallNumber(BMGIndicators.abtcActive),
      let before = input.previous?.overallNumber(BMGIndicators.abtcActive),
      before.value > 0
    else { return nil }
    let change = now.value - before.value
    guard let share = ExactFigures.quotient(change, before.value) else { return nil }
    let thisPeriod = input.period.id
    let lastPeriod = input.previousPeriod?.id ?? input.previous?.period ?? "the previous period"
    let figure = { (value: Double, bound: Bool) in
      (bound ? "more than " : "") + NumberText.grouped(value)
    }
    let signed = (change >= 0 ? "+" : "") + NumberText.grouped(change)
    var explanation =
      "Active ABTCs went from \(figure(before.value, before.isLowerBound)) (\(lastPeriod)) to"
      + " \(figure(now.value, now.isLowerBound)) (\(thisPeriod)), \(signed) or"
      + " \(NumberText.percent(share))"
    var details: [String] = []
    switch (now.isLowerBound, before.isLowerBound) {
    case (false, false):
      explanation += "."
    case (true, false):
      explanation += ", a lower bound because the \(thisPeriod) figure is one."
      details.append(
        "The growth is at least \(NumberText.percent(share)); an exact \(thisPeriod) card count"
          + " from the ABTC system would give the exact growth.")
    case (false, true):
      explanation += ", at most: the \(lastPeriod) figure is a lower bound."
      details.append(
        "The growth may be smaller than \(NumberText.percent(share)); record an exact"
          + " \(lastPeriod) card count to state it exactly.")
    case (true, true):
      explanation += ", indicative only: both figures are lower bounds."
      details.append(
        "Both figures are \"more than\" values, so the growth cannot be bounded; record exact"
          + " card counts from the ABTC system for \(lastPeriod) and \(thisPeriod).")
    }
    if change < 0, !now.isLowerBound {
      details.append(
        "Fewer cards are active than in \(lastPeriod): check expiries against renewals with the"
          + " issuing economies.")
    }
    return DerivedValue(
      indicator: BMGIndicators.abtcGrowth.id,
      value: .ratio(numerator: change, denominator: before.value),
      isLowerBound: now.isLowerBound && !before.isLowerBound,
      provenance: [before.datum.location, now.datum.location], explanation: explanation,
      details: details)
  }
}
