import ReportKernel

/// The "Changes since <run>" annex of an exported consolidated report: a paragraph saying
/// what was compared and, when something changed, one table (also the workbook's Changes
/// sheet).
public enum ChangesPart {
  /// The part's id; the workbook writes its table as the Changes sheet.
  public static let id = "changes"

  /// The part for `changes`, naming inputs, indicators and economies by `names`.
  public static func part(_ changes: RunChanges, names: ChangeNames = .init()) -> ReportPart {
    let title = changes.since.map { "Changes since run \($0)" } ?? "Changes since the last export"
    var blocks: [ReportBlock] = [.paragraph(text: changes.summary, attribution: nil, source: nil)]
    let rows = rows(changes, names: names)
    if !rows.isEmpty {
      blocks.append(
        .table(
          ReportTable(
            id: id, title: title,
            columns: [
              ReportColumn("What"), ReportColumn("Change"), ReportColumn("Forum"),
              ReportColumn("Item"), ReportColumn("Economy"), ReportColumn("Old"),
              ReportColumn("New"),
            ], rows: rows)))
    }
    return ReportPart(id: id, title: title, blocks: blocks, sections: [])
  }

  /// An old or new value as a cell: a number as a number (a number cell in the workbook), a
  /// ratio, yes/no, date or text as written.
  static func value(_ text: String?) -> ReportCell {
    guard let text else { return .empty }
    if let number = RunChanges.ValueChange.number(text) {
      return .number(number, lowerBound: false)
    }
    return .text(text)
  }

  /// The workbook's Changes sheet: the part's table, or, when nothing changed or there is
  /// nothing to compare with (a job's first run), the part's sentence saying so.
  public static func sheetTable(in document: ReportDocument) -> ReportTable? {
    if let table = table(in: document) { return table }
    for part in document.parts where part.id == id {
      for case .paragraph(let text, _, _) in part.blocks {
        return ReportTable(
          id: id, title: part.title, columns: [ReportColumn(part.title)], rows: [[.text(text)]])
      }
    }
    return nil
  }

  /// The table of the part in `document`, if it has one.
  public static func table(in document: ReportDocument) -> ReportTable? {
    for part in document.parts where part.id == id {
      for case .table(let table) in part.blocks { return table }
    }
    return nil
  }

  /// The table's rows: publication words, no paths, ids or finding texts (the manifest and
  /// the review pack keep those).
  static func rows(_ changes: RunChanges, names: ChangeNames = .init()) -> [[ReportCell]] {
    func row(_ cells: String...) -> [ReportCell] { cells.map { $0.isEmpty ? .empty : .text($0) } }
    var rows: [[ReportCell]] = []
    rows += changes.inputsAdded.map { row("Input", "added", "", names.input($0), "", "", "") }
    rows += changes.inputsRemoved.map { row("Input", "removed", "", names.input($0), "", "", "") }
    rows += changes.inputsChanged.map { row("Input", "changed", "", names.input($0), "", "", "") }
    rows += changes.values.map {
      let change = $0.old == nil ? "added" : $0.new == nil ? "removed" : "changed"
      return row(
        "Indicator value", change, $0.forum, names.indicator($0.indicator),
        names.economy($0.economy)) + [value($0.old), value($0.new)]
    }
    rows += changes.activitiesAdded.map {
      row("Activity", "added", $0.forum, "\($0.id): \($0.title)", "", "", "")
    }
    rows += changes.activitiesRemoved.map {
      row("Activity", "removed", $0.forum, "\($0.id): \($0.title)", "", "", "")
    }
    for (count, change) in [
      (changes.findingsNew.count, "new"),
      (changes.findingsResolved.count, "resolved"),
    ] where count > 0 {
      let what = count == 1 ? "1 validation finding" : "\(count) validation findings"
      rows.append(row("Findings", change, "", "\(what); listed in the review pack", "", "", ""))
    }
    return rows
  }
}

extension ReportDocument {
  /// The same document with the changes annex appended.
  public func appending(_ part: ReportPart) -> ReportDocument {
    ReportDocument(
      kind: kind, forum: forum, title: title, subtitle: subtitle, period: period,
      previousPeriod: previousPeriod, author: author, toolVersion: toolVersion,
      parts: parts + [part], sheets: sheets, inputs: inputs, findings: findings)
  }
}
