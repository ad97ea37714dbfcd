/// Why an XLSX operation failed, with the workbook, sheet and cell it failed at.
///
/// Every libxlsxwriter `lxw_error` surfaces as one of these (``Kind`` has a case for each
/// `lxw_error` value, and ``message`` carries libxlsxwriter's own `lxw_strerror` text); the
/// Swift layer adds its own checks (closed workbook, sheet-name rules, non-finite numbers,
/// impossible dates, out-of-range cells) so that no call ever crashes the process.
public struct XLSXError: Error, Sendable, Hashable, CustomStringConvertible {
  /// The class of problem, for tests and for callers that react to one class.
  public enum Kind: Sendable, Hashable {
    // MARK: Mirrors of libxlsxwriter's lxw_error

    /// `LXW_ERROR_MEMORY_MALLOC_FAILED`.
    case memoryAllocationFailed
    /// `LXW_ERROR_CREATING_XLSX_FILE`: the output file could not be created (missing
    /// directory, no permission).
    case creatingXLSXFile
    /// `LXW_ERROR_CREATING_TMPFILE`.
    case creatingTempFile
    /// `LXW_ERROR_READING_TMPFILE`.
    case readingTempFile
    /// `LXW_ERROR_ZIP_FILE_OPERATION`.
    case zipFileOperation
    /// `LXW_ERROR_ZIP_PARAMETER_ERROR`.
    case zipParameterError
    /// `LXW_ERROR_ZIP_BAD_ZIP_FILE` (may need ``WorkbookOptions/useZip64``).
    case zipBadZipFile
    /// `LXW_ERROR_ZIP_INTERNAL_ERROR`.
    case zipInternalError
    /// `LXW_ERROR_ZIP_FILE_ADD`.
    case zipFileAdd
    /// `LXW_ERROR_ZIP_CLOSE`.
    case zipClose
    /// `LXW_ERROR_FEATURE_NOT_SUPPORTED`.
    case featureNotSupported
    /// `LXW_ERROR_NULL_PARAMETER_IGNORED`.
    case nullParameterIgnored
    /// `LXW_ERROR_PARAMETER_VALIDATION`: libxlsxwriter rejected an argument.
    case parameterValidation
    /// `LXW_ERROR_SHEETNAME_LENGTH_EXCEEDED`.
    case sheetNameLengthExceeded
    /// `LXW_ERROR_INVALID_SHEETNAME_CHARACTER`.
    case invalidSheetNameCharacter
    /// `LXW_ERROR_SHEETNAME_START_END_APOSTROPHE`.
    case sheetNameStartEndApostrophe
    /// `LXW_ERROR_SHEETNAME_ALREADY_USED`.
    case sheetNameAlreadyUsed
    /// `LXW_ERROR_32_STRING_LENGTH_EXCEEDED`.
    case stringLengthExceeded32
    /// `LXW_ERROR_128_STRING_LENGTH_EXCEEDED`.
    case stringLengthExceeded128
    /// `LXW_ERROR_255_STRING_LENGTH_EXCEEDED` (headers and footers, for instance).
    case stringLengthExceeded255
    /// `LXW_ERROR_MAX_STRING_LENGTH_EXCEEDED` (a cell string over 32,767 characters).
    case maxStringLengthExceeded
    /// `LXW_ERROR_SHARED_STRING_INDEX_NOT_FOUND`.
    case sharedStringIndexNotFound
    /// `LXW_ERROR_WORKSHEET_INDEX_OUT_OF_RANGE`: a row or column outside the sheet, or (in
    /// constant-memory mode) a row that has already been flushed to disk.
    case worksheetIndexOutOfRange
    /// `LXW_ERROR_WORKSHEET_MAX_URL_LENGTH_EXCEEDED`.
    case maxURLLengthExceeded
    /// `LXW_ERROR_WORKSHEET_MAX_NUMBER_URLS_EXCEEDED`.
    case maxNumberURLsExceeded
    /// `LXW_ERROR_IMAGE_DIMENSIONS`.
    case imageDimensions
    /// An `lxw_error` value this layer does not know (a newer libxlsxwriter).
    case unknownLibraryError(code: Int)

