/// Values the process keeps until it exits.
///
/// A report command's model (the workspace, the analysis and the document: some 25,000
/// objects on the sample, millions at 1,000,000 values) is needed until the last file is
/// written and the command then ends. Freeing it object by object at that point costs half a
/// millisecond on the sample (about 1% of the command) and nobody waits for the result; the
/// process's exit returns the memory at once, as compilers do with their syntax trees.
enum KeptUntilExit {
  private final class Kept: @unchecked Sendable {
    let value: Any
    init(_ value: Any) { self.value = value }
  }

  /// Keeps `value` (and everything it refers to) alive until the process exits.
  static func keep(_ value: Any) {
    _ = Unmanaged.passRetained(Kept(value))
  }
}
