internal import CLibXLSXWriter

/// A cell format registered with one workbook: pass it to ``Worksheet`` calls.
///
/// Obtain it from ``Workbook/addFormat(_:)``. The `lxw_format` it refers to is owned by the
/// workbook's `lxw_workbook` and lives until the workbook is closed; this wrapper only
/// borrows it and keeps the workbook alive. A format can only be used with the workbook that
/// created it (anything else throws ``XLSXError/Kind/invalidArgument``).
public final class Format {
  /// The description this format was created from.
  public let spec: CellFormat
  /// The workbook that owns the underlying `lxw_format`.
  public let workbook: Workbook
  /// The C format, owned by the workbook.
  let pointer: UnsafeMutablePointer<lxw_format>

  init(spec: CellFormat, pointer: UnsafeMutablePointer<lxw_format>, workbook: Workbook) {
    self.spec = spec
    self.pointer = pointer
    self.workbook = workbook
  }

  /// The C format, after checking it belongs to `owner` (which must still be open).
  func cFormat(
    for owner: Workbook, operation: String, sheet: String? = nil, cell: String? = nil
  ) throws(XLSXError) -> UnsafeMutablePointer<lxw_format> {
    _ = try owner.openHandle(operation, sheet: sheet, cell: cell)
    guard owner === workbook else {
      throw XLSXError(
        .invalidArgument, "the format was created by a different workbook",
        operation: operation, path: owner.path, sheet: sheet, cell: cell)
    }
    return pointer
  }
}

@available(*, unavailable, message: "libxlsxwriter objects must stay on one task")
extension Format: Sendable {}

extension Workbook {
  /// Returns the format for `spec`, creating its `lxw_format` on first use; equal specs
  /// share one `lxw_format`, so calling this for every cell is cheap.
  ///
  /// - Throws: ``XLSXError/Kind/invalidArgument`` for an impossible spec (colour above
  ///   `0xFFFFFF`, font size outside 1–409, indent outside 0–15, number format or font name
  ///   over 127 UTF-8 bytes); ``XLSXError/Kind/closed`` after ``close()``.
  public func addFormat(_ spec: CellFormat) throws(XLSXError) -> Format {
    let operation = "workbook_add_format"
    let handle = try openHandle(operation)
    if let cached = formatCache[spec] {
      return Format(spec: spec, pointer: cached, workbook: self)
    }
    if let problem = FormatApplier.problem(with: spec) {
      throw XLSXError(.invalidArgument, problem, operation: operation, path: path)
    }
    guard let created = workbook_add_format(handle) else {
      throw XLSXError(
        .memoryAllocationFailed, "libxlsxwriter could not create a format",
        operation: operation, path: path)
    }
    FormatApplier.apply(spec, to: created)
    formatCache[spec] = created
    return Format(spec: spec, pointer: created, workbook: self)
  }
}
