internal import CLibXLSXWriter

extension Worksheet {
  /// Writes the cells of `prepared` on row `row`, each as ``write(row:col:_:format:)`` would
  /// write its value, with its format looked up by number in `formats`.
  ///
  /// What every cell's write checks (the workbook open, the row and columns inside the grid,
  /// the formats this workbook's) is checked once for the row; when a check fails, the cells
  /// are written one by one, so the error is the one writing them so would throw, naming the
  /// sheet and the cell.
  ///
  /// - Throws: as ``write(row:col:_:format:)``, and ``XLSXError/Kind/invalidArgument`` for a
  ///   format number not set in `formats`.
  public func write(row: Int, _ prepared: PreparedRow, formats: CellFormats) throws(XLSXError) {
    let checked =
      !workbook.isClosed && formats.workbook === workbook && formats.allOwned
      && (0..<ExcelLimits.maxRows).contains(row) && prepared.lowestCol >= 0
      && prepared.highestCol < ExcelLimits.maxColumns
    var failure: XLSXError?
    prepared.bytes.withUnsafeBufferPointer { buffer in
      let texts = buffer.baseAddress.map {
        UnsafeRawPointer($0).assumingMemoryBound(to: CChar.self)
      }
      failure = write(prepared, row, checked, formats, texts)
    }
    if let failure { throw failure }
  }

  /// Writes `cells` on `row`, their texts in `texts`; the error that stopped it, if any.
  /// `checked`: the row's checks passed, so a text or finite number goes straight to
  /// libxlsxwriter.
  private func write(
    _ prepared: PreparedRow, _ row: Int, _ checked: Bool, _ formats: CellFormats,
    _ texts: UnsafePointer<CChar>?
  ) -> XLSXError? {
    for cell in prepared.cells {
      do throws(XLSXError) {
        if checked, try writeDirectly(cell, row, prepared, formats, texts) { continue }
        let written = value(cell.value, prepared, texts)
        let format = try formats.format(cell.format) {
          (written.operation, name, XLSXError.a1(row: row, col: cell.col))
        }
        try put(written, row, cell.col, format)
      } catch {
        return error
      }
    }
    return nil
  }

  /// Writes `cell` straight to libxlsxwriter, in a row whose checks passed, when it needs no
  /// check of its own: text, a finite number, or a date whose format has a number format (as
  /// its write would use it), with a format of this workbook or none. False when it was not
  /// written so.
  private func writeDirectly(
    _ cell: PreparedRow.Cell, _ row: Int, _ prepared: PreparedRow, _ formats: CellFormats,
    _ texts: UnsafePointer<CChar>?
  ) throws(XLSXError) -> Bool {
    guard cell.format < formats.pointers.count else { return false }
    let f = cell.format < 0 ? nil : formats.pointers[cell.format]
    guard cell.format < 0 || f != nil else { return false }
    let r = lxw_row_t(truncatingIfNeeded: row)
    let c = lxw_col_t(truncatingIfNeeded: cell.col)
    switch cell.value {
    case .text(let offset):
      guard let texts else { return false }
      let code = worksheet_write_string(handle, r, c, texts + offset, f)
      try check(code, "worksheet_write_string", row, cell.col)
    case .number(let number) where number.isFinite:
      let code = worksheet_write_number(handle, r, c, number, f)
      try check(code, "worksheet_write_number", row, cell.col)
    case .date where cell.format >= 0 && formats.dated[cell.format]:
      guard let date = prepared.date(cell.value), date.problem == nil else { return false }
      var cDate = lxw_datetime(
        year: Int32(date.year), month: Int32(date.month), day: Int32(date.day),
        hour: Int32(date.hour), min: Int32(date.minute), sec: date.second)
      let code = worksheet_write_datetime(handle, r, c, &cDate, f)
      try check(code, "worksheet_write_datetime", row, cell.col)
    default: return false
    }
    return true
  }

  /// The value of a prepared cell as libxlsxwriter is given it.
  private func value(
    _ value: PreparedRow.Value, _ prepared: PreparedRow, _ texts: UnsafePointer<CChar>?
  ) -> Written {
    switch value {
    case .text(let offset): texts.map { .text($0 + offset) } ?? .blank
    case .number(let number): .number(number)
    case .date, .wideDate: prepared.date(value).map { .date($0) } ?? .blank
    case .bool(let flag): .bool(flag)
    case .blank: .blank
    }
  }
}
