import ArgumentParser

/// `--out` of the commands that write a folder of files (`consolidate`, `section`, `review`,
/// `export`). `-`, standard output for the commands that write one file (`template`,
/// `schema`), cannot hold several files; as a folder name it would be taken for that.
enum FolderOption {
  /// Refuses `--out -` as a usage error (exit 64) that says what to write instead.
  static func validate(_ out: String?) throws {
    guard out == "-" else { return }
    throw ValidationError(
      "--out names the folder the files are written into, and '-' (standard output) cannot"
        + " hold several files: name a folder, such as --out ./reports-out")
  }
}
