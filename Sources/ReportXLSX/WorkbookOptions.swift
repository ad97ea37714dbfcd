/// How libxlsxwriter should build a workbook (`lxw_workbook_options`).
public struct WorkbookOptions: Sendable, Hashable {
  /// Flush each row to a temporary file once a later row is started, keeping memory flat for
  /// very large sheets. In this mode rows must be written in ascending order (writing to an
  /// earlier row throws ``XLSXError/Kind/worksheetIndexOutOfRange``), text is stored inline
  /// rather than as shared strings, and chart caches are left empty (Excel recomputes them).
  public var constantMemory: Bool
  /// Directory for libxlsxwriter's temporary files; `nil` uses the system default. It must
  /// exist when the workbook is created.
  public var tmpdir: String?
  /// Write a ZIP64 archive, needed only when a single part exceeds 4 GB.
  public var useZip64: Bool

  /// Creates options; the defaults suit normal reports.
  public init(constantMemory: Bool = false, tmpdir: String? = nil, useZip64: Bool = false) {
    self.constantMemory = constantMemory
    self.tmpdir = tmpdir
    self.useZip64 = useZip64
  }
}