    // MARK: Checks made by this layer

    /// The workbook was already closed (explicitly, or by a failed close).
    case closed
    /// A sheet name breaks one of Excel's rules; `reason` says which.
    case invalidSheetName(name: String, reason: String)
    /// A number Excel cannot store: NaN or ±infinity.
    case invalidNumber(Double)
    /// A date or time that does not exist or that Excel cannot represent.
    case invalidDate
    /// A range, size, colour, format or other argument that is out of bounds or malformed.
    case invalidArgument
    /// A chart range names a sheet that this workbook does not have.
    case unknownSheet(String)
  }

  /// The class of problem.
  public let kind: Kind
  /// What went wrong: libxlsxwriter's `lxw_strerror` text for library errors, otherwise a
  /// sentence written by this layer.
  public let message: String
  /// The operation that failed, usually the libxlsxwriter function name
  /// (`worksheet_write_string`, `workbook_close`, …).
  public let operation: String
  /// The `.xlsx` path of the workbook involved.
  public let path: String?
  /// The worksheet involved, if any.
  public let sheet: String?
  /// The cell or range involved, in A1 notation (`B3`, `A1:C10`), if any.
  public let cell: String?

  /// Creates an error.
  public init(
    _ kind: Kind, _ message: String, operation: String, path: String? = nil,
    sheet: String? = nil, cell: String? = nil
  ) {
    self.kind = kind
    self.message = message
    self.operation = operation
    self.path = path
    self.sheet = sheet
    self.cell = cell
  }

  /// `operation failed at 'Sheet'!B3 in /path/book.xlsx: message`.
  public var description: String {
    var text = "\(operation) failed"
    switch (sheet, cell) {
    case (let sheet?, let cell?): text += " at \(Self.quotedSheet(sheet))!\(cell)"
    case (let sheet?, nil): text += " on sheet \(Self.quotedSheet(sheet))"
    case (nil, let cell?): text += " at \(cell)"
    case (nil, nil): break
    }
    if let path { text += " in \(path)" }
    return text + ": " + message
  }

  /// Converts a zero-based row and column to A1 notation: `(0, 0)` is `A1`, `(9, 27)` is
  /// `AB10`. Out-of-range input never traps; it is rendered as `R<row>C<col>` (one-based).
  public static func a1(row: Int, col: Int) -> String {
    guard let column = columnName(col), (0..<ExcelLimits.maxRows).contains(row) else {
      return "R\(row &+ 1)C\(col &+ 1)"
    }
    return column + String(row + 1)
  }

  /// Converts a zero-based rectangle to an A1 range such as `A1:C10` (`A1` for one cell).
  public static func a1(firstRow: Int, firstCol: Int, lastRow: Int, lastCol: Int) -> String {
    let first = a1(row: firstRow, col: firstCol)
    if firstRow == lastRow && firstCol == lastCol { return first }
    return first + ":" + a1(row: lastRow, col: lastCol)
  }

  /// The column letters for a zero-based column (`0` is `A`, `16383` is `XFD`), or `nil`
  /// outside Excel's 16,384 columns.
  public static func columnName(_ col: Int) -> String? {
    guard (0..<ExcelLimits.maxColumns).contains(col) else { return nil }
    // At most three letters, made as bytes (a range's every cell and every column set is
    // named, so this runs thousands of times a workbook).
    let letters = col < 26 ? 1 : col < 702 ? 2 : 3
    return String(unsafeUninitializedCapacity: letters) { bytes in
      var remaining = col + 1
      for index in stride(from: letters - 1, through: 0, by: -1) {
        bytes[index] = UInt8(65 + (remaining - 1) % 26)
        remaining = (remaining - 1) / 26
      }
      return letters
    }
  }

  /// A sheet name as Excel writes it in a reference: quoted, with apostrophes doubled.
  static func quotedSheet(_ name: String) -> String {
    "'" + name.doublingEach("'") + "'"
  }
}
