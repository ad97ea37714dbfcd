import FoundationEssentials
import ReportKernel

/// `manifest.json` of an export run: what was read, what was written, what was found.
public struct ExportManifest: Codable, Sendable {
  /// One written file.
  public struct Output: Codable, Sendable {
    /// Path relative to the run directory.
    public let path: String
    /// Size in bytes.
    public let bytes: Int
    /// sha256, hex.
    public let sha256: String
  }

  /// One input file.
  public struct Input: Codable, Sendable {
    /// Path relative to the workspace root.
    public let path: String
    /// sha256, hex.
    public let sha256: String
  }

  /// The ctst version.
  public let toolVersion: String
  /// The job's name.
  public let job: String
  /// The period id.
  public let period: String
  /// UTC start time, ISO 8601.
  public let started: String
  /// UTC end time, ISO 8601.
  public let finished: String
  /// Inputs with checksums.
  public let inputs: [Input]
  /// Outputs with sizes and checksums.
  public let outputs: [Output]
  /// Findings, rendered `file:line:column: severity: message`.
  public let diagnostics: [String]
  /// The exit status of the run.
  public let exitStatus: Int
  /// What changed since the previous complete run of the job.
  public let changes: RunChanges?

  enum CodingKeys: String, CodingKey {
    case toolVersion = "tool_version"
    case job, period, started, finished, inputs, outputs, diagnostics, changes
    case exitStatus = "exit_status"
  }

  /// The manifest as stable, pretty JSON.
  public func encoded() throws -> Data {
    let encoder = JSONEncoder()
    encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
    return try encoder.encode(self)
  }

  /// The output record of the file at `url`, named `relative`.
  static func output(_ url: URL, relative: String) throws -> Output {
    let data = try FileSystem.read(url)
    return Output(path: relative, bytes: data.count, sha256: SHA256.hex([UInt8](data)))
  }
}
