import ArgumentParser

/// `ctst section` (being written).
struct Section: ParsableCommand {
  static let configuration = CommandConfiguration(abstract: "Not yet available.")

  @OptionGroup var workspace: WorkspaceOptions

  func run() throws {
    throw CommandFailure(status: .internalError, message: "error: not yet available")
  }
}
