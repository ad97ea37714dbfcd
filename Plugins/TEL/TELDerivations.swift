import ReportKernel

/// Each economy's standing on the three 2002 Leaders' cyber-security commitments.
struct CommitmentMatrix {
  /// Each economy's answers, in ``TELIndicators/commitments`` order.
  let flags: EconomyFlags

  /// One row per member economy, in APEC order by name.
  var rows: [EconomyFlags.Row] { flags.rows }

  /// The matrix for `input`, or nil when none of the three indicators was reported.
  init?(_ input: ForumInput) {
    let reports = TELIndicators.commitments.map { input.submission.indicator($0) }
    guard reports.contains(where: { $0.map { !$0.isEmpty } ?? false }) else { return nil }
    flags = EconomyFlags(
      TELIndicators.commitments, in: input.submission, economies: input.economies)
  }

  /// Economies meeting all three.
  var meeting: [EconomyFlags.Row] { rows.filter(\.allYes) }

  /// One line per economy that does not (yet) meet all three, for a reader to act on.
  var gapDetails: [String] {
    rows.filter { !$0.allYes }.map { "\($0.name): \(Self.gaps($0).joined(separator: "; "))" }
  }

  /// True when none is reported no but some are not reported: the economy may meet all three.
  static func isUndetermined(_ row: EconomyFlags.Row) -> Bool {
    !row.allYes && !row.answers.contains(false)
  }

  /// What the economy lacks or has not reported, e.g. "no 24/7 contact point".
  static func gaps(_ row: EconomyFlags.Row) -> [String] {
    zip(TELIndicators.commitments, row.answers).compactMap { definition, answer in
      switch answer {
      case false?: "no \(shortName(definition))"
      case nil: "\(shortName(definition)) not reported"
      case true?: nil
      }
    }
  }

  /// The commitment's name in a sentence.
  static func shortName(_ definition: IndicatorDefinition) -> String {
    switch definition.id {
    case TELIndicators.nationalCSIRT.id: "national CSIRT"
    case TELIndicators.cybercrimeLaw.id: "cybercrime legislation"
    default: "24/7 contact point"
    }
  }
}

/// The TEL's derived figures.
enum TELDerivations {
  /// Every derived value the submission supports.
  static func run(_ input: ForumInput) -> [DerivedValue] {
    guard let matrix = CommitmentMatrix(input) else { return [] }
    let total = matrix.rows.count
    let met = matrix.meeting.count
    let undetermined = matrix.rows.filter(CommitmentMatrix.isUndetermined).count
    let provenance = matrix.flags.locations
    // One list for both figures: it names every economy short of the three.
    let details = input.figuresOnly ? [] : matrix.gapDetails
    let caveat =
      undetermined > 0
      ? ", a lower bound because \(undetermined) more \(undetermined == 1 ? "has" : "have") not"
        + " reported all three" : ""
    let explanation =
      "\(met) of \(total) economies report a national CSIRT, cybercrime legislation and a"
      + " 24/7 contact point all in place\(caveat)."
    return [
      DerivedValue(
        indicator: TELIndicators.commitmentsMet.id, value: .number(Double(met)),
        isLowerBound: undetermined > 0, provenance: provenance, explanation: explanation,
        details: details),
      DerivedValue(
        indicator: TELIndicators.commitmentsMetShare.id,
        value: .ratio(numerator: Double(met), denominator: Double(total)),
        isLowerBound: undetermined > 0, provenance: provenance, explanation: explanation,
        details: details),
    ]
  }
}
