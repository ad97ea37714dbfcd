import ReportKernel

/// Renders a report as Markdown that any CommonMark/GFM viewer shows: `#` title, `##` parts,
/// `###` sections, `####` forum subsections; GFM tables with numbers right-aligned. Every piece
/// of text from submissions or configuration goes through ``MarkdownEscaper``.
public struct MarkdownRenderer: TextReportRenderer {
  /// Creates a renderer.
  public init() {}

  /// Markdown.
  public var format: OutputFormat { .md }
  /// `md`.
  public var fileExtension: String { "md" }

  /// The report as Markdown, ending with a newline.
  public func render(_ document: ReportDocument) -> String {
    var chunks: [String] = document.isDraft ? ["**DRAFT**"] : []
    if !document.cover.isEmpty {
      chunks.append(
        document.cover.map { "**" + escape($0.label) + ":** " + escape($0.value) }
          .joined(separator: "  \n"))
    }
    chunks += ["# " + escape(document.title), escape(document.subtitle)]
    if let previous = document.previousPeriod {
      chunks.append("Compared with " + escape(previous.title))
    }
    if let preparedBy = document.preparedBy { chunks.append(escape(preparedBy)) }
    for part in document.parts {
      chunks.append("## " + escape(part.title))
      chunks += part.blocks.map(block)
      chunks += part.sections.flatMap { section($0, level: 3) }
    }
    return TextJoin.joined(chunks, separator: "\n\n", suffix: "\n")
  }

  private func escape(_ text: String) -> String { MarkdownEscaper.inline(text) }

  private func section(_ section: ReportSection, level: Int) -> [String] {
    let marks = String(repeating: "#", count: min(6, level))
    return [marks + " " + escape(section.title)] + section.blocks.map(block)
      + section.subsections.flatMap { self.section($0, level: level + 1) }
  }

  private func block(_ block: ReportBlock) -> String {
    switch block {
    case .paragraph(let text, let attribution, let source):
      var chunks = NarrativeText.pieces(text).map(piece)
      if let attribution {
        let place = source.map { ", \($0)" } ?? ""
        chunks.append("*— " + escape("\(attribution)\(place)") + "*")
      }
      return chunks.joined(separator: "\n\n")
    case .bullets(let items):
      return items.map { "- " + escape($0) }.joined(separator: "\n")
    case .table(let table):
      return self.table(table)
    case .keyFigures(let figures):
      return figures.map { figure in
        let context = figure.context.map { " (" + escape($0) + ")" } ?? ""
        return "- **" + escape(figure.label) + ":** " + escape(CellText.format(figure.value))
          + context
      }.joined(separator: "\n")
    case .note(let text):
      return "> **Note:** " + escape(text)
    }
  }

  /// A narrative piece: a paragraph with hard line breaks, or a real list.
  private func piece(_ piece: NarrativeText.Piece) -> String {
    switch piece {
    case .paragraph(let lines):
      return lines.map(escape).joined(separator: "\\\n")
    case .bullets(let items):
      return items.map { "- " + escape($0) }.joined(separator: "\n")
    case .numbered(let start, let items):
      return items.enumerated().map { "\(start + $0.offset). " + escape($0.element) }
        .joined(separator: "\n")
    }
  }

  private func table(_ table: ReportTable) -> String {
    var chunks = ["**" + escape(table.title) + "**"]
    if table.rows.isEmpty {
      chunks.append("*No rows.*")
    } else {
      let header = TextJoin.joined(
        table.columns.map { escape($0.title) }, separator: " | ", prefix: "| ", suffix: " |")
      let rule =
        "|"
        + table.columns.map { CellText.isNumeric($0.kind) ? " ---: " : " --- " }
        .joined(separator: "|") + "|"
      let rows = table.rows.map { row in
        let cells = table.columns.indices.map { index in
          index < row.count ? escape(CellText.format(row[index])) : ""
        }
        return TextJoin.joined(cells, separator: " | ", prefix: "| ", suffix: " |")
      }
      chunks.append(TextJoin.joined([header, rule] + rows, separator: "\n"))
    }
    chunks += table.notes.map { "*Note:* " + escape($0) }
    return TextJoin.joined(chunks, separator: "\n\n")
  }
}
