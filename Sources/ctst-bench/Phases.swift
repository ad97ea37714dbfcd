import ArgumentParser
import Dispatch
import ReportCompose
import ReportForums
import ReportKernel

/// `ctst-bench phases`: times the kernel's phases in one process, cold and then warm, to tell
/// one-time costs (runtime metadata, first use of code) from work that grows with the data.
struct Phases: ParsableCommand {
  static let configuration = CommandConfiguration(
    abstract: "Time loading, analysing and building the consolidated report, cold and warm.")

  @Option(help: "The workspace folder.")
  var root: String = "."

  @Option(help: "Warm repetitions after the first (cold) one.")
  var repeats: Int = 3

  func run() throws {
    for round in 0...max(repeats, 0) {
      var clock = ContinuousClock.now
      func lap() -> String {
        let now = ContinuousClock.now
        defer { clock = now }
        let elapsed = (now - clock).components
        let ms = Double(elapsed.seconds) * 1000 + Double(elapsed.attoseconds) / 1e15
        return String(Int(ms.rounded())) + " ms"
      }
      let loaded = WorkspaceLoader(root: root, registry: ForumRegistry.all).load()
      let load = lap()
      guard let workspace = loaded.value, let period = workspace.period(nil) else {
        throw ValidationError("cannot load the workspace at \(root)")
      }
      let analysis = Analyzer(workspace: workspace).analyze(
        period, generalDiagnostics: loaded.diagnostics)
      let analyse = lap()
      let document = ReportBuilder(analysis: analysis, toolVersion: "bench").consolidated()
      // The parts are composed on another thread: the build is done once they are.
      _ = document.parts
      let build = lap()
      let rows = document.sheets.data.rows.count
      print(
        "\(round == 0 ? "cold" : "warm"): config \(load), analysis \(analyse),"
          + " build \(build) (\(rows) data rows)")
    }
  }
}
