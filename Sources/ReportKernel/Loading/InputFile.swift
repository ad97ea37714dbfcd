import Foundation
import ReportYAML

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
  /// The bounds enforced on every file.
  public let limits: YAMLLimits

  /// Creates a reader for the workspace at `root`.
  public init(root: String, limits: YAMLLimits = .standard) {
    self.root = root
    self.limits = limits
  }

  /// The absolute path of `relative` under the root.
  public func url(_ relative: String) -> URL {
    URL(fileURLWithPath: root, isDirectory: true).appendingPathComponent(relative)
  }

  /// Whether `relative` exists as a regular file.
  public func exists(_ relative: String) -> Bool {
    var isDirectory: ObjCBool = false
    return FileManager.default.fileExists(atPath: url(relative).path, isDirectory: &isDirectory)
      && !isDirectory.boolValue
  }

  /// Reads and parses `relative`. Returns the root node (nil for an empty file or a failure)
  /// and the file's record; problems go to `context`. A missing file is `io.missing`.
  public func read(_ relative: String, into context: DecodingContext) -> (
    root: YAMLNode?, file: InputFile?
  ) {
    let path = url(relative).path
    guard let attributes = try? FileManager.default.attributesOfItem(atPath: path) else {
      context.add(
        .error(
          "cannot find \(relative)", at: SourceLocation(file: relative), code: "io.missing"))
      return (nil, nil)
    }
    let size = (attributes[.size] as? NSNumber)?.intValue ?? 0
    guard size <= limits.maxBytes else {
      context.add(
        .error(
          "file is \(size) bytes; the limit is \(limits.maxBytes) bytes (YAMLLimits.maxBytes)",
          at: SourceLocation(file: relative, line: 1, column: 1), code: "yaml.tooLarge"))
      return (nil, nil)
    }
    guard let data = FileManager.default.contents(atPath: path) else {
      context.add(
        .error(
          "cannot read \(relative): permission denied or not a file",
          at: SourceLocation(file: relative), code: "io.unreadable"))
      return (nil, nil)
    }
    let bytes = [UInt8](data)
    let file = InputFile(path: relative, sha256: SHA256.hex(bytes), bytes: bytes.count)
    return (parse(bytes, into: context), file)
  }

  /// Parses bytes already read; problems go to `context`.
  public func parse(_ bytes: [UInt8], into context: DecodingContext) -> YAMLNode? {
    do {
      let document = try YAMLDocument(bytes: bytes, limits: limits)
      document.findings.forEach(context.add)
      return document.root
    } catch {
      context.add(error)
      return nil
    }
  }
}
