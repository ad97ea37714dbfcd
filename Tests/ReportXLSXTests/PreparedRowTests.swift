import Foundation
import ReportXLSX
import Testing

@Suite("Writing prepared rows")
struct PreparedRowTests {
  /// Cells of every kind, text that is cut, cleaned, escaped and not ASCII among them.
  static func values() -> [CellValue] {
    [
      .text("CTTF"), .text(String(repeating: "é", count: 40_000)), .text("tab\there\u{1}bell"),
      .text("_x0041_ stays"), .text("Hong Kong, China"), .text("=1+1"), .text(""),
      .number(1_234.5), .number(-0.25), .date(CellDate(year: 2026, month: 6, day: 30)),
      .date(CellDate(year: 2026, month: 6, day: 30, hour: 13, minute: 5, second: 7.5)),
      .bool(true), .blank,
    ]
  }

  /// Writes `values` on rows 0–1 of sheet "Data", cell by cell or as prepared rows, with the
  /// formats `formats(book)` by column (nil: none); returns the file and the outcomes.
  static func write(
    _ values: [CellValue], prepared: Bool, constantMemory: Bool, in fixture: XLSXFixture,
    formats: (Workbook) throws -> [Format?]
  ) throws -> (Data, [WriteOutcome]) {
    var outcomes: [WriteOutcome] = []
    let name = "\(prepared)-\(constantMemory).xlsx"
    let file = try fixture.workbook(name, options: WorkbookOptions(constantMemory: constantMemory))
    { book in
      let sheet = try book.addWorksheet(named: "Data")
      let chosen = try formats(book)
      var numbered = CellFormats(workbook: book)
      for (index, format) in chosen.enumerated() {
        if let format { numbered.set(index, format) }
      }
      for row in 0..<2 {
        var cells = PreparedRow(cells: values.count)
        for (col, value) in values.enumerated() {
          let format = chosen[col % chosen.count]
          if prepared {
            outcomes.append(
              cells.append(col: col + row, value, format: format == nil ? nil : col % chosen.count))
          } else {
            outcomes.append(try sheet.write(row: row, col: col + row, value, format: format))
          }
        }
        if prepared { try sheet.write(row: row, cells, formats: numbered) }
      }
    }
    return (try Data(contentsOf: URL(fileURLWithPath: file)), outcomes)
  }

  @Test("a prepared row gives the same workbook, byte for byte, as writing its cells one by one")
  func sameWorkbook() throws {
    let fixture = try XLSXFixture()
    let formats = { (book: Workbook) throws -> [Format?] in
      [
        nil, try book.addFormat(CellFormat(bold: true)),
        try book.addFormat(CellFormat(numberFormat: "yyyy-mm-dd", indent: 1)),
      ]
    }
    for constantMemory in [false, true] {
      let (one, oneOutcomes) = try Self.write(
        Self.values(), prepared: false, constantMemory: constantMemory, in: fixture,
        formats: formats)
      let (rows, rowOutcomes) = try Self.write(
        Self.values(), prepared: true, constantMemory: constantMemory, in: fixture,
        formats: formats)
      #expect(one == rows, "constant memory: \(constantMemory)")
      #expect(oneOutcomes == rowOutcomes)
    }
    let (_, outcomes) = try Self.write(
      Self.values(), prepared: true, constantMemory: true, in: fixture, formats: formats)
    #expect(
      outcomes[1]
        == WriteOutcome(
          wasTruncated: true, originalLength: 40_000, writtenLength: 32_767))
    #expect(
      outcomes[2] == WriteOutcome(originalLength: 13, writtenLength: 13, replacedCharacters: 1))
  }

  /// The error writing `value` at `row`, `col` one by one throws, and the one its prepared
  /// row throws, as descriptions.
  static func errors(
    _ value: CellValue, row: Int = 0, col: Int = 0, formatNumber: Int? = nil,
    close: Bool = false, foreign: Bool = false
  ) throws -> (String?, String?) {
    let fixture = try XLSXFixture()
    let book = try Workbook(path: fixture.path("errors.xlsx"))
    let other = try Workbook(path: fixture.path("other.xlsx"))
    let sheet = try book.addWorksheet(named: "Data")
    let format = try (foreign ? other : book).addFormat(CellFormat(bold: true))
    var formats = CellFormats(workbook: book)
    formats.set(0, format)
    var cells = PreparedRow()
    cells.append(col: col, value, format: formatNumber ?? 0)
    if close { try book.close() }
    let one = #expect(throws: XLSXError.self) {
      try sheet.write(row: row, col: col, value, format: format)
    }
    let prepared = #expect(throws: XLSXError.self) {
      try sheet.write(row: row, cells, formats: formats)
    }
    try? other.close()
    return (one?.description, prepared?.description)
  }

  @Test("a prepared row throws what writing its cells one by one throws, naming the cell")
  func sameErrors() throws {
    let cases: [(CellValue, Int, Int)] = [
      (.text("x"), ExcelLimits.maxRows, 0), (.number(1), 0, ExcelLimits.maxColumns),
      (.number(.nan), 3, 2), (.date(CellDate(year: 2023, month: 2, day: 29)), 1, 1),
      (.date(CellDate(year: 1_000_000, month: 1, day: 1)), 0, 4), (.text("x"), -1, 0),
      (.date(CellDate(year: 3_000_000_000, month: 1, day: 1)), 0, 5),
    ]
    for (value, row, col) in cases {
      let (one, prepared) = try Self.errors(value, row: row, col: col)
      #expect(one != nil)
      #expect(one == prepared, "\(value) at \(row), \(col)")
    }
    let closed = try Self.errors(.text("x"), close: true)
    #expect(closed.0 != nil && closed.0 == closed.1)
    let foreign = try Self.errors(.number(2), foreign: true)
    #expect(foreign.0?.contains("different workbook") == true)
    #expect(foreign.0 == foreign.1)
  }

  @Test("a format number never set is refused, naming the sheet and cell")
  func unsetFormat() throws {
    let fixture = try XLSXFixture()
    let book = try Workbook(path: fixture.path("unset.xlsx"))
    let sheet = try book.addWorksheet(named: "Data")
    var cells = PreparedRow()
    cells.append(col: 1, .text("x"), format: 7)
    let error = #expect(throws: XLSXError.self) {
      try sheet.write(row: 2, cells, formats: CellFormats(workbook: book))
    }
    #expect(error?.kind == .invalidArgument)
    #expect(error?.description.contains("no format numbered 7 was set") == true)
    #expect(error?.description.contains("'Data'!B3") == true)
    try book.close()
  }
}
