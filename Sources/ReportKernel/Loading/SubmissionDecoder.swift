/// Decodes a submission file into a ``Submission``, checking its schema: keys, types, enums
/// and dates. Cross-references (indicator ids, economy codes, components) are checked by
/// ``SubmissionValidator`` afterwards, against the catalogue and the configuration.
public enum SubmissionDecoder {
  static let topKeys = [
    "forum", "period", "status", "submitted_on", "contact", "narrative", "indicators",
    "activities", "agenda", "recommendations",
  ]
  static let indicatorKeys = [
    "value", "numerator", "denominator", "by_economy", "source", "as_of", "lower_bound", "comment",
    "quality",
  ]
  /// Forward-agenda keys that hold plain statements, named after the strategy's headings.
  static let statementKeys = ["coordination", "long_term_vision"]
  static let activityKeys = [
    "id", "title", "component", "pillars", "status", "economies", "beneficiaries", "partners",
    "fora", "capacity_building", "tags", "start", "end", "funding", "summary", "apec_project",
    "private_sector", "quality", "same_as",
  ]

  /// Decodes `reader`'s node as the submission stored in `file`.
  public static func decode(_ reader: ValueReader, file: String) -> Submission? {
    guard let top = reader.mapping(allowedKeys: topKeys) else { return nil }
    defer { top.finish() }
    let forum = top.required("forum", advice: Advice.forum)?.nonEmptyWrittenText() ?? ""
    let period = top.required("period", advice: Advice.period)?.nonEmptyWrittenText() ?? ""
    var submission = Submission(forum: forum, period: period, file: file)
    submission.status =
      top.required("status", advice: Advice.status)?.oneOf(Submission.Status.self) ?? .draft
    submission.submittedOn = top.optional("submitted_on")?.date()
    for key in ["forum", "period", "status", "submitted_on", "indicators"] {
      let value = key == "indicators" ? nil : top.optional(key)?.location
      if let location = value ?? top.keyLocation(key) {
        submission.keyLocations[key] = location
      }
    }
    if let contact = top.optional("contact")?.mapping(allowedKeys: ["name", "email"]) {
      if let name = contact.required("name")?.nonEmptyString() {
        submission.contact = .init(name: name, email: contact.optional("email")?.string())
      }
      contact.finish()
    }
    for (component, location, text) in top.optional("narrative")?.entries() ?? [] {
      if let body = text.node.isNull ? "" : text.string() {
        submission.narratives.append(.init(component: component, text: body, location: location))
      }
    }
    for (id, location, value) in top.optional("indicators")?.entries() ?? [] {
      if let report = decodeIndicator(id: id, at: location, value) {
        submission.indicators.append(report)
      }
    }
    submission.activities = top.optional("activities")?.list(decodeActivity) ?? []
    submission.activitiesLocation = top.keyLocation("activities") ?? top.location
    if let agenda = top.optional("agenda") { submission.agenda = decodeAgenda(agenda) }
    submission.recommendations = top.optional("recommendations")?.stringList() ?? []
    submission.keyLocations["recommendations"] = top.keyLocation("recommendations")
    return submission
  }

