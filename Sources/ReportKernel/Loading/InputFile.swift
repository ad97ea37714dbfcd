import FoundationEssentials
import Glibc
internal import ReportYAML

/// An input file read from the workspace: its path relative to the root, its bytes' checksum,
/// and its parsed YAML (or nil when it could not be parsed; the problem is in the context).
public struct InputFile: Sendable, Hashable, Codable {
  /// Path relative to the workspace root.
  public let path: String
  /// sha256 of the bytes, hex.
  public let sha256: String
  /// Size in bytes.
  public let bytes: Int
}

/// Reads and parses YAML files of a workspace, turning every failure into a located diagnostic.
public struct YAMLFileReader: Sendable {
  /// The workspace root (absolute or relative to the current directory).
  public let root: String
  /// The bounds enforced on every file (the YAML layer's standard limits).
  let limits: YAMLLimits

  /// Creates a reader for the workspace at `root`.
  public init(root: String) {
    self.init(root: root, limits: .standard)
  }

  /// Creates a reader with other bounds.
  init(root: String, limits: YAMLLimits) {
    self.root = root
    self.limits = limits
  }

  /// The absolute path of `relative` under the root; an absolute path is taken as it is (a
  /// file given on the command line, anywhere).
  public func url(_ relative: String) -> URL {
    if relative.hasPrefix("/") { return URL(fileURLWithPath: relative) }
    return URL(fileURLWithPath: root, isDirectory: true).appendingPathComponent(relative)
  }

  /// Whether something exists at `relative`: a file, or a folder, pipe or device in its place,
  /// which ``read(_:into:)`` then refuses with an error (a folder named like a submission is
  /// a submission that cannot be read, not one that was never sent).
  public func exists(_ relative: String) -> Bool {
    var status = stat()
    return stat(url(relative).path, &status) == 0
  }

  /// Reads and parses `relative`. Returns a reader of its root (nil for an empty file or a
  /// failure) and the file's record; problems go to `context`. A missing file is `io.missing`.
  public func read(_ relative: String, into context: DecodingContext) -> (
    root: ValueReader?, file: InputFile?
  ) {
    read(relative, shownAs: relative, into: context)
  }

  /// Reads and parses the file at `path` (relative to the root, or absolute), naming it `shown`
  /// in messages and in its record.
  public func read(_ path: String, shownAs relative: String, into context: DecodingContext) -> (
    root: ValueReader?, file: InputFile?
  ) {
    let path = url(path).path
    let bytes: [UInt8]
    switch Self.readBounded(path, limit: limits.maxBytes) {
    case .success(let read):
      bytes = read
    case .failure(.missing):
      context.add(
        .error(
          "cannot find \(relative)", at: SourceLocation(file: relative), code: "io.missing"))
      return (nil, nil)
    case .failure(.notRegular):
      context.add(
        .error(
          "cannot read \(relative): it is not a regular file (a folder, device or pipe)",
          at: SourceLocation(file: relative), code: "io.unreadable"))
      return (nil, nil)
    case .failure(.tooLarge(let size)):
      context.add(
        .error(
          "file is \(size) bytes; the limit is \(limits.maxBytes) bytes (YAMLLimits.maxBytes)",
          at: SourceLocation(file: relative, line: 1, column: 1), code: "yaml.tooLarge"))
      return (nil, nil)
    case .failure(.unreadable):
      context.add(
        .error(
          "cannot read \(relative): permission denied or not a file",
          at: SourceLocation(file: relative), code: "io.unreadable"))
      return (nil, nil)
    }
    let file = InputFile(path: relative, sha256: SHA256.hex(bytes), bytes: bytes.count)
    return (parse(bytes, into: context), file)
  }

  /// Why ``readBounded(_:limit:)`` read nothing.
  enum ReadFailure: Error {
    case missing
    case notRegular
    case tooLarge(Int)
    case unreadable
  }

  /// The bytes of the regular file at `path`, read only if it holds at most `limit` bytes.
  ///
  /// The size is checked on the open file before anything is read, and reading stops after
  /// `limit + 1` bytes, so a file that is huge, growing, or a device such as `/dev/zero` never
  /// costs more than `limit` bytes of memory; a pipe is refused without waiting for a writer.
  static func readBounded(_ path: String, limit: Int) -> Result<[UInt8], ReadFailure> {
    let descriptor = open(path, O_RDONLY | O_NONBLOCK | O_CLOEXEC)
    guard descriptor >= 0 else {
      return .failure(errno == ENOENT || errno == ENOTDIR ? .missing : .unreadable)
    }
    defer { close(descriptor) }
    var status = stat()
    guard fstat(descriptor, &status) == 0 else { return .failure(.unreadable) }
    guard status.st_mode & S_IFMT == S_IFREG else { return .failure(.notRegular) }
    guard status.st_size <= limit else { return .failure(.tooLarge(Int(status.st_size))) }
    guard
      let bytes = DescriptorRead.bytes(descriptor, limit: limit, reserve: Int(status.st_size))
    else { return .failure(.unreadable) }
    guard bytes.count <= limit else { return .failure(.tooLarge(bytes.count)) }
    return .success(bytes)
  }

  /// Parses bytes already read into a reader of the document's root (nil for an empty
  /// document or a failure); problems go to `context`.
  public func parse(_ bytes: [UInt8], into context: DecodingContext) -> ValueReader? {
    context.source = SourceLines(bytes)
    do {
      let document = try YAMLDocument(bytes: bytes, limits: limits)
      document.findings.forEach(context.add)
      return document.root.map { ValueReader(node: $0, path: "", context: context) }
    } catch {
      context.add(error)
      return nil
    }
  }
}
