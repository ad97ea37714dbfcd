/// Excel's hard limits that this layer enforces before calling libxlsxwriter.
public enum ExcelLimits {
  /// Rows in a worksheet (zero-based rows run `0..<maxRows`).
  public static let maxRows = 1_048_576
  /// Columns in a worksheet (zero-based columns run `0..<maxColumns`, `A` to `XFD`).
  public static let maxColumns = 16_384
  /// Characters (UTF-16 code units, as Excel counts them) in one cell.
  public static let maxCellTextLength = 32_767
  /// Characters in a sheet name.
  public static let maxSheetNameLength = 31
  /// Characters in a string constant inside a formula (used by conditional-format rules).
  public static let maxFormulaStringLength = 255
  /// Bytes (UTF-8) libxlsxwriter 1.1.4 keeps of a number format or font name; longer values
  /// would be cut silently, so they are rejected instead.
  static let maxFormatFieldBytes = 127
}
