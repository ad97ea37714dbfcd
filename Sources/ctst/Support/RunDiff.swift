import FoundationEssentials
import ReportKernel
import ReportRender

/// `ctst export --diff RUN_A RUN_B`: what changed from one published run to another.
struct RunDiff {
  /// The two runs as given: folder names in the export folder, `latest`, or paths.
  let runs: [String]
  /// The job's export folder.
  let directory: URL

  /// Prints the changes, one line each, on stdout.
  func print() throws {
    let loaded = try runs.map { name throws(CommandFailure) -> RunHistory.Run in
      let url =
        name.contains("/")
        ? URL(fileURLWithPath: name, isDirectory: true)
        : directory.appendingPathComponent(name, isDirectory: true)
      do throws(OutputError) {
        return try RunHistory.load(url.resolvingSymlinksInPath())
      } catch {
        throw CommandFailure(
          status: .noInput,
          message: "error: run '\(name)': cannot read \(error.path): \(error.reason)")
      }
    }
    let changes = RunHistory.changes(from: loaded[0], to: loaded[1])
    let console = Console(root: ".")
    console.out("Changes from run \(loaded[0].name) to run \(loaded[1].name)")
    console.out(changes.summary)
    for path in changes.inputsAdded { console.out("  input added     \(path)") }
    for path in changes.inputsRemoved { console.out("  input removed   \(path)") }
    for path in changes.inputsChanged { console.out("  input changed   \(path)") }
    for value in changes.values {
      let item = "\(value.forum) \(value.indicator) \(value.economy)"
      console.out("  value           \(item): \(value.old ?? "(none)") → \(value.new ?? "(none)")")
    }
    for activity in changes.activitiesAdded {
      console.out("  activity added  \(activity.forum) \(activity.id): \(activity.title)")
    }
    for activity in changes.activitiesRemoved {
      console.out("  activity removed \(activity.forum) \(activity.id): \(activity.title)")
    }
    for finding in changes.findingsNew { console.out("  finding new     \(finding)") }
    for finding in changes.findingsResolved { console.out("  finding resolved \(finding)") }
  }
}
