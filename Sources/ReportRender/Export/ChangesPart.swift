import ReportKernel

/// The "Changes since the export of <date>" annex of an exported consolidated report: a
/// paragraph saying what was compared and, when something changed, one table (also the
/// workbook's Changes sheet). Publication words: the earlier run by its date, inputs,
/// indicators and economies by name, activities by title; the manifest keeps the run's folder
/// name, paths and ids.
public enum ChangesPart {
  /// The part's id; the workbook writes its table as the Changes sheet.
  public static let id = "changes"

  /// The part for `changes`, naming inputs, indicators and economies by `names`.
  public static func part(_ changes: RunChanges, names: ChangeNames = .init()) -> ReportPart {
    let title =
      changes.since.map { "Changes since \(exportName($0))" } ?? "Changes since the last export"
    var blocks: [ReportBlock] = [.paragraph(text: sentence(changes), attribution: nil, source: nil)]
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

  /// The earlier run as the report names it: "the export of 28 November 2026 at 02:30 UTC"
  /// for a run folder named `20261128T023000Z` (or `20261128T023000Z-2`), "the export
  /// <name>" for a folder named otherwise.
  static func exportName(_ run: String) -> String {
    let digits = Array(run.prefix(16).filter(\.isNumber))
    func number(_ range: Range<Int>) -> Int { Int(String(digits[range])) ?? 0 }
    guard RunDirectories.isRunName(run), digits.count == 14,
      let date = CalendarDate(year: number(0..<4), month: number(4..<6), day: number(6..<8))
    else { return "the export \(run)" }
    let time = String(digits[8..<10]) + ":" + String(digits[10..<12])
    return "the export of \(date.prose) at \(time) UTC"
  }

  /// The part's sentence: what was compared, in publication words.
  static func sentence(_ changes: RunChanges) -> String {
    guard let since = changes.since else {
      return "This is the first export of this report: there is nothing to compare with."
    }
    let sentence =
      changes.compared
      ? changes.summary(calling: exportName(since))
      : "\(exportName(since)) cannot be compared with this one."
    return sentence.prefix(1).uppercased() + sentence.dropFirst()
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
      row("Activity", "added", $0.forum, $0.title, "", "", "")
    }
    rows += changes.activitiesRemoved.map {
      row("Activity", "removed", $0.forum, $0.title, "", "", "")
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
  /// The same document, cover block and draft mark included, with the changes annex appended.
  public func appending(_ part: ReportPart) -> ReportDocument {
    ReportDocument(
      kind: kind, forum: forum, title: title, subtitle: subtitle, period: period,
      previousPeriod: previousPeriod, author: author, toolVersion: toolVersion,
      parts: parts + [part], sheets: sheets, inputs: inputs, findings: findings, cover: cover,
      isDraft: isDraft)
  }
}
