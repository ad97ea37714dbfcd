/// Decodes one entry of `exports:` in `config/ctst.yaml`.
enum ExportJobDecoder {
  static func decode(_ reader: ValueReader) -> ExportJob? {
    guard
      let map = reader.mapping(allowedKeys: [
        "name", "consolidated", "sections", "review", "formats", "period", "directory", "keep",
        "on_failure",
      ])
    else { return nil }
    defer { map.finish() }
    guard let nameReader = map.required("name"), let name = nameReader.nonEmptyWrittenText() else {
      return nil
    }
    guard SafeIdentifier.isValid(name) else {
      nameReader.fail(
        "export job name '\(name)' may hold only letters, digits, '-', '_' and '.'",
        code: "config.id")
      return nil
    }
    var job = ExportJob(name: name)
    job.location = map.location
    if let value = map.optional("consolidated")?.bool() { job.includeConsolidated = value }
    if let reader = map.optional("sections") {
      job.sectionsLocation = reader.location
      if let word = reader.node.scalar?.value, !reader.node.isNull {
        if word == "all" {
          job.sections = .all
        } else {
          reader.fail(
            "\(reader.subject) must be 'all' or a list of forum ids such as [SCCP, BMG],"
              + " found '\(word)'", code: "schema.type")
        }
      } else if let value = reader.list({ $0.nonEmptyWrittenText() }) {
        job.sections = .forums(value)
      }
    }
    if let value = map.optional("review")?.bool() { job.includeReview = value }
    if let value = map.optional("formats")?.outputFormats(defaults: job.formats) {
      job.formats = value
    }
    if let reader = map.optional("period"), let value = reader.nonEmptyWrittenText() {
      if value == "latest" {
        job.period = nil
      } else if SafeIdentifier.isValid(value) {
        job.period = value
      } else {
        reader.fail("'period' must be a period id or 'latest', found '\(value)'", code: "config.id")
      }
    }
    if let value = map.optional("directory")?.systemText(.path) { job.directory = value }
    if let reader = map.optional("keep"), let value = reader.integer() {
      if value < 1 {
        reader.fail("'keep' must be at least 1, found \(value)", code: "config.keep")
      } else {
        job.keep = value
      }
    }
    job.onFailure = map.optional("on_failure")?.systemText(.command)
    return job
  }
}