  private static func decodeIndicator(
    id: String, at location: SourceLocation, _ reader: ValueReader
  ) -> IndicatorReport? {
    var report = IndicatorReport(id: id, location: location)
    if reader.node.isNull { return report }
    guard let map = reader.mapping(allowedKeys: indicatorKeys) else { return nil }
    defer { map.finish() }
    if let value = map.optional("value") {
      report.overall = IndicatorValueReader.datum(value)
    }
    let numerator = map.optional("numerator")
    let denominator = map.optional("denominator")
    if numerator != nil || denominator != nil {
      if let ratio = IndicatorValueReader.ratio(map) {
        report.overall = ratio
      }
      if let value = map.optional("value") {
        value.fail(
          "give either 'value' or 'numerator' and 'denominator', not both",
          code: "schema.conflict")
      }
    }
    if let table = map.optional("by_economy") {
      // Sized once: a table of many economies is the largest thing a submission holds. It is
      // read value by value, so only the values decoded are held.
      report.byEconomy.reserveCapacity(table.node.mapping?.count ?? 0)
      let isTable = table.forEachEntry { code, codeLocation, value in
        // A blank left from the template: reported as missing, like a blank indicator.
        if value.node.isNull {
          report.blankEconomies.append((code, codeLocation))
          return
        }
        if let datum = IndicatorValueReader.datum(value, ratioAllowed: true) {
          report.byEconomy.append((code, Datum(datum.value, at: codeLocation)))
        }
      }
      if isTable, report.overall != nil, let by = map.keyLocation("by_economy") {
        reader.context.add(
          .error(
            "give either an overall value or 'by_economy', not both", at: by,
            code: "schema.conflict"))
      }
    }
    report.source = map.optional("source")?.oneOf(SourceType.self)
    report.asOf = map.optional("as_of")?.date()
    report.isLowerBound = map.optional("lower_bound")?.bool() ?? false
    report.comment = map.optional("comment")?.string()
    report.quality = map.optional("quality")?.oneOf(Quality.self) ?? .reported
    return report
  }

  private static func decodeActivity(_ listed: ValueReader) -> Activity? {
    // Findings about an activity name it by its id, as the lead wrote it.
    let written = listed.node.mapping?.first { $0.key.scalar?.value == "id" }?.value.scalar?.value
    let reader =
      written.map { $0.trimmingSpaces }.flatMap { $0.isEmpty ? nil : $0 }
      .map { listed.scoped("activity '\($0)'") } ?? listed
    guard let map = reader.mapping(allowedKeys: activityKeys) else { return nil }
    defer { map.finish() }
    let id = map.required("id", advice: Advice.activityID)?.nonEmptyString()
    let title = map.required("title", advice: Advice.title)?.nonEmptyString()
    let componentReader = map.required("component", advice: Advice.component)
    let component = componentReader?.nonEmptyString()
    let status = map.required("status", advice: Advice.activityStatus)?.oneOf(
      Activity.Status.self)
    var activity = Activity(
      id: id ?? "", title: title ?? "", component: component ?? "", status: status ?? .planned,
      location: map.location)
    if let componentReader { activity.itemLocations["component"] = [componentReader.location] }
    func located(_ key: String) -> [String] {
      let items = map.optional(key)?.locatedStringList() ?? []
      activity.itemLocations[key] = items.map(\.location)
      return items.map(\.text)
    }
    activity.pillars = located("pillars")
    activity.economies = located("economies")
    activity.beneficiaries = located("beneficiaries")
    activity.partners = located("partners")
    activity.fora = located("fora")
    activity.capacityBuilding = map.optional("capacity_building")?.bool() ?? false
    activity.tags = map.optional("tags")?.stringList() ?? []
    activity.quality = map.optional("quality")?.oneOf(Quality.self) ?? .reported
    activity.sameAs = map.optional("same_as")?.nonEmptyString()
    activity.start = map.optional("start")?.date()
    let endReader = map.optional("end")
    activity.end = endReader?.date()
    if let start = activity.start, let end = activity.end, end < start, let endReader {
      endReader.fail(
        "activity '\(activity.id)' ends (\(end)) before it starts (\(start))",
        code: "value.date_order")
    }
    if let funding = map.optional("funding")?.mapping(allowedKeys: ["apec_usd", "co_funding_usd"]) {
      activity.apecFundingUSD = funding.optional("apec_usd")?.nonNegativeNumber()
      activity.coFundingUSD = funding.optional("co_funding_usd")?.nonNegativeNumber()
      funding.finish()
    }
    activity.summary = map.optional("summary")?.string()
    activity.apecProject = map.optional("apec_project")?.nonEmptyString()
    activity.privateSector = map.optional("private_sector")?.stringList() ?? []
    // An unknown status is already reported; keep the activity so its other fields are checked.
    guard id != nil, title != nil, component != nil else { return nil }
    return activity
  }

