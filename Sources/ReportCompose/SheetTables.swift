import ReportKernel

/// The tabular views that have no narrative counterpart: status counts per forum, component
/// × forum coverage, economy × forum participation, and each forum's sheet.
enum SheetTables {
  /// Rows: forum; integer columns: On track, At risk, Off track, No data.
  static func statusByForum(_ scope: BuildScope) -> ReportTable {
    let statuses = IndicatorStatus.allCases
    let rows = scope.forums.map { forum -> [ReportCell] in
      [.text(scope.forumLabel(forum.descriptor.id))]
        + statuses.map { status in .integer(forum.results.filter { $0.status == status }.count) }
    }
    return ReportTable(
      id: "status_by_forum", title: "Indicator status by forum",
      columns: [ReportColumn("Forum")] + statuses.map { ReportColumn($0.label, .integer) },
      rows: rows,
      notes: scope.coverageNote.map {
        ["A forum without a readable submission has every indicator at No data. \($0)"]
      } ?? [])
  }

  /// Rows: component (with its area); columns: Leads and one per forum; cells "lead,
  /// reported", "lead, no report", "reported" or empty.
  static func coverage(_ scope: BuildScope) -> ReportTable {
    let rows = scope.areas.flatMap { area, components in
      components.map { component -> [ReportCell] in
        let leads = component.isUnassigned ? "unassigned" : component.leads.joined(separator: ", ")
        let cells = scope.forums.map { forum -> ReportCell in
          let lead = component.leads.contains(forum.descriptor.id)
          let reported = scope.contributes(forum, to: component.id)
          switch (lead, reported) {
          case (true, true): return .text("lead, reported")
          case (true, false): return .text("lead, no report")
          case (false, true): return .text("reported")
          case (false, false): return .empty
          }
        }
        return [.text(area.title), .text(component.title), .text(leads)] + cells
      }
    }
    return ReportTable(
      id: "coverage", title: "Coverage of the strategy's components",
      columns: [ReportColumn("Area"), ReportColumn("Component"), ReportColumn("Leads")]
        + scope.forums.map { ReportColumn(scope.acronym($0.descriptor.id)) },
      rows: rows,
      notes: [
        "A forum reported on a component when it gave a narrative, an indicator value, an"
          + " activity or a contributed section for it."
      ])
  }

  /// Rows: the member economies; columns: activities taken part in per forum, and
  /// capacity-building initiatives benefited from.
  static func economies(_ scope: BuildScope) -> ReportTable {
    // Counted in one pass over the activities, not once per economy: an activity counts once
    // for each distinct code it names.
    let perForum = scope.forums.map { forum -> [String: Int] in
      var counts: [String: Int] = [:]
      for activity in forum.submission?.activities ?? [] {
        for code in Set(activity.economies) { counts[code, default: 0] += 1 }
      }
      return counts
    }
    var received: [String: Int] = [:]
    for (_, activity) in scope.countedActivities
    where activity.capacityBuilding && activity.isDelivered {
      for code in Set(activity.beneficiaries) { received[code, default: 0] += 1 }
    }
    let economies = scope.economies.all
    let beneficiaries = received
    let row = { @Sendable (economy: Economy) -> [ReportCell] in
      let activities = perForum.map { ReportCell.integer($0[economy.code] ?? 0) }
      return [.text(economy.name)] + activities
        + [.integer(beneficiaries[economy.code] ?? 0)]
    }
    // A row per economy, made on demand in pieces: the economy list may be long.
    let pieces = stride(from: 0, to: economies.count, by: DataTable.chunkRows).map { start in
      economies[start..<min(start + DataTable.chunkRows, economies.count)]
    }
    let rows = ReportRows(
      count: economies.count, chunks: pieces.map { piece in { piece.map(row) } })
    return ReportTable(
      id: "economies", title: "Economies",
      columns: [ReportColumn("Economy")]
        + scope.forums.map {
          ReportColumn("\(scope.acronym($0.descriptor.id)) activities", .integer)
        }
        + [ReportColumn("Capacity building received", .integer)],
      rows: rows,
      notes: [
        "Per forum: activities the economy took part in. Capacity building received:"
          + " delivered capacity-building initiatives naming it as a beneficiary, a joint"
          + " initiative once." + (scope.coverageNote.map { " " + $0 } ?? "")
      ])
  }

  /// Each covered forum's sheet: its indicators, its activities and its contributed tables.
  static func forums(_ scope: BuildScope) -> [ForumSheet] {
    scope.forums.map { forum in
      let contributed = forum.sections.flatMap { section in
        section.blocks.compactMap { block -> ReportTable? in
          guard case .table(let table) = block else { return nil }
          return QualityMarks.contributed(
            table, forum: forum, component: section.component,
            label: scope.acronym(forum.descriptor.id))
        }
      }
      let narratives = narrativeTable(forum, scope: scope)
      let isDraft = forum.timeliness == .draft
      return ForumSheet(
        forum: forum.descriptor.id,
        name: scope.title(forum) + (isDraft ? " (DRAFT: not yet submitted)" : ""),
        label: scope.acronym(forum.descriptor.id),
        tables: (narratives.rows.isEmpty ? [] : [narratives]) + [
          IndicatorTables.forum(forum, scope: scope), ActivityTables.forum(forum, scope: scope),
        ] + contributed)
    }
  }

  /// The forum's narratives, one row per component, the text with its paragraphs, lists and
  /// line breaks as written (the workbook wraps it and sizes the row to fit).
  static func narrativeTable(_ forum: ForumAnalysis, scope: BuildScope) -> ReportTable {
    let rows = (forum.submission?.narratives ?? []).compactMap { narrative -> [ReportCell]? in
      let text = NarrativeText.plain(narrative.text)
      guard !text.isEmpty else { return nil }
      return [.text(scope.componentTitle(narrative.component)), .text(text)]
    }
    return ReportTable(
      id: "narratives.\(forum.descriptor.id)",
      title: "\(scope.acronym(forum.descriptor.id)) narratives",
      columns: [ReportColumn("Component"), ReportColumn("Narrative")], rows: rows)
  }
}
