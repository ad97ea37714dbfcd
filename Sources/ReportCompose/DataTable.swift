import ReportKernel

/// The long "data" table for pivoting and the CSV: one row per indicator value, overall and
/// per economy, for the period and the one before it, with a numeric `Value` column. Forums
/// by their display acronym, as the report names them, with the module id in `Forum id`.
///
/// Levels: `overall` (one figure for the forum, as submitted or derived), `economy` (one
/// economy's value) and `total` (the roll-up of the per-economy values, so a pivot can filter
/// it out instead of double counting). Shares are 0–1, yes/no is 1/0, a list of economies
/// counts its members; dates and text have an empty value and go in the `Text` column.
enum DataTable {
  /// The most rows made at once: the rows of one indicator are made in pieces of this size.
  static let chunkRows = 1_024

  /// Tables of at most this many rows are held, made once: every renderer walks them (the
  /// workbook twice, for its column widths and for its cells), and at this size making them
  /// again costs more than holding them.
  static let heldRows = 8_192

  /// The data table. Its rows are made on demand, a piece of one indicator's at a time, each
  /// time a renderer walks them: the table grows with the data and is never held whole (up to
  /// `heldRows` rows, it is made once and held). Only each indicator's order of economies is
  /// worked out here, once. With `provenance`, each value's `File` and `Line` (the review
  /// pack's); without, the report's table, which has neither.
  static func build(
    _ scope: BuildScope, provenance: Bool = true, heldRows: Int = heldRows
  ) -> ReportTable {
    var count = 0
    var chunks: [ReportRows.Chunk] = []
    func add(_ forum: ForumDescriptor, _ submission: Submission, period: String) {
      for definition in forum.indicators {
        guard let report = submission.indicator(definition.id) else { continue }
        count += (report.overall == nil ? 0 : 1) + report.byEconomy.count
        let rows = SubmittedRows(
          forum: forum, shown: scope.acronym(forum.id), definition: definition, report: report,
          period: period, economies: scope.economies, provenance: provenance)
        if let overall = report.overall {
          chunks.append { [rows.row("overall", "", overall)] }
        }
        let entries = report.byEconomy
        let order = economyOrder(entries, economies: scope.economies)
        for start in stride(from: 0, to: entries.count, by: chunkRows) {
          let end = min(start + chunkRows, entries.count)
          if let order {
            let piece = order[start..<end]
            chunks.append { piece.map { rows.economy(Int($0)) } }
          } else {
            chunks.append { (start..<end).map(rows.economy) }
          }
        }
      }
    }
    if let previous = scope.previousPeriod {
      for forum in scope.forums {
        guard let submission = forum.previous else { continue }
        add(forum.descriptor, submission, period: previous.id)
      }
    }
    for forum in scope.forums {
      if let submission = forum.submission {
        add(forum.descriptor, submission, period: scope.period.id)
      }
      let derived = computed(
        forum, period: scope.period.id, shown: scope.acronym(forum.descriptor.id),
        provenance: provenance)
      count += derived.count
      if !derived.isEmpty { chunks.append { derived } }
    }
    let columns =
      [
        ReportColumn("Period"), ReportColumn("Forum"), ReportColumn("Indicator"),
        ReportColumn("Level"), ReportColumn("Economy"), ReportColumn("Unit"),
        ReportColumn("Value", .number), ReportColumn("Date", .date), ReportColumn("Text"),
        ReportColumn("Lower bound"), ReportColumn("Quality"), ReportColumn("Source"),
        ReportColumn("As of", .date),
      ] + (provenance ? [ReportColumn("File"), ReportColumn("Line", .integer)] : [])
      + [ReportColumn("Forum id")]
    return ReportTable(
      id: "data", title: "Data", columns: columns,
      rows: count <= heldRows
        ? ReportRows(Array(ReportRows(count: count, chunks: chunks)))
        : ReportRows(count: count, chunks: chunks),
      notes: [
        "Level 'total' rows roll up the 'economy' rows of the same indicator; filter one out"
          + " when summing. Economies by APEC name. Quality: reported, estimate or illustrative,"
          + " as the submission declares it."
      ])
  }

  /// The positions of `entries` in APEC's order of economies (stable: a code given twice keeps
  /// its order), or nil when they are in that order already, as submissions list them as a
  /// rule: then no order is held.
  static func economyOrder(
    _ entries: [(economy: String, datum: Datum)], economies: EconomyList
  ) -> [Int32]? {
    let inOrder = entries.indices.dropFirst().allSatisfy {
      !economies.precedes(entries[$0].economy, entries[$0 - 1].economy)
    }
    guard !inOrder else { return nil }
    var order = Array(0..<Int32(entries.count))
    order.sort { economies.precedes(entries[Int($0)].economy, entries[Int($1)].economy) }
    return order
  }

