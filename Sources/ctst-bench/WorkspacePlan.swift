import ReportKernel

/// The shape of a generated workspace: which economies and periods it has and how many
/// indicator values and activities each period's submissions hold.
///
/// `ctst consolidate` reads the reported period and the one before it, so values are placed
/// newest period first: the two latest periods are filled before any older one. A period
/// holds at most one value per overall indicator and one per economy and per-economy
/// indicator, so the economy list grows beyond the 21 members (with synthetic three-letter
/// codes, up to all 17,576) before more periods are added.
struct WorkspacePlan {
  /// The most economies three capital letters can name.
  static let maxEconomies = 26 * 26 * 26
  /// The latest generated period; the shipped targets name it and the one before.
  static let latestYear = 2026
  /// The earliest year a generated period may start: CTTF rejects CTAP dates before 2003, and
  /// a period's dates may lie in the year before it.
  static let earliestYear = 2004

  /// The submitted (not derived) overall indicators, in registry and catalogue order.
  let overall: [(forum: String, definition: IndicatorDefinition)]
  /// The submitted per-economy indicators, in registry and catalogue order.
  let perEconomy: [(forum: String, definition: IndicatorDefinition)]
  /// Every economy code, sorted.
  let economies: [String]
  /// The period years, oldest first.
  let years: [Int]
  /// Indicator values per period, by year.
  let valuesByYear: [Int: Int]
  /// Activities per period, by year.
  let activitiesByYear: [Int: Int]

  /// The values one period can hold.
  var capacity: Int { overall.count + perEconomy.count * economies.count }

  /// Plans `values` values and `activities` activities for `modules`, with `memberCodes`
  /// first among the economies and `economyCount` economies in all (nil: as few as fit the
  /// values into the two latest periods).
  init(
    values: Int, activities: Int, modules: [any ForumModule], memberCodes: [String],
    economyCount: Int?
  ) throws(PlanError) {
    var overall: [(String, IndicatorDefinition)] = []
    var perEconomy: [(String, IndicatorDefinition)] = []
    for module in modules {
      for definition in module.descriptor.indicators where !definition.isDerived {
        if definition.breakdown == .byEconomy {
          perEconomy.append((module.descriptor.id, definition))
        } else {
          overall.append((module.descriptor.id, definition))
        }
      }
    }
    guard !perEconomy.isEmpty else { throw PlanError("no per-economy indicator to fill") }
    self.overall = overall
    self.perEconomy = perEconomy
    let perPeriod = (values + 1) / 2
    let wanted =
      economyCount
      ?? (perPeriod - overall.count + perEconomy.count - 1) / perEconomy.count
    let count = min(max(wanted, memberCodes.count), Self.maxEconomies)
    if let economyCount, economyCount != count {
      throw PlanError(
        "--economies must be from \(memberCodes.count) to \(Self.maxEconomies),"
          + " found \(economyCount)")
    }
    economies = Self.codes(count, members: memberCodes)
    let capacity = overall.count + perEconomy.count * count
    let periodCount = max(2, (values + capacity - 1) / capacity)
    let maxPeriods = Self.latestYear - Self.earliestYear + 1
    guard periodCount <= maxPeriods else {
      throw PlanError(
        "\(values) values need \(periodCount) periods with \(count) economies, more than the"
          + " \(maxPeriods) generated years allow; use more economies")
    }
    years = Array((Self.latestYear - periodCount + 1)...Self.latestYear)
    var remaining = values
    var valuesByYear: [Int: Int] = [:]
    for year in years.reversed() {
      valuesByYear[year] = min(remaining, capacity)
      remaining -= valuesByYear[year] ?? 0
    }
    self.valuesByYear = valuesByYear
    var activitiesByYear: [Int: Int] = [:]
    for (index, year) in years.reversed().enumerated() {
      activitiesByYear[year] =
        activities / periodCount + (index < activities % periodCount ? 1 : 0)
    }
    self.activitiesByYear = activitiesByYear
  }

  /// The member codes, then synthetic codes from `AAA` on that are not members, sorted.
  static func codes(_ count: Int, members: [String]) -> [String] {
    var codes = Array(members.prefix(count))
    let taken = Set(members)
    let letters = Array("ABCDEFGHIJKLMNOPQRSTUVWXYZ")
    var index = 0
    while codes.count < count, index < maxEconomies {
      let code = String([letters[index / 676], letters[index / 26 % 26], letters[index % 26]])
      if !taken.contains(code) { codes.append(code) }
      index += 1
    }
    return codes.sorted()
  }

  /// How many economies each per-economy indicator reports in a period of `values` values:
  /// the overall indicators come first, the rest is spread evenly, earlier indicators taking
  /// the remainder (so a count an indicator depends on never covers fewer economies).
  func economiesPerIndicator(values: Int) -> (overall: Int, perEconomy: [Int]) {
    let overallCount = min(values, overall.count)
    let rest = values - overallCount
    let base = rest / perEconomy.count
    let extra = rest % perEconomy.count
    return (overallCount, perEconomy.indices.map { base + ($0 < extra ? 1 : 0) })
  }
}

/// A size that cannot be generated.
struct PlanError: Error, CustomStringConvertible {
  /// What is wrong.
  let description: String

  init(_ description: String) {
    self.description = description
  }
}
