internal import CLibXLSXWriter
import FoundationEssentials
import Glibc
import Synchronization

/// An `.xlsx` file being written: the one owner of a libxlsxwriter `lxw_workbook`.
///
/// Create it, add worksheets, formats and charts, write cells, then call ``close()``, which
/// assembles and writes the file. Nothing is written to `path` before `close()`.
///
/// ```swift
/// let book = try Workbook(path: "/tmp/report.xlsx")
/// try book.setProperties(DocumentProperties(title: "Q1", created: periodStart))
/// let sheet = try book.addWorksheet(named: "Summary")
/// let bold = try book.addFormat(CellFormat(bold: true))
/// try sheet.write(row: 0, col: 0, .text("Forum"), format: bold)
/// try book.close()
/// ```
///
/// Ownership: the `lxw_workbook` is freed by `workbook_close`, which ``close()`` calls once
/// (and `deinit` calls if the caller never did). Worksheets, formats and charts are owned by
/// the `lxw_workbook`; their Swift wrappers (``Worksheet``, ``Format``, ``Chart``) hold a
/// strong reference to this object and check ``isClosed`` before every call, so using them
/// after closing throws ``XLSXError/Kind/closed`` instead of touching freed memory.
///
/// Not thread-safe: use one workbook from one task at a time.
public final class Workbook {
  /// The file written by ``close()``.
  public let path: String
  /// The options the workbook was created with.
  public let options: WorkbookOptions
  /// Worksheet names in the order they were added.
  public private(set) var sheetNames: [String] = []

  /// The C workbook; `nil` once closed (libxlsxwriter frees it inside `workbook_close`).
  private var handle: UnsafeMutablePointer<lxw_workbook>?
  /// The memory file libxlsxwriter assembles the workbook in, copied to `path` by ``close()``
  /// (see ``AssemblyFile``); `nil` for a streaming workbook (written straight to `path`, so
  /// that memory stays bounded) and where the system has none.
  private let assembly: AssemblyFile?
  /// Case-folded names, for Excel's case-insensitive uniqueness rule.
  private var sheetKeys: Set<String> = []
  /// One `lxw_format` per distinct spec. Raw pointers, not ``Format`` objects, so the cache
  /// does not form a reference cycle with the wrappers (which retain the workbook).
  var formatCache: [CellFormat: UnsafeMutablePointer<lxw_format>] = [:]

  /// Creates an empty workbook that ``close()`` will write to `path`.
  ///
  /// - Throws: ``XLSXError/Kind/creatingXLSXFile`` if `path` is empty, holds a NUL character
  ///   or its directory does not exist, ``XLSXError/Kind/creatingTempFile`` if `options.tmpdir`
  ///   holds a NUL character or does not exist,
  ///   ``XLSXError/Kind/memoryAllocationFailed`` if libxlsxwriter cannot allocate.
  public init(path: String, options: WorkbookOptions = WorkbookOptions()) throws(XLSXError) {
    self.path = path
    self.options = options
    let operation = "workbook_new_opt"
    // C reads a path up to its first NUL: the workbook would be written somewhere else.
    guard !path.utf8.contains(0) else {
      throw XLSXError(
        .creatingXLSXFile, "the path contains a NUL character, which would end it",
        operation: operation, path: path)
    }
    if let tmpdir = options.tmpdir, tmpdir.utf8.contains(0) {
      throw XLSXError(
        .creatingTempFile, "the temporary folder contains a NUL character, which would end it",
        operation: operation, path: path)
    }
    let directory = Self.parentDirectory(path)
    guard !path.isEmpty, Self.isDirectory(directory.isEmpty ? "." : directory) else {
      throw XLSXError(
        .creatingXLSXFile, "the directory for the output file does not exist",
        operation: operation, path: path)
    }
    if let tmpdir = options.tmpdir, !Self.isDirectory(tmpdir) {
      throw XLSXError(
        .creatingTempFile, "the temporary directory \(tmpdir) does not exist",
        operation: operation, path: path)
    }
    assembly = options.constantMemory ? nil : AssemblyFile()
    var arena = CStringArena()
    var cOptions = lxw_workbook_options()
    cOptions.constant_memory = options.constantMemory ? 1 : 0
    cOptions.use_zip64 = options.useZip64 ? 1 : 0
    cOptions.tmpdir = arena.copy(options.tmpdir)
    guard let created = workbook_new_opt(arena.copy(assembly?.path ?? path), &cOptions) else {
      throw XLSXError(
        .memoryAllocationFailed, "libxlsxwriter could not create the workbook",
        operation: operation, path: path)
    }
    handle = created
  }

