import ReportKernel

/// Each economy's standing on the three 2002 Leaders' cyber-security commitments.
struct CommitmentMatrix {
  /// One economy's answers.
  struct Row {
    /// The economy code.
    let code: String
    /// The economy's display name.
    let name: String
    /// Yes, no or not reported, per commitment in ``TELIndicators/commitments`` order.
    let answers: [Bool?]
    /// Where the reported answers were written.
    let locations: [SourceLocation]

    /// True when all three are reported yes.
    var meetsAll: Bool { answers.allSatisfy { $0 == true } }

    /// True when none is reported no but some are not reported: it may meet all three.
    var isUndetermined: Bool { !meetsAll && !answers.contains(false) }

    /// What the economy lacks or has not reported, e.g. "no 24/7 contact point".
    var gaps: [String] {
      zip(TELIndicators.commitments, answers).compactMap { definition, answer in
        switch answer {
        case false?: "no \(CommitmentMatrix.shortName(definition))"
        case nil: "\(CommitmentMatrix.shortName(definition)) not reported"
        case true?: nil
        }
      }
    }
  }

  /// One row per member economy, in code order.
  let rows: [Row]

  /// The matrix for `input`, or nil when none of the three indicators was reported.
  init?(_ input: ForumInput) {
    let reports = TELIndicators.commitments.map { input.submission.indicator($0.id) }
    guard reports.contains(where: { $0.map { !$0.isEmpty } ?? false }) else { return nil }
    rows = input.economies.codes.map { code in
      let data = reports.map { $0?.value(for: code) }
      let answers = data.map { datum -> Bool? in
        guard case .flag(let flag)? = datum?.value else { return nil }
        return flag
      }
      return Row(
        code: code, name: input.economies.name(code), answers: answers,
        locations: data.compactMap { $0?.location })
    }
  }

  /// Economies meeting all three.
  var meeting: [Row] { rows.filter(\.meetsAll) }

  /// One line per economy that does not (yet) meet all three, for a reader to act on.
  var gapDetails: [String] {
    rows.filter { !$0.meetsAll }.map { "\($0.name): \($0.gaps.joined(separator: "; "))" }
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
    let undetermined = matrix.rows.filter(\.isUndetermined).count
    let provenance = matrix.rows.flatMap(\.locations)
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
        details: matrix.gapDetails),
      DerivedValue(
        indicator: TELIndicators.commitmentsMetShare.id,
        value: .ratio(numerator: Double(met), denominator: Double(total)),
        isLowerBound: undetermined > 0, provenance: provenance, explanation: explanation,
        details: matrix.gapDetails),
    ]
  }
}