  /// `same_as: {forum: SCCP, theme: "Cash smuggling at borders"}` on a cross-fora proposal.
  private static func decodeThemeLink(_ reader: ValueReader) -> ThemeLink? {
    guard let link = reader.mapping(allowedKeys: ["forum", "theme"]) else { return nil }
    defer { link.finish() }
    let forum = link.required(
      "forum", advice: "write the id of the forum that proposes the same theme (forum: SCCP)")
    let theme = link.required(
      "theme", advice: "write the first words of that forum's proposal (theme: \"Cash smuggling\")")
    guard let forum, let id = forum.nonEmptyString(), let text = theme?.nonEmptyString() else {
      return nil
    }
    return ThemeLink(
      forum: id, theme: text, location: link.location, forumLocation: forum.location)
  }

  private static func decodeAgenda(_ reader: ValueReader) -> ForwardAgenda {
    var agenda = ForwardAgenda()
    agenda.location = reader.location
    guard let map = reader.mapping(allowedKeys: ["priorities", "cross_fora"] + statementKeys)
    else { return agenda }
    defer { map.finish() }
    agenda.priorities = map.optional("priorities")?.stringList() ?? []
    for key in statementKeys {
      if let items = map.optional(key)?.stringList(), !items.isEmpty {
        agenda.statements[key] = items
      }
    }
    agenda.crossFora =
      map.optional("cross_fora")?.list { item -> CrossForaProposal? in
        guard let proposal = item.mapping(allowedKeys: ["with", "theme", "same_as"]) else {
          return nil
        }
        defer { proposal.finish() }
        guard let with = proposal.required("with")?.locatedStringList(),
          let theme = proposal.required("theme")?.nonEmptyString()
        else { return nil }
        var made = CrossForaProposal(
          with: with.map(\.text), theme: theme, location: proposal.location)
        made.withLocations = with.map(\.location)
        made.sameAs = proposal.optional("same_as").flatMap(decodeThemeLink)
        return made
      } ?? []
    return agenda
  }
}

/// Reads indicator values whose type depends on the indicator's unit: the decoder keeps the
/// raw shape (number, yes/no, date, list, ratio or text) and the validator checks it against
/// the unit.
enum IndicatorValueReader {
  static func datum(_ reader: ValueReader, ratioAllowed: Bool = false) -> Datum? {
    let node = reader.node
    let location = reader.location
    if let items = node.sequence {
      let codes = items.enumerated().compactMap { index, item in
        reader.child(item, key: "[\(index)]").nonEmptyString()
      }
      return Datum(.economies(codes), at: location)
    }
    if node.mapping != nil {
      guard ratioAllowed, let map = reader.mapping(allowedKeys: ["numerator", "denominator"])
      else {
        if !ratioAllowed { reader.mismatch("a single value") }
        return nil
      }
      defer { map.finish() }
      return ratio(map)
    }
    guard let scalar = node.scalar, !node.isNull else {
      reader.mismatch("a value")
      return nil
    }
    if !reader.isExplicitText {
      if let number = ValueReader.finiteNumber(scalar.value) {
        guard reader.isWithinMagnitude(number, scalar.value) else { return nil }
        return Datum(.number(number), at: location)
      }
      if let flag = YesNo.parse(scalar.value) { return Datum(.flag(flag), at: location) }
      if let date = CalendarDate(iso: scalar.value) { return Datum(.date(date), at: location) }
      if CalendarDate.looksLikeDate(scalar.value), scalar.value.count == 10 {
        reader.fail("\(reader.subject) is not a real date: '\(scalar.value)'", code: "value.date")
        return nil
      }
    }
    return Datum(.text(reader.withoutControlCharacters(scalar.value)), at: location)
  }

  static func ratio(_ map: MappingReader) -> Datum? {
    guard let numerator = map.required("numerator")?.nonNegativeNumber(),
      let denominatorReader = map.required("denominator"),
      let denominator = denominatorReader.nonNegativeNumber()
    else { return nil }
    guard denominator > 0 else {
      denominatorReader.fail("'\(denominatorReader.path)' must be above zero", code: "value.zero")
      return nil
    }
    return Datum(.ratio(numerator: numerator, denominator: denominator), at: map.location)
  }
}