  /// The rows of the values a submission reports for one indicator.
  struct SubmittedRows: Sendable {
    let forum: ForumDescriptor
    /// The forum as the report names it (`fora:` in the strategy: CTWG); the id (CTTF) goes
    /// in the last column, `Forum id`, for machines joining on it.
    let shown: String
    let definition: IndicatorDefinition
    let report: IndicatorReport
    let period: String
    let economies: EconomyList
    /// Whether rows hold the value's `File` and `Line`.
    let provenance: Bool

    /// The row of the per-economy value at `position`.
    func economy(_ position: Int) -> [ReportCell] {
      let entry = report.byEconomy[position]
      return row("economy", entry.economy, entry.datum)
    }

    /// The row of `datum` at `level`, for `economy` (empty for the overall value).
    func row(_ level: String, _ economy: String, _ datum: Datum) -> [ReportCell] {
      let (value, text) = cells(
        datum.value, lowerBound: report.isLowerBound, unit: definition.unit,
        economies: economies)
      let head: [ReportCell] = [
        .text(period), .text(shown), .text(definition.id), .text(level),
        CellFactory.text(economy.isEmpty ? "" : economies.name(economy)),
        .text(definition.unit.rawValue), value, date(datum.value), CellFactory.text(text),
        .text(report.isLowerBound ? "yes" : "no"), .text(report.quality.rawValue),
        CellFactory.text(report.source?.rawValue ?? ""), CellFactory.date(report.asOf),
      ]
      return DataTable.row(
        head, file: .text(datum.location.file), line: .integer(datum.location.line),
        forum: forum.id, provenance: provenance)
    }
  }

  /// Derived figures and roll-ups of per-economy values for the period.
  static func computed(
    _ forum: ForumAnalysis, period: String, shown: String, provenance: Bool = true
  ) -> [[ReportCell]] {
    forum.results.compactMap { result -> [ReportCell]? in
      let definition = result.definition
      let isRollUp =
        definition.breakdown == .byEconomy
        && forum.submission?.indicator(definition.id)?.overall == nil
      guard result.hasValue, definition.isDerived || isRollUp else { return nil }
      let value: ReportCell =
        result.actual.map { .number($0, lowerBound: result.isLowerBound) }
        ?? .empty
      var text = result.textValue
      let date: ReportCell = text.flatMap(CalendarDate.init(iso:)).map { .date($0) } ?? .empty
      if date != .empty { text = nil }
      if let numerator = result.numerator, let denominator = result.denominator {
        text = "\(NumberText.plain(numerator))/\(NumberText.plain(denominator))"
      }
      let place = result.provenance.first
      let head: [ReportCell] = [
        .text(period), .text(shown), .text(definition.id),
        .text(definition.isDerived ? "overall" : "total"), .empty,
        .text(definition.unit.rawValue), value, date, CellFactory.text(text),
        .text(result.isLowerBound ? "yes" : "no"), .text(result.quality.rawValue),
        .text(definition.isDerived ? "derived" : "rollup"), .empty,
      ]
      return row(
        head, file: CellFactory.text(place?.file), line: place.map { .integer($0.line) } ?? .empty,
        forum: forum.descriptor.id, provenance: provenance)
    }
  }

  /// A row of the table: `head` (Period to As of), then `file` and `line` when the table has
  /// provenance (they are not made otherwise), then the forum id.
  static func row(
    _ head: [ReportCell], file: @autoclosure () -> ReportCell,
    line: @autoclosure () -> ReportCell, forum: String, provenance: Bool
  ) -> [ReportCell] {
    var cells = head
    cells.reserveCapacity(head.count + 3)
    if provenance { cells += [file(), line()] }
    cells.append(.text(forum))
    return cells
  }

  /// The date cell of a datum holding a date, else empty.
  static func date(_ value: Datum.Value) -> ReportCell {
    if case .date(let date) = value { return .date(date) }
    return .empty
  }

  /// The unit's value cell and text of a datum, with economies by APEC name and a date left
  /// to the date column.
  static func cells(
    _ value: Datum.Value, lowerBound: Bool, unit: IndicatorDefinition.Unit,
    economies: EconomyList
  ) -> (ReportCell, String?) {
    switch value {
    case .date: return (.empty, nil)
    case .economies(let codes):
      return (
        .number(Double(codes.count), lowerBound: lowerBound),
        economies.names(codes).joined(separator: "; ")
      )
    default: return unit.semantics.dataCells(value, lowerBound: lowerBound)
    }
  }
}
