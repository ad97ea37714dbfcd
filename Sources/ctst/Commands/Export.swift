import ArgumentParser

/// `ctst export` (being written).
struct Export: ParsableCommand {
  static let configuration = CommandConfiguration(abstract: "Not yet available.")

  @OptionGroup var workspace: WorkspaceOptions

  func run() throws {
    throw CommandFailure(status: .internalError, message: "error: not yet available")
  }
}