  deinit {
    if handle != nil { try? close() }
  }

  /// Whether ``close()`` has run; every further call on the workbook or its sheets throws.
  public var isClosed: Bool { handle == nil }

  /// Assembles and writes the `.xlsx` file, then frees all C state.
  ///
  /// libxlsxwriter assembles the file in memory and this layer writes it to `path`, so a disk
  /// that refuses it (no permission, no space left) gives a thrown
  /// ``XLSXError/Kind/creatingXLSXFile`` with the system's reason and nothing on stderr. A
  /// streaming workbook (``WorkbookOptions/constantMemory``) is written by libxlsxwriter
  /// straight to `path`; a disk that refuses it gives the same error, and libxlsxwriter's own
  /// `[ERROR]` lines are not shown.
  ///
  /// Either way the parts a full temporary folder can cut are read back (see
  /// ``AssembledParts``): a cut part throws ``XLSXError/Kind/creatingTempFile`` naming the
  /// folder, and nothing is left at `path`.
  ///
  /// Idempotent: a second call does nothing. If writing fails the error is thrown and the
  /// workbook is still closed (libxlsxwriter frees its state either way), so the caller can
  /// not retry; build the workbook again instead.
  public func close() throws(XLSXError) {
    guard let handle else { return }
    self.handle = nil
    formatCache.removeAll()
    let (code, reason) = Self.closeSerially(handle)
    if code != LXW_NO_ERROR { throw closeFailure(code, reason: reason) }
    let check = assembly.map { $0.checkParts() } ?? AssembledParts.check(path: path)
    if let part = check?.broken {
      if assembly == nil { unlink(path) }
      throw XLSXError(
        .creatingTempFile,
        "its temporary files could not be written in full in \(temporaryFolder) (\(part) came "
          + "out cut short); is that folder full?", operation: Self.writingOperation, path: path)
    }
    try assembly?.copy(to: path)
  }

  /// The folder libxlsxwriter puts its temporary files in: the first of the `tmpdir` option,
  /// `$TMPDIR`, `/tmp` and the current folder that is a folder this process may create files
  /// in, the order in which libxlsxwriter tries them.
  private var temporaryFolder: String {
    let variable = getenv("TMPDIR").map { String(cString: $0) }
    let candidates = [options.tmpdir, variable, "/tmp", "."].compactMap { $0 }
    return candidates.first { !$0.isEmpty && Self.isDirectory($0) && access($0, W_OK | X_OK) == 0 }
      ?? "/tmp"
  }

  /// Serialises `workbook_close` across the process: libxlsxwriter formats the document
  /// dates with `gmtime`, whose shared buffer would let two workbooks closing on different
  /// threads swap dates (and so break reproducible output).
  private static let closeLock = Mutex(())

  ///
  /// libxlsxwriter's own `[ERROR]` lines, which name its source file and the path it was
  /// given (`/proc/self/fd/N`), go to /dev/null meanwhile: ``close()`` throws the failure
  /// instead. Returns the code and `errno` as `workbook_close` left it (0 if it set none).
  private static func closeSerially(
    _ handle: UnsafeMutablePointer<lxw_workbook>
  ) -> (code: lxw_error, reason: Int32) {
    closeLock.withLock { _ in
      let quiet = fopen("/dev/null", "w")
      let previous = quiet.map(ctst_replace_stderr)
      defer {
        if let quiet {
          _ = ctst_replace_stderr(previous ?? nil)
          fclose(quiet)
        }
      }
      errno = 0
      let code = workbook_close(handle)
      return (code, errno)
    }
  }

  /// The error of a `workbook_close` that returned `code` with `errno` `reason`: a file or
  /// temporary file the system refused gives its reason ("No space left on device"), as
  /// ``AssemblyFile`` does; any other failure, libxlsxwriter's description of `code`.
  private func closeFailure(_ code: lxw_error, reason: Int32) -> XLSXError {
    guard reason != 0 else { return XLSXError(code: code, operation: "workbook_close", path: path) }
    let systemReason = String(cString: strerror(reason))
    switch code {
    case LXW_ERROR_CREATING_XLSX_FILE, LXW_ERROR_ZIP_FILE_OPERATION, LXW_ERROR_ZIP_PARAMETER_ERROR,
      LXW_ERROR_ZIP_BAD_ZIP_FILE, LXW_ERROR_ZIP_INTERNAL_ERROR, LXW_ERROR_ZIP_FILE_ADD,
      LXW_ERROR_ZIP_CLOSE:
      return XLSXError(
        .creatingXLSXFile, systemReason, operation: Self.writingOperation, path: path)
    case LXW_ERROR_CREATING_TMPFILE:
      return XLSXError(
        .creatingTempFile,
        "its temporary files could not be created in \(temporaryFolder): \(systemReason)",
        operation: Self.writingOperation, path: path)
    default:
      return XLSXError(code: code, operation: "workbook_close", path: path)
    }
  }

