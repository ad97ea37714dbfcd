import FoundationEssentials

/// A forum's submission file for a period, as read: decoded (possibly with problems), missing,
/// or unreadable.
public struct LoadedSubmission: Sendable {
  /// The forum id.
  public let forum: String
  /// The file's path relative to the root.
  public let path: String
  /// The decoded submission; nil when the file is missing or could not be parsed.
  public let submission: Submission?
  /// The file record, when it exists.
  public let file: InputFile?
  /// The schema and cross-reference findings.
  public let diagnostics: [Diagnostic]

  /// True when nothing was found at the path: the forum sent nothing. A file that is there but
  /// cannot be read (no permission; a folder, pipe or device in its place) is not missing: it
  /// has its `io.unreadable` error and counts as received but unreadable.
  public var isMissing: Bool {
    file == nil && !diagnostics.contains { $0.code == "io.unreadable" }
  }

  /// This file with its submission's source dropped (``Submission/droppingSource()``).
  func droppingSource() -> LoadedSubmission {
    LoadedSubmission(
      forum: forum, path: path, submission: submission?.droppingSource(), file: file,
      diagnostics: diagnostics)
  }

  /// This file with the values that `findings` report errors at withheld from its submission.
  func withholdingValues(failing findings: [Diagnostic]) -> LoadedSubmission {
    LoadedSubmission(
      forum: forum, path: path, submission: submission?.withholdingValues(failing: findings),
      file: file, diagnostics: diagnostics)
  }
}

/// Reads and checks the submissions of a period.
public struct SubmissionLoader: Sendable {
  /// The workspace.
  public let workspace: Workspace
  /// The file reader.
  public let reader: YAMLFileReader

  /// Creates a loader.
  public init(workspace: Workspace) {
    self.workspace = workspace
    self.reader = YAMLFileReader(root: workspace.root)
  }

  /// The folder of a period's submissions, relative to the root. Period ids are validated when
  /// the calendar is read, so the path never leaves `reports/`.
  public static func folder(for period: Period) -> String {
    "reports/\(period.id)/submissions"
  }

  /// Loads forum `module`'s submission for `period` and runs the kernel's and the module's
  /// schema and reference checks on it.
  public func load(_ module: any ForumModule, period: Period) -> LoadedSubmission {
    let path = "\(Self.folder(for: period))/\(module.descriptor.id).yaml"
    guard reader.exists(path) else {
      return LoadedSubmission(
        forum: module.descriptor.id, path: path, submission: nil, file: nil, diagnostics: [])
    }
    return load(module, period: period, file: path, shownAs: path)
  }

  /// Loads the file at `location` (relative to the root, or absolute: a file received by
  /// e-mail, anywhere) as forum `module`'s submission for `period`, naming it `path` in
  /// findings, and runs the same checks as on a filed submission.
  public func load(
    _ module: any ForumModule, period: Period, file location: String, shownAs path: String
  ) -> LoadedSubmission {
    let forum = module.descriptor
    let context = DecodingContext(file: path)
    let (root, file) = reader.read(location, shownAs: path, into: context)
    guard let root else {
      if file != nil, !context.diagnostics.hasErrors {
        context.error(
          "the submission is empty; run 'ctst template \(forum.id)' for a skeleton",
          at: .init(line: 1, column: 1), code: "submission.empty")
      }
      return LoadedSubmission(
        forum: forum.id, path: path, submission: nil, file: file,
        diagnostics: context.diagnostics)
    }
    let decoded = SubmissionDecoder.decode(root, file: path)
    guard var submission = decoded else {
      return LoadedSubmission(
        forum: forum.id, path: path, submission: nil, file: file,
        diagnostics: context.diagnostics)
    }
    submission.checksum = file?.sha256 ?? ""
    submission.source = context.source
    let validator = SubmissionValidator(
      forum: forum, period: period, strategy: workspace.strategy,
      economies: workspace.economies, knownForums: workspace.registeredForums)
    let header = root.location
    let findings = context.diagnostics + validator.validate(submission, header: header)
    return LoadedSubmission(
      forum: forum.id, path: path, submission: submission, file: file, diagnostics: findings)
  }

  /// Files in the period's submissions folder that belong to no enabled forum.
  public func strayFiles(period: Period) -> [Diagnostic] {
    let folder = Self.folder(for: period)
    let names =
      (try? FileManager.default.contentsOfDirectory(atPath: reader.url(folder).path)) ?? []
    let expected = workspace.modules.map { "\($0.descriptor.id).yaml" }
    return names.sorted().filter { !expected.contains($0) && !$0.hasPrefix(".") }.map { name in
      .warning(
        "\(folder)/\(name) belongs to no enabled forum and is ignored"
          + Suggestion.didYouMean(name, in: expected),
        at: SourceLocation(file: "\(folder)/\(name)"), code: "submission.stray_file")
    }
  }
}

extension SubmissionLoader {
  /// The `forum:` and `period:` a submission file names at its top, when the file can be read
  /// (nil for each that cannot): how `ctst validate FILE` tells whose submission a file is.
  public func header(of location: String) -> (forum: String?, period: String?) {
    let context = DecodingContext(file: location)
    guard let pairs = reader.read(location, into: context).root?.node.mapping else {
      return (nil, nil)
    }
    func value(_ key: String) -> String? {
      pairs.first { $0.key.scalar?.value == key }?.value.scalar?.value
    }
    return (value("forum"), value("period"))
  }
}
