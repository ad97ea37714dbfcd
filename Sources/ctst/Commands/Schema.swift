import ArgumentParser
import FoundationEssentials
import ReportKernel

/// `ctst schema FORUM`: the JSON Schema of a forum's submission, for editors.
struct Schema: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "schema",
    abstract: "Print the JSON Schema (draft 2020-12) of a forum's submission, for editors.",
    discussion: """
      The schema names the forum's indicators with their units, the economy codes, \
      components, pillars and every enumeration, with descriptions, from the definitions the \
      validator reads with. Templates point editors at schemas/<FORUM>.schema.json in the \
      workspace; write it there with --out. ctst validate stays the judge of a submission.

      Examples:
        ctst schema SCCP --out schemas/SCCP.schema.json
        ctst schema tel
      """)

  @Argument(help: ArgumentHelp("The forum id (CTTF, TPTWG, SCCP, BMG, TEL).", valueName: "forum"))
  var forum: String

  @OptionGroup var workspace: WorkspaceOptions

  @Option(
    help: ArgumentHelp(
      "Write the schema to this file, replacing it ('-': standard output, as without --out).",
      valueName: "file"))
  var out: String?

  func run() throws {
    try CTST.run {
      let (loaded, _) = try workspace.loadWorkspace()
      let module = try ForumName.module(forum, option: "<forum>", in: loaded)
      let text = try SubmissionSchema(workspace: loaded).text(for: module.descriptor)
      guard let out, out != "-" else {
        workspace.console.out(String(text.dropLast()))
        return
      }
      do {
        try SafeFileWriter.write(Data(text.utf8), to: out, replacing: true)
      } catch let failure as SafeFileWriter.Failure {
        throw CommandFailure(status: .cannotCreate, message: "error: \(failure.message)")
      }
      workspace.console.out(out)
    }
  }
}
