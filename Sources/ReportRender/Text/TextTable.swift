import ReportKernel

/// Lays a ``ReportTable`` out in plain text within a width: aligned columns when they fit
/// (numbers right-aligned), the widest column wrapped when that is enough, and otherwise one
/// block of `Label: value` lines per row (the "record" layout), which reads well in an e-mail.
enum TextTable {
  /// Spaces between columns.
  static let gap = 2
  /// The narrowest a wrapped column may become before the record layout is used instead.
  static let narrowestWrapped = 16
  /// The widest label column of the record layout.
  static let widestLabel = 24

  /// The lines of `table`: caption, body, notes.
  static func render(_ table: ReportTable, width: Int) -> [String] {
    var lines = TextWrap.wrap(table.title, width: width)
    let headers = table.columns.map { CellText.oneLine($0.title) }
    let cells = table.rows.map { row in
      table.columns.indices.map { index in
        index < row.count ? CellText.oneLine(CellText.format(row[index])) : ""
      }
    }
    if cells.isEmpty {
      lines.append("(no rows)")
    } else if let widths = fit(headers: headers, cells: cells, width: width) {
      lines.append("")
      lines += aligned(table, headers: headers, cells: cells, widths: widths)
    } else {
      lines.append("")
      lines += records(headers: headers, cells: cells, width: width)
    }
    if !table.notes.isEmpty { lines.append("") }
    for note in table.notes {
      lines += TextWrap.wrap(note, width: width, first: "Note: ", rest: "      ")
    }
    return lines
  }

  /// Column widths that fit `width`, wrapping the widest column if needed; nil when even that
  /// does not fit.
  static func fit(headers: [String], cells: [[String]], width: Int) -> [Int]? {
    var widths = headers.map(TextWrap.length)
    for row in cells {
      for (index, cell) in row.enumerated() {
        widths[index] = max(widths[index], TextWrap.length(cell))
      }
    }
    let total = widths.reduce(0, +) + gap * (widths.count - 1)
    guard total > width else { return widths }
    guard let widest = widths.indices.max(by: { widths[$0] < widths[$1] }) else { return nil }
    let available = width - (total - widths[widest])
    guard available >= narrowestWrapped else { return nil }
    widths[widest] = available
    return widths
  }

  /// Aligned columns under a dashed rule; multi-line rows are separated by blank lines.
  static func aligned(
    _ table: ReportTable, headers: [String], cells: [[String]], widths: [Int]
  ) -> [String] {
    let right = table.columns.map { CellText.isNumeric($0.kind) }
    func lines(_ row: [String]) -> [String] {
      let wrapped = row.enumerated().map { TextWrap.cell($1, width: widths[$0]) }
      let height = wrapped.map { $0.count }.max() ?? 1
      // Each line is built in one string: the cells padded to their widths, two spaces apart.
      return (0..<height).map { line in
        var parts: [String] = []
        parts.reserveCapacity(wrapped.count * 3)
        for (index, cellLines) in wrapped.enumerated() {
          if index > 0 { parts.append(TextWrap.run(" ", gap)) }
          let cell = line < cellLines.count ? cellLines[line] : ""
          let fill = TextWrap.run(" ", max(0, widths[index] - TextWrap.length(cell)))
          parts.append(right[index] ? fill : cell)
          parts.append(right[index] ? cell : fill)
        }
        return TextWrap.trimTrailing(TextJoin.joined(parts))
      }
    }
    var output = lines(headers)
    output.append(TextJoin.joined(widths.map { TextWrap.run("-", $0) }, separator: "  "))
    let body = cells.map(lines)
    let spaced = body.contains { $0.count > 1 }
    for (index, rowLines) in body.enumerated() {
      if spaced, index > 0 { output.append("") }
      output += rowLines
    }
    return output
  }

  /// One block per row: `Label: value` lines, empty values left out, blocks separated by
  /// blank lines.
  static func records(headers: [String], cells: [[String]], width: Int) -> [String] {
    let labelWidth = min(widestLabel, (headers.map(TextWrap.length).max() ?? 0) + 1)
    // Each column's label and indents, the same for every row.
    let indents = headers.map { header -> (first: String, rest: String)? in
      let label = header + ":"
      guard TextWrap.length(label) <= labelWidth else { return nil }
      let first = "  " + TextWrap.pad(label, labelWidth) + " "
      return (first, TextWrap.run(" ", TextWrap.length(first)))
    }
    var output: [String] = []
    for (index, row) in cells.enumerated() {
      if index > 0 { output.append("") }
      for (column, value) in row.enumerated() where column == 0 || !value.isEmpty {
        if let (first, rest) = indents[column] {
          output += TextWrap.wrap(value, width: width, first: first, rest: rest)
        } else {
          output += TextWrap.wrap(headers[column] + ":", width: width, first: "  ", rest: "  ")
          output += TextWrap.wrap(value, width: width, first: "    ", rest: "    ")
        }
      }
    }
    return output
  }
}
