/// Decodes `config/ctst.yaml` into a ``WorkspaceConfig``, collecting every problem.
public enum ConfigDecoder {
  /// Decodes the workspace configuration; missing keys keep their defaults.
  public static func decode(_ reader: ValueReader) -> WorkspaceConfig {
    var config = WorkspaceConfig()
    guard
      let top = reader.mapping(allowedKeys: [
        "version", "calendar", "forums", "status", "output", "report", "exports", "contacts",
      ])
    else { return config }
    defer { top.finish() }
    VersionCheck.check(top)
    if let calendar = top.optional("calendar")?.mapping(allowedKeys: ["periods"]) {
      config.periods = calendar.optional("periods")?.list(decodePeriod) ?? []
      calendar.finish()
      checkUniquePeriods(config.periods, reader.context)
    }
    if let forums = top.optional("forums") {
      let items = forums.list { item in item.writtenText().map { ($0, item.location) } }
      config.enabledForums = items?.map(\.0)
      config.enabledForumLocations = Dictionary(
        items ?? [], uniquingKeysWith: { first, _ in first })
    }
    if let status = top.optional("status")?.mapping(allowedKeys: ["on_track", "at_risk"]) {
      if let value = status.optional("on_track")?.number() { config.onTrackThreshold = value }
      if let value = status.optional("at_risk")?.number() { config.atRiskThreshold = value }
      if config.atRiskThreshold > config.onTrackThreshold {
        status.reader.fail(
          "'status.at_risk' (\(config.atRiskThreshold)) must not exceed 'status.on_track'"
            + " (\(config.onTrackThreshold))", code: "config.thresholds")
      }
      status.finish()
    }
    if let output = top.optional("output")?.mapping(allowedKeys: ["formats", "directory"]) {
      if let formats = output.optional("formats")?.outputFormats(defaults: config.formats) {
        config.formats = formats
      }
      if let directory = output.optional("directory") {
        if let text = directory.writtenText() {
          if SafeIdentifier.isValid(text) {
            config.outputDirectory = text
          } else {
            directory.fail(
              "'output.directory' must be a plain folder name (letters, digits, '-', '_', '.'),"
                + " found '\(text)'", code: "config.path")
          }
        }
      }
      output.finish()
    }
    if let report = top.optional("report")?.mapping(allowedKeys: [
      "title", "author", "name_economies", "recommendations",
    ]) {
      if let title = report.optional("title")?.nonEmptyString() { config.reportTitle = title }
      if let author = report.optional("author")?.nonEmptyString() { config.author = author }
      if let names = report.optional("name_economies")?.bool() { config.nameEconomies = names }
      if let list = report.optional("recommendations")?.list({ $0.nonEmptyString() }) {
        config.recommendations = list
      }
      report.finish()
    }
    if let exports = top.optional("exports") {
      config.exportJobs = exports.list(ExportJobDecoder.decode) ?? []
    }
    if let contacts = top.optional("contacts") {
      config.contacts = ContactsDecoder.decode(contacts)
    }
    return config
  }

  private static func decodePeriod(_ reader: ValueReader) -> Period? {
    guard let map = reader.mapping(allowedKeys: ["id", "title", "start", "end", "due", "cover"])
    else {
      return nil
    }
    defer { map.finish() }
    let idReader = map.required("id")
    let id = idReader?.nonEmptyWrittenText()
    if let id, let idReader, !SafeIdentifier.isValid(id) {
      idReader.fail(
        "period id '\(id)' may hold only letters, digits, '-', '_' and '.'", code: "config.id")
      return nil
    }
    let title = map.optional("title")?.nonEmptyString()
    let start = map.required("start")?.date()
    let endReader = map.required("end")
    let end = endReader?.date()
    let dueReader = map.optional("due")
    let due = dueReader?.date()
    var cover: Period.Cover?
    if let map = map.optional("cover")?.mapping(allowedKeys: [
      "symbol", "meeting", "agenda_item", "purpose", "submitted_by",
    ]) {
      cover = Period.Cover(
        symbol: map.optional("symbol")?.nonEmptyString(),
        meeting: map.optional("meeting")?.nonEmptyString(),
        agendaItem: map.optional("agenda_item")?.nonEmptyString(),
        purpose: map.optional("purpose")?.nonEmptyString(),
        submittedBy: map.optional("submitted_by")?.nonEmptyString())
      map.finish()
    }
    guard let id, let start, let end else { return nil }
    if end < start, let endReader {
      endReader.fail(
        "period '\(id)' ends (\(end)) before it starts (\(start))", code: "config.period_order")
      return nil
    }
    if let due, due < start, let dueReader {
      dueReader.fail(
        "period '\(id)' is due (\(due)) before it starts (\(start))", code: "config.period_order")
    }
    return Period(
      id: id, title: title, start: start, end: end, due: due, location: map.location,
      cover: cover)
  }

  private static func checkUniquePeriods(_ periods: [Period], _ context: DecodingContext) {
    var seen: [String: SourceLocation] = [:]
    for period in periods {
      if let first = seen[period.id] {
        context.add(
          .error(
            "period '\(period.id)' is defined twice", at: period.location,
            code: "config.duplicate_period", notes: [.init("first defined here", at: first)]))
      } else if let location = period.location {
        seen[period.id] = location
      }
    }
  }
}

/// Checks the `version:` key of a configuration file.
enum VersionCheck {
  static func check(_ map: MappingReader) {
    guard let reader = map.optional("version"), let version = reader.integer() else { return }
    if version > WorkspaceConfig.highestSupportedVersion || version < 1 {
      reader.fail(
        "unsupported version \(version); this ctst reads version"
          + " \(WorkspaceConfig.highestSupportedVersion)", code: "config.version")
    }
  }
}
