import ReportKernel

/// Renders a report as plain text of at most 80 columns, readable in an e-mail or a terminal:
/// numbered, underlined headings; wrapped paragraphs with their attribution and source; aligned
/// tables, or one `Label: value` block per row when a table is too wide.
public struct PlainTextRenderer: TextReportRenderer {
  /// The widest line, in Unicode characters.
  public let width: Int

  /// Creates a renderer for lines of at most `width` characters (default 80).
  public init(width: Int = 80) {
    self.width = max(40, width)
  }

  /// Plain text.
  public var format: OutputFormat { .txt }
  /// `txt`.
  public var fileExtension: String { "txt" }

  /// The report as text, ending with a newline.
  public func render(_ document: ReportDocument) -> String {
    var lines = header(document)
    for (index, part) in document.parts.enumerated() {
      lines += [""] + heading("\(index + 1). \(part.title.uppercased())", rule: "=")
      lines += blocks(part.blocks)
      for (number, section) in part.sections.enumerated() {
        lines += self.section(section, number: "\(index + 1).\(number + 1)", depth: 1)
      }
    }
    return TextJoin.joined(lines, separator: "\n", suffix: "\n")
  }

  private func header(_ document: ReportDocument) -> [String] {
    var lines: [String] = document.isDraft ? ["DRAFT"] : []
    let labelWidth = (document.cover.map(\.label.count).max() ?? 0) + 2
    for line in document.cover {
      let label =
        line.label + ":" + TextWrap.run(" ", max(1, labelWidth - line.label.count - 1))
      lines += TextWrap.wrap(
        CellText.oneLine(line.value), width: width, first: label,
        rest: TextWrap.run(" ", labelWidth))
    }
    if !lines.isEmpty { lines.append("") }
    lines += TextWrap.wrap(document.title.uppercased(), width: width)
    lines += TextWrap.wrap(document.subtitle, width: width)
    if let previous = document.previousPeriod {
      lines += TextWrap.wrap("Compared with \(previous.title)", width: width)
    }
    if let preparedBy = document.preparedBy { lines += TextWrap.wrap(preparedBy, width: width) }
    lines.append(TextWrap.run("=", width))
    return lines
  }

  private func heading(_ title: String, rule: Character) -> [String] {
    let lines = TextWrap.wrap(title, width: width)
    let length = lines.map(\.count).max() ?? 0
    return lines + [String(repeating: rule, count: length)]
  }

  private func section(_ section: ReportSection, number: String, depth: Int) -> [String] {
    let rule: Character = depth == 1 ? "-" : depth == 2 ? "~" : "."
    var lines = [""] + heading("\(number) \(section.title)", rule: rule)
    lines += blocks(section.blocks)
    for (index, subsection) in section.subsections.enumerated() {
      lines += self.section(subsection, number: "\(number).\(index + 1)", depth: depth + 1)
    }
    return lines
  }

  private func blocks(_ blocks: [ReportBlock]) -> [String] {
    blocks.flatMap { [""] + block($0) }
  }

  private func block(_ block: ReportBlock) -> [String] {
    switch block {
    case .paragraph(let text, let attribution, let source):
      var lines = NarrativeText.pieces(text).enumerated().flatMap { index, piece in
        (index > 0 ? [""] : []) + self.piece(piece)
      }
      if let attribution {
        let place = source.map { ", \($0)" } ?? ""
        lines += TextWrap.wrap("(\(attribution)\(place))", width: width)
      }
      return lines
    case .bullets(let items):
      return items.flatMap {
        TextWrap.wrap(CellText.oneLine($0), width: width, first: "  - ", rest: "    ")
      }
    case .table(let table):
      return TextTable.render(table, width: width)
    case .keyFigures(let figures):
      return figures.flatMap { figure in
        let context = figure.context.map { " (\($0))" } ?? ""
        let text = "\(figure.label): \(CellText.format(figure.value))\(context)"
        return TextWrap.wrap(CellText.oneLine(text), width: width, first: "  - ", rest: "    ")
      }
    case .note(let text):
      return TextWrap.wrap(CellText.oneLine(text), width: width, first: "Note: ", rest: "      ")
    }
  }

  /// A narrative piece: paragraph lines wrapped, list items with hanging indents.
  private func piece(_ piece: NarrativeText.Piece) -> [String] {
    switch piece {
    case .paragraph(let lines):
      return lines.flatMap { TextWrap.wrap($0, width: width) }
    case .bullets(let items):
      return items.flatMap { TextWrap.wrap($0, width: width, first: "  - ", rest: "    ") }
    case .numbered(let start, let items):
      let last = String(start + items.count - 1).count
      return items.enumerated().flatMap { offset, item in
        let number = String(start + offset)
        let mark = "  " + TextWrap.run(" ", last - number.count) + number + ". "
        return TextWrap.wrap(
          item, width: width, first: mark, rest: TextWrap.run(" ", mark.count))
      }
    }
  }
}
