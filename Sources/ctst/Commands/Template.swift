import ArgumentParser
import FoundationEssentials
import Glibc
import ReportKernel
import ReportRender

/// `ctst template FORUM`: a commented submission skeleton for a forum lead.
struct Template: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "template",
    abstract: "Write a commented YAML skeleton of a forum's submission for a period.",
    discussion: """
      Lists every indicator with its unit, direction, baseline and target (per-economy \
      indicators with every economy, filled in from the previous period where there is one), \
      every component's narrative, and last period's activities as a starting point. It \
      validates as is: blank values are warnings while the status is draft.

      With --out FILE the skeleton is written to FILE, all at once or not at all; an existing \
      file is never replaced unless --force is given (exit 73, cannot create output). Without \
      --out it is printed.

      Examples:
        ctst template BMG --out reports/2026/submissions/BMG.yaml
        ctst template CTTF --period 2025
      """)

  @Argument(help: ForumArgument.help("The forum id"), completion: ForumArgument.completion)
  var forum: String

  @OptionGroup var workspace: WorkspaceOptions

  @Option(
    help: ArgumentHelp(
      "Write the skeleton to this file ('-': standard output, as without --out).", valueName: "file"
    ))
  var out: String?

  @Flag(help: "With --out, replace the file if it exists.")
  var force = false

  func run() throws {
    try CTST.run {
      let (loaded, _) = try workspace.loadWorkspace()
      let period = try workspace.resolvePeriod(in: loaded)
      let module = try ForumName.module(forum, option: "<forum>", in: loaded)
      let previous = loaded.config.previous(before: period).flatMap {
        SubmissionLoader(workspace: loaded).load(module, period: $0).submission
      }
      let text = TemplateWriter(workspace: loaded).template(
        for: module, period: period, previous: previous)
      guard let out, out != "-" else {
        workspace.console.out(text.hasSuffix("\n") ? String(text.dropLast()) : text)
        return
      }
      do {
        try SafeFileWriter.write(Data(text.utf8), to: out, replacing: force)
      } catch let failure as SafeFileWriter.Failure {
        throw CommandFailure(status: .cannotCreate, message: "error: \(failure.message)")
      }
      workspace.console.out(out)
    }
  }
}

/// Writes a file all at once or not at all: the bytes go to a temporary file in the same
/// folder, which is then linked into place (failing if the file exists) or, when replacing,
/// renamed over it. A crash, a full disk or an existing file leaves no partial or empty file.
enum SafeFileWriter {
  /// Why nothing was written.
  struct Failure: Error {
    let message: String
  }

  static func write(_ data: Data, to path: String, replacing: Bool) throws(Failure) {
    let target = URL(fileURLWithPath: path)
    let folder = target.deletingLastPathComponent()
    guard FileSystem.isDirectory(folder.path) else {
      throw Failure(message: "cannot write \(path): the folder \(folder.path) does not exist")
    }
    if !replacing, FileManager.default.fileExists(atPath: target.path) {
      throw Failure(
        message: "\(path) exists; nothing was written. Give another --out, or add --force to"
          + " replace it")
    }
    let temporary = folder.appendingPathComponent(
      ".\(target.lastPathComponent).\(ProcessInfo.processInfo.processIdentifier).tmp")
    guard FileManager.default.createFile(atPath: temporary.path, contents: data) else {
      throw Failure(message: "cannot write \(path): the folder is not writable or the disk is full")
    }
    defer { try? FileManager.default.removeItem(at: temporary) }
    if replacing {
      guard rename(temporary.path, target.path) == 0 else {
        throw Failure(message: "cannot write \(path): \(String(cString: strerror(errno)))")
      }
    } else {
      // link() fails if the target appeared meanwhile: never replaces a file.
      guard link(temporary.path, target.path) == 0 else {
        let reason =
          errno == EEXIST
          ? "it exists; add --force to replace it" : String(cString: strerror(errno))
        throw Failure(message: "cannot write \(path): \(reason); nothing was written")
      }
    }
  }
}
