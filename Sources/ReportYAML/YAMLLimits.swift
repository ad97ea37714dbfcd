/// The bounds that keep hostile input from exhausting memory, stack or time.
///
/// Each bound is a named constant; reaching one is a located ``YAMLError``, never a crash.
public struct YAMLLimits: Sendable, Hashable {
  /// The largest source accepted, in bytes (default 16 MiB).
  public var maxBytes: Int
  /// The deepest nesting of lists and mappings accepted (default 64).
  public var maxDepth: Int
  /// The most nodes a document may hold, counting every node an alias expands to
  /// (default 4,000,000). A "billion laughs" file reaches it after a few thousand expansions.
  public var maxNodes: Int

  /// The most bytes of scalar text a document may hold, counting the text of every node an
  /// alias expands to (default 32 MiB). Without aliases a document holds less text than its
  /// file; with them, one long text reused thousands of times would cost every later step
  /// (checks, reports) time and memory in proportion to the expansion.
  public var maxTextBytes: Int

  /// Creates limits.
  public init(
    maxBytes: Int = 16 << 20, maxDepth: Int = 64, maxNodes: Int = 4_000_000,
    maxTextBytes: Int = 32 << 20
  ) {
    self.maxBytes = maxBytes
    self.maxDepth = maxDepth
    self.maxNodes = maxNodes
    self.maxTextBytes = maxTextBytes
  }

  /// The limits ctst uses for every file it reads.
  public static let standard = YAMLLimits()
}
