internal import CLibXLSXWriter

/// One row's cells made ready to write, on any thread: each text made safe as
/// ``Worksheet/write(row:col:_:format:)`` makes it (see ``WriteOutcome``) and kept as
/// NUL-terminated UTF-8 in one buffer for the row, each cell with its column and the number of
/// its format in a ``CellFormats``. Writing it (``Worksheet/write(row:_:formats:)``) then
/// costs little more than libxlsxwriter's own calls: a renderer can prepare its rows on one
/// thread while another writes them.
public struct PreparedRow: Sendable {
  /// A cell's value, its text by where it starts in ``bytes``: at most 16 bytes, so a row of
  /// cells stays a small allocation.
  enum Value: Sendable {
    case text(Int)
    case number(Double)
    /// A date by ``packed(_:)``, and its seconds.
    case date(Int64, Double)
    /// A date that does not pack, by its place in ``wideDates``.
    case wideDate(Int)
    case bool(Bool)
    case blank
  }

  /// One cell: its column, value and format number (negative for none).
  struct Cell: Sendable {
    let col: Int
    let format: Int
    let value: Value
  }

  /// The texts, each ended by a NUL.
  private(set) var bytes: [UInt8] = []
  /// The cells, in the order they are written.
  private(set) var cells: [Cell] = []
  /// Dates whose parts do not fit ``packed(_:)`` (any such date is refused when written).
  private(set) var wideDates: [CellDate] = []
  /// The lowest and highest column of a cell (0 and -1 with none).
  private(set) var lowestCol = 0
  private(set) var highestCol = -1

  /// An empty row with room for `cells` cells.
  public init(cells: Int = 0) {
    self.cells.reserveCapacity(cells)
    // Most cells are short texts: room for about 16 bytes each.
    bytes.reserveCapacity(cells * 16)
  }

  /// The number of cells.
  public var count: Int { cells.count }

  /// Adds `value` at column `col` with the format numbered `format` (nil, or a negative
  /// number, for none): written as ``Worksheet/write(row:col:_:format:)`` writes it.
  ///
  /// - Returns: what was changed in the text, so the caller can warn; for non-text values
  ///   ``WriteOutcome/unchanged``.
  @discardableResult
  public mutating func append(col: Int, _ value: CellValue, format: Int?) -> WriteOutcome {
    if cells.isEmpty {
      lowestCol = col
      highestCol = col
    } else {
      lowestCol = min(lowestCol, col)
      highestCol = max(highestCol, col)
    }
    let number = format ?? -1
    let stored: Value
    var outcome = WriteOutcome.unchanged
    switch value {
    case .text(let text):
      stored = .text(bytes.count)
      // Most text needs no change: it is copied as it is, without a cleaned copy.
      if let length = TextSanitizer.plainASCIILength(text) {
        outcome = TextSanitizer.unchanged(length: length)
        appendText(text)
      } else {
        let safe = TextSanitizer.sanitizeCellText(text)
        outcome = safe.outcome
        appendText(safe.text)
      }
    case .number(let value): stored = .number(value)
    case .date(let date):
      if let packed = Self.packed(date) {
        stored = .date(packed, date.second)
      } else {
        stored = .wideDate(wideDates.count)
        wideDates.append(date)
      }
    case .bool(let flag): stored = .bool(flag)
    case .blank: stored = .blank
    }
    cells.append(Cell(col: col, format: number, value: stored))
    return outcome
  }

  /// Adds `text`'s bytes and a NUL to ``bytes``: copied at once from the text's storage, byte
  /// by byte only when it has none.
  private mutating func appendText(_ text: String) {
    let copied: Void? = text.utf8.withContiguousStorageIfAvailable {
      bytes.append(contentsOf: $0)
    }
    if copied == nil { bytes.append(contentsOf: text.utf8) }
    bytes.append(0)
  }

  /// Year (32 bits), month, day, hour and minute (8 bits each) in one number; nil when a part
  /// does not fit.
  static func packed(_ date: CellDate) -> Int64? {
    guard let year = Int32(exactly: date.year), let month = UInt8(exactly: date.month),
      let day = UInt8(exactly: date.day), let hour = UInt8(exactly: date.hour),
      let minute = UInt8(exactly: date.minute)
    else { return nil }
    let parts = Int64(month) << 24 | Int64(day) << 16 | Int64(hour) << 8 | Int64(minute)
    return Int64(year) << 32 | parts
  }

  /// The date of a ``Value/date(_:_:)`` or ``Value/wideDate(_:)``.
  func date(_ value: Value) -> CellDate? {
    switch value {
    case .date(let packed, let second):
      return CellDate(
        year: Int(packed >> 32), month: Int((packed >> 24) & 0xFF),
        day: Int((packed >> 16) & 0xFF), hour: Int((packed >> 8) & 0xFF),
        minute: Int(packed & 0xFF), second: second)
    case .wideDate(let index): return wideDates[index]
    default: return nil
    }
  }
}

/// Formats of one workbook by number, for writing ``PreparedRow``s: the rows are prepared
/// with numbers (on any thread), the formats looked up by them as the rows are written.
public struct CellFormats {
  /// The workbook whose sheets the rows are written to.
  let workbook: Workbook
  /// The formats by number; nil where none is set.
  private(set) var formats: [Format?] = []
  /// Their C formats, when the format belongs to ``workbook``; nil otherwise.
  private(set) var pointers: [UnsafeMutablePointer<lxw_format>?] = []
  /// Whether each format has a number format (a date written with it keeps it).
  private(set) var dated: [Bool] = []
  /// Whether every format ever set belonged to ``workbook`` (then a row's formats need no
  /// check of their own).
  private(set) var allOwned = true

  /// No formats yet, for rows written to sheets of `workbook`.
  public init(workbook: Workbook) {
    self.workbook = workbook
  }

  /// Sets format number `number` (≥ 0) to `format`, replacing any set before.
  public mutating func set(_ number: Int, _ format: Format) {
    guard number >= 0 else { return }
    if number >= formats.count {
      formats += Array(repeating: nil, count: number + 1 - formats.count)
      pointers += Array(repeating: nil, count: number + 1 - pointers.count)
      dated += Array(repeating: false, count: number + 1 - dated.count)
    }
    formats[number] = format
    dated[number] = format.spec.numberFormat != nil
    let owned = format.workbook === workbook
    pointers[number] = owned ? format.pointer : nil
    if !owned { allOwned = false }
  }

  /// The format numbered `number`; nil for `-1`. Throws for a number never set.
  func format(_ number: Int, _ operation: () -> (String, String, String)) throws(XLSXError)
    -> Format?
  {
    guard number >= 0 else { return nil }
    guard number < formats.count, let format = formats[number] else {
      let (operation, sheet, cell) = operation()
      throw XLSXError(
        .invalidArgument, "no format numbered \(number) was set", operation: operation,
        path: workbook.path, sheet: sheet, cell: cell)
    }
    return format
  }
}

@available(*, unavailable, message: "libxlsxwriter objects must stay on one task")
extension CellFormats: Sendable {}
