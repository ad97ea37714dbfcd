internal import CLibXLSXWriter

extension XLSXError {
  /// Wraps a libxlsxwriter error code, using `lxw_strerror` for the message.
  init(
    code: lxw_error, operation: String, path: String? = nil, sheet: String? = nil,
    cell: String? = nil
  ) {
    let text = lxw_strerror(code).map { String(cString: $0) } ?? "libxlsxwriter error"
    self.init(
      Self.kind(for: code), text, operation: operation, path: path, sheet: sheet, cell: cell)
  }

  /// Throws unless `code` is `LXW_NO_ERROR`.
  static func check(
    _ code: lxw_error, operation: String, path: String? = nil, sheet: String? = nil,
    cell: String? = nil
  ) throws(XLSXError) {
    guard code != LXW_NO_ERROR else { return }
    throw XLSXError(code: code, operation: operation, path: path, sheet: sheet, cell: cell)
  }

  /// The ``Kind`` mirroring one `lxw_error` value.
  static func kind(for code: lxw_error) -> Kind {
    switch code {
    case LXW_ERROR_MEMORY_MALLOC_FAILED: .memoryAllocationFailed
    case LXW_ERROR_CREATING_XLSX_FILE: .creatingXLSXFile
    case LXW_ERROR_CREATING_TMPFILE: .creatingTempFile
    case LXW_ERROR_READING_TMPFILE: .readingTempFile
    case LXW_ERROR_ZIP_FILE_OPERATION: .zipFileOperation
    case LXW_ERROR_ZIP_PARAMETER_ERROR: .zipParameterError
    case LXW_ERROR_ZIP_BAD_ZIP_FILE: .zipBadZipFile
    case LXW_ERROR_ZIP_INTERNAL_ERROR: .zipInternalError
    case LXW_ERROR_ZIP_FILE_ADD: .zipFileAdd
    case LXW_ERROR_ZIP_CLOSE: .zipClose
    case LXW_ERROR_FEATURE_NOT_SUPPORTED: .featureNotSupported
    case LXW_ERROR_NULL_PARAMETER_IGNORED: .nullParameterIgnored
    case LXW_ERROR_PARAMETER_VALIDATION: .parameterValidation
    case LXW_ERROR_SHEETNAME_LENGTH_EXCEEDED: .sheetNameLengthExceeded
    case LXW_ERROR_INVALID_SHEETNAME_CHARACTER: .invalidSheetNameCharacter
    case LXW_ERROR_SHEETNAME_START_END_APOSTROPHE: .sheetNameStartEndApostrophe
    case LXW_ERROR_SHEETNAME_ALREADY_USED: .sheetNameAlreadyUsed
    case LXW_ERROR_32_STRING_LENGTH_EXCEEDED: .stringLengthExceeded32
    case LXW_ERROR_128_STRING_LENGTH_EXCEEDED: .stringLengthExceeded128
    case LXW_ERROR_255_STRING_LENGTH_EXCEEDED: .stringLengthExceeded255
    case LXW_ERROR_MAX_STRING_LENGTH_EXCEEDED: .maxStringLengthExceeded
    case LXW_ERROR_SHARED_STRING_INDEX_NOT_FOUND: .sharedStringIndexNotFound
    case LXW_ERROR_WORKSHEET_INDEX_OUT_OF_RANGE: .worksheetIndexOutOfRange
    case LXW_ERROR_WORKSHEET_MAX_URL_LENGTH_EXCEEDED: .maxURLLengthExceeded
    case LXW_ERROR_WORKSHEET_MAX_NUMBER_URLS_EXCEEDED: .maxNumberURLsExceeded
    case LXW_ERROR_IMAGE_DIMENSIONS: .imageDimensions
    default: .unknownLibraryError(code: Int(code.rawValue))
    }
  }
}