  /// The open C workbook, or ``XLSXError/Kind/closed`` naming `operation`.
  func openHandle(
    _ operation: String, sheet: String? = nil, cell: String? = nil
  ) throws(XLSXError) -> UnsafeMutablePointer<lxw_workbook> {
    guard let handle else {
      throw XLSXError(
        .closed, "the workbook has already been closed", operation: operation, path: path,
        sheet: sheet, cell: cell)
    }
    return handle
  }

  /// Adds a worksheet, after checking Excel's naming rules.
  ///
  /// Rules: 1–31 characters; none of `[ ] : * ? / \` or control characters; not starting or
  /// ending with an apostrophe; not "History"; unique ignoring case. Use
  /// ``safeSheetName(_:existing:)`` to turn arbitrary text into a name that passes.
  ///
  /// - Throws: ``XLSXError/Kind/invalidSheetName(name:reason:)`` naming the broken rule,
  ///   ``XLSXError/Kind/closed`` after ``close()``.
  public func addWorksheet(named name: String) throws(XLSXError) -> Worksheet {
    let operation = "workbook_add_worksheet"
    let handle = try openHandle(operation, sheet: name)
    if let reason = SheetName.problem(with: name, existingKeys: sheetKeys) {
      throw XLSXError(
        .invalidSheetName(name: name, reason: reason), "invalid sheet name \"\(name)\": \(reason)",
        operation: operation, path: path, sheet: name)
    }
    var arena = CStringArena()
    let cName = arena.copy(name)
    try XLSXError.check(
      workbook_validate_sheet_name(handle, cName), operation: "workbook_validate_sheet_name",
      path: path, sheet: name)
    guard let sheet = workbook_add_worksheet(handle, cName) else {
      throw XLSXError(
        options.constantMemory ? .creatingTempFile : .memoryAllocationFailed,
        "libxlsxwriter could not create the worksheet", operation: operation, path: path,
        sheet: name)
    }
    sheetNames.append(name)
    sheetKeys.insert(SheetName.key(name))
    return Worksheet(name: name, workbook: self, handle: sheet)
  }

  /// Turns arbitrary text into a valid sheet name that is not in `existing`.
  ///
  /// Control characters become spaces and `[ ] : * ? / \` become `_`; leading and trailing
  /// apostrophes are dropped; the result is cut to 31 characters; an empty result becomes
  /// "Sheet"; a clash with `existing` (ignoring case) or with "History" gets a suffix
  /// `" (2)"`, `" (3)"`, … within the 31-character limit.
  public static func safeSheetName(_ proposed: String, existing: Set<String>) -> String {
    SheetName.safe(proposed, existing: existing)
  }

  /// Whether a sheet of this name (ignoring case) has been added.
  public func hasSheet(named name: String) -> Bool { sheetKeys.contains(SheetName.key(name)) }

  private static func isDirectory(_ path: String) -> Bool {
    var status = stat()
    return stat(path, &status) == 0 && status.st_mode & S_IFMT == S_IFDIR
  }

  /// The folder part of `path` as written (`out` for `out/report.xlsx`, `/` for
  /// `/report.xlsx`, empty for a bare file name); trailing slashes are ignored.
  static func parentDirectory(_ path: String) -> String {
    var trimmed = Substring(path)
    while trimmed.count > 1, trimmed.hasSuffix("/") { trimmed = trimmed.dropLast() }
    guard let slash = trimmed.lastIndex(of: "/") else { return "" }
    if slash == trimmed.startIndex { return "/" }
    var folder = trimmed[..<slash]
    while folder.count > 1, folder.hasSuffix("/") { folder = folder.dropLast() }
    return String(folder)
  }
}

@available(*, unavailable, message: "libxlsxwriter objects must stay on one task")
extension Workbook: Sendable {}
