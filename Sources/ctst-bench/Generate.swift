import ArgumentParser
import Foundation
import ReportForums
import ReportKernel

/// `ctst-bench generate`: writes a complete, valid workspace of a chosen size.
struct Generate: ParsableCommand {
  static let configuration = CommandConfiguration(
    abstract: "Write a synthetic workspace with N indicator values and M activities.",
    discussion: """
      The workspace has config/ (copied from --from, with the calendar and the economy list
      generated) and reports/<period>/submissions/<FORUM>.yaml for every forum the --from
      workspace enables, in at least two periods, ending with 2026. Values are placed newest period first; a period
      holds one value per overall indicator and one per economy and per-economy indicator, so
      the economy list grows with synthetic three-letter codes before older periods are added.
      The same seed gives the same bytes. Prints the plan; writes bench-window.txt listing the
      submissions `ctst consolidate` reads (the latest two periods).
      """)

  @Option(help: "Indicator values in total.")
  var values: Int

  @Option(help: "Activities in total.")
  var activities: Int = 0

  @Option(help: "Seed of the generator.")
  var seed: UInt64 = 1

  @Option(help: "The workspace folder to write.")
  var out: String

  @Option(help: "The workspace to copy config/ from.")
  var from: String = "."

  @Option(help: "Economies in the generated list (default: as few as fit the values).")
  var economies: Int?

  @Flag(help: "Replace config/, reports/ and bench-window.txt in an existing --out folder.")
  var force = false

  func validate() throws {
    guard values >= 0, activities >= 0 else {
      throw ValidationError("--values and --activities must not be negative")
    }
  }

  func run() throws {
    let source = URL(fileURLWithPath: from, isDirectory: true).standardizedFileURL
    let destination = URL(fileURLWithPath: out, isDirectory: true).standardizedFileURL
    guard source.path != destination.path else {
      throw ValidationError("--out must not be the workspace given by --from")
    }
    let loaded = WorkspaceLoader(root: source.path, registry: ForumRegistry.all).load()
    guard let shipped = loaded.value else {
      throw ValidationError("cannot load the workspace at \(source.path): run ctst validate")
    }
    let modules = shipped.modules
    let plan = try WorkspacePlan(
      values: values, activities: activities, modules: modules,
      memberCodes: shipped.economies.codes, economyCount: economies)
    try prepare(destination)
    try ConfigWriter(source: source, destination: destination)
      .write(plan: plan, members: shipped.economies)
    let writer = SubmissionWriter(
      plan: plan, synth: ValueSynth(draw: Draw(seed: seed), economies: plan.economies),
      pillars: shipped.strategy.pillars.map(\.id), partners: shipped.strategy.partners.map(\.id),
      forumIDs: modules.map(\.descriptor.id), seed: seed)
    var window: [String] = []
    for year in plan.years {
      let folder = "reports/\(year)/submissions"
      try FileManager.default.createDirectory(
        at: destination.appendingPathComponent(folder), withIntermediateDirectories: true)
      let total = plan.activitiesByYear[year] ?? 0
      for (index, module) in modules.enumerated() {
        let count = total / modules.count + (index < total % modules.count ? 1 : 0)
        let text = writer.text(forum: module.descriptor, year: year, activities: count)
        let path = "\(folder)/\(module.descriptor.id).yaml"
        try Data(text.utf8).write(to: destination.appendingPathComponent(path))
        if year >= plan.years[plan.years.count - 2] { window.append(path) }
      }
    }
    try Data(window.map { $0 + "\n" }.joined().utf8)
      .write(to: destination.appendingPathComponent("bench-window.txt"))
    let latest = plan.years.suffix(2).reduce(0) { $0 + (plan.valuesByYear[$1] ?? 0) }
    let periods = plan.years.map(String.init).joined(separator: ", ")
    print(
      "wrote \(destination.path): \(values) values, \(activities) activities,"
        + " \(plan.economies.count) economies, periods \(periods);"
        + " the latest two periods hold \(latest) values")
  }

  /// Creates `folder`, or empties the generated parts of it with `--force`.
  private func prepare(_ folder: URL) throws {
    let fileManager = FileManager.default
    let existing = (try? fileManager.contentsOfDirectory(atPath: folder.path)) ?? []
    if !existing.isEmpty {
      guard force else {
        throw ValidationError("\(folder.path) is not empty; add --force to replace it")
      }
      for name in ["config", "reports", "bench-window.txt"] {
        let item = folder.appendingPathComponent(name)
        if fileManager.fileExists(atPath: item.path) { try fileManager.removeItem(at: item) }
      }
    }
    try fileManager.createDirectory(at: folder, withIntermediateDirectories: true)
  }
}
