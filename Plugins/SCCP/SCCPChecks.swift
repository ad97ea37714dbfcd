import ReportKernel

/// The SCCP's own impossible inputs: an MRA pairing an economy with itself, an MRA with an
/// economy whose AEO programme is reported as not operational, and more economies in MRAs
/// than are counted with an AEO programme. (An AEO count above the number of members is
/// already the kernel's `value.range` error.)
enum SCCPChecks {
  /// Every check, in the order of the submission's sections.
  static func run(_ input: ForumInput) -> [Diagnostic] {
    mras(input) + mraCoverage(input)
  }

  /// Each economy's MRA partner list against itself and the AEO programmes reported.
  static func mras(_ input: ForumInput) -> [Diagnostic] {
    let aeo = input.submission.flags(SCCPIndicators.aeoOperational)
    let name = input.economies.name
    var found: [Diagnostic] = []
    for (economy, partners, datum) in input.submission.economyLists(SCCPIndicators.mraPartners) {
      if partners.contains(economy) {
        found.append(
          .error(
            "\(name(economy)) lists itself ('\(economy)') as an AEO MRA partner; an MRA is"
              + " an arrangement between two customs administrations, so remove '\(economy)'"
              + " from its list",
            at: datum.location, code: "sccp.mra_self_pair"))
      }
      if let (operational, aeoDatum) = aeo[economy], !operational {
        found.append(
          .error(
            "\(name(economy)) reports AEO MRA partners, but its AEO programme is reported as"
              + " not operational in \(SCCPIndicators.aeoOperational.id); an MRA recognises an"
              + " operational programme, so correct one of the two",
            at: datum.location, code: "sccp.mra_without_aeo",
            notes: [.init("AEO programme reported here", at: aeoDatum.location)]))
      }
      let inactive = partners.filter { $0 != economy && aeo[$0]?.value == false }
      for partner in Set(inactive).sorted() {
        found.append(
          .error(
            "\(name(economy)) lists \(name(partner)) as an AEO MRA partner, but"
              + " \(name(partner))'s AEO programme is reported as not operational in"
              + " \(SCCPIndicators.aeoOperational.id); correct the partner list or the programme"
              + " status",
            at: datum.location, code: "sccp.mra_partner_without_aeo",
            notes: aeo[partner].map {
              [.init("AEO programme reported here", at: $0.datum.location)]
            }
              ?? []))
      }
      let repeated = Dictionary(grouping: partners, by: { $0 }).filter { $0.value.count > 1 }
      for partner in repeated.keys.sorted() {
        found.append(
          .warning(
            "\(name(economy)) lists \(name(partner)) more than once as an AEO MRA partner;"
              + " list each partner once",
            at: datum.location, code: "sccp.mra_duplicate_partner"))
      }
    }
    return found
  }

  /// An overall AEO count smaller than the number of economies that the MRAs reported join.
  static func mraCoverage(_ input: ForumInput) -> [Diagnostic] {
    guard
      let (count, datum, _) = input.submission.overallNumber(SCCPIndicators.aeoOperational)
    else { return [] }
    var inMRAs = Set<String>()
    for (economy, partners, _) in input.submission.economyLists(SCCPIndicators.mraPartners) {
      let others = partners.filter { $0 != economy && input.economies.isMember($0) }
      if !others.isEmpty { inMRAs.insert(economy) }
      inMRAs.formUnion(others)
    }
    guard Double(inMRAs.count) > count, count <= Double(input.economies.count) else { return [] }
    return [
      .error(
        "\(Wording.count(inMRAs.count, "economy takes", "economies take")) part in the AEO MRAs reported in"
          + " \(SCCPIndicators.mraPartners.id), but only \(Int(count)) are counted with an"
          + " operational AEO programme; every MRA partner needs one, so raise the count or"
          + " correct the partner lists",
        at: datum.location, code: "sccp.mra_economies_exceed_aeo")
    ]
  }
}
