internal import ReportYAML

/// Collects the findings of decoding one file, so one pass reports every problem it can.
public final class DecodingContext {
  /// The file being decoded, relative to the workspace root.
  public let file: String
  /// The file as written, once read, to place a finding inside a text.
  public internal(set) var source = SourceLines([])
  /// Everything found so far, in the order found.
  public private(set) var diagnostics: [Diagnostic] = []

  /// Creates a context for `file`.
  public init(file: String) {
    self.file = file
    fileNumber = FileNames.shared.number(of: file)
  }

  /// `file`'s number in ``FileNames``, looked up once for every location made here.
  private let fileNumber: UInt32

  /// The location of `mark` in this file.
  func location(_ mark: Mark) -> SourceLocation {
    SourceLocation(file: fileNumber, line: mark.line, column: mark.column)
  }

  /// Records an error at `mark`.
  func error(_ message: String, at mark: Mark, code: String, notes: [Diagnostic.Note] = []) {
    diagnostics.append(.error(message, at: location(mark), code: code, notes: notes))
  }

  /// Records a warning at `mark`.
  func warning(_ message: String, at mark: Mark, code: String) {
    diagnostics.append(.warning(message, at: location(mark), code: code))
  }

  /// Records a finding made elsewhere.
  public func add(_ diagnostic: Diagnostic) {
    diagnostics.append(diagnostic)
  }

  /// Turns a parser error into a diagnostic of this file.
  func add(_ error: YAMLError) {
    let notes =
      (error.relatedMark.map { [Diagnostic.Note(error.relatedMessage ?? "", at: location($0))] }
        ?? []) + error.notes.map { Diagnostic.Note($0) }
    diagnostics.append(
      .error(error.message, at: location(error.mark), code: "yaml.\(error.kind)", notes: notes))
  }
}
