import ReportKernel

/// The BMG's own impossible inputs: RMAS detections by an economy not connected to RMAS,
/// virtual ABTCs from an economy outside the ABTC scheme, more virtual-card economies than
/// scheme members, and fractions of cards or passports. (Economy counts above the number of
/// members and negative counts are already the kernel's errors.)
enum BMGChecks {
  /// Every check, in the order of the submission's sections.
  static func run(_ input: ForumInput) -> [Diagnostic] {
    rmas(input) + virtualCards(input) + wholeCounts(input)
  }

  /// Detections reported by an economy that is not connected to RMAS.
  static func rmas(_ input: ForumInput) -> [Diagnostic] {
    let connected = input.submission.flags(BMGIndicators.rmasEconomies)
    let noneConnected =
      input.submission.overallNumber(BMGIndicators.rmasEconomies)?.value == 0
    let name = input.economies.name
    return input.submission.numbers(BMGIndicators.rmasDetections).compactMap {
      economy, detections, datum in
      guard detections > 0 else { return nil }
      let flag = connected[economy]
      guard flag?.value == false || (flag == nil && noneConnected) else { return nil }
      return .error(
        "\(name(economy)) reports \(NumberText.grouped(detections)) RMAS detections, but it is"
          + " reported as not connected to RMAS in \(BMGIndicators.rmasEconomies.id); only"
          + " connected economies can detect passports through RMAS, so correct one of the two",
        at: datum.location, code: "bmg.rmas_detections_without_rmas",
        notes: flag.map { [.init("RMAS connection reported here", at: $0.datum.location)] } ?? [])
    }
  }

  /// Virtual cards from economies outside the scheme, or from more economies than take part.
  static func virtualCards(_ input: ForumInput) -> [Diagnostic] {
    let members = input.submission.flags(BMGIndicators.abtcParticipation)
    let virtual = input.submission.flags(BMGIndicators.virtualABTC)
    let name = input.economies.name
    var found: [Diagnostic] = input.economies.codes.compactMap { code in
      guard let (issues, datum) = virtual[code], issues, let member = members[code],
        !member.value
      else { return nil }
      return .error(
        "\(name(code)) is reported as issuing virtual ABTCs, but as not taking part in the"
          + " ABTC scheme in \(BMGIndicators.abtcParticipation.id); a virtual card is an ABTC, so"
          + " correct one of the two",
        at: datum.location, code: "bmg.virtual_without_abtc",
        notes: [.init("ABTC participation reported here", at: member.datum.location)])
    }
    if let scheme = input.submission.overallNumber(BMGIndicators.abtcParticipation),
      let issuing = input.submission.overallNumber(BMGIndicators.virtualABTC),
      issuing.value > scheme.value, !scheme.isLowerBound
    {
      found.append(
        .error(
          "\(Int(issuing.value)) economies are reported as issuing virtual ABTCs, but only"
            + " \(Int(scheme.value)) take part in the ABTC scheme; every issuer must be a"
            + " scheme member, so correct one of the two counts",
          at: issuing.datum.location, code: "bmg.virtual_exceeds_abtc",
          notes: [.init("ABTC participation reported here", at: scheme.datum.location)]))
    }
    return found
  }

  /// Cards and passports are counted whole.
  static func wholeCounts(_ input: ForumInput) -> [Diagnostic] {
    var data: [(String, Datum)] = []
    if let active = input.submission.overallNumber(BMGIndicators.abtcActive) {
      data.append(("active ABTCs", active.datum))
    }
    for entry in input.submission.numbers(BMGIndicators.rmasDetections) {
      data.append(("RMAS detections for \(input.economies.name(entry.economy))", entry.datum))
    }
    return data.compactMap { what, datum in
      guard case .number(let value) = datum.value, value != value.rounded() else { return nil }
      return .error(
        "the number of \(what) must be a whole number, found \(value); cards and passports"
          + " are counted whole",
        at: datum.location, code: "bmg.fractional_count")
    }
  }
}
