/// Decodes `config/strategy.yaml` and `config/economies.yaml`.
public enum StrategyDecoder {
  /// Decodes the strategy framework.
  public static func decode(_ reader: ValueReader) -> Strategy? {
    guard
      let top = reader.mapping(allowedKeys: [
        "version", "title", "pillars", "areas", "forward_agenda", "partners", "introduction",
        "acronyms", "fora",
      ])
    else { return nil }
    defer { top.finish() }
    VersionCheck.check(top)
    let title = top.optional("title")?.nonEmptyString() ?? "Strategy"
    let pillars =
      top.required("pillars")?.list { item -> Strategy.Pillar? in
        guard let map = item.mapping(allowedKeys: ["id", "title", "description"]) else {
          return nil
        }
        defer { map.finish() }
        guard let id = map.required("id")?.nonEmptyString(),
          let title = map.required("title")?.nonEmptyString()
        else { return nil }
        return .init(
          id: id, title: title, description: map.optional("description")?.string() ?? "")
      } ?? []
    let areas = top.required("areas")?.list(decodeArea) ?? []
    let agenda =
      top.optional("forward_agenda")?.list { item -> Strategy.AgendaHeading? in
        guard let map = item.mapping(allowedKeys: ["id", "title"]) else { return nil }
        defer { map.finish() }
        guard let id = map.required("id")?.nonEmptyString(),
          let title = map.required("title")?.nonEmptyString()
        else { return nil }
        return .init(id: id, title: title)
      } ?? []
    let partners =
      top.optional("partners")?.list { item -> Strategy.Partner? in
        guard let map = item.mapping(allowedKeys: ["id", "name"]) else { return nil }
        defer { map.finish() }
        guard let id = map.required("id")?.nonEmptyString() else { return nil }
        return .init(id: id, name: map.optional("name")?.nonEmptyString() ?? id)
      } ?? []
    let fora =
      top.optional("fora")?.list { item -> Strategy.ForumName? in
        guard let map = item.mapping(allowedKeys: ["id", "name", "acronym"]) else { return nil }
        defer { map.finish() }
        guard let id = map.required("id")?.nonEmptyString() else { return nil }
        return .init(
          id: id, name: map.optional("name")?.nonEmptyString(),
          acronym: map.optional("acronym")?.nonEmptyString())
      } ?? []
    checkUnique(areas.flatMap(\.components).map { ($0.id, $0.location) }, "component", reader)
    var strategy = Strategy(
      title: title, pillars: pillars, areas: areas, forwardAgenda: agenda, partners: partners,
      fora: fora)
    strategy.introduction = top.optional("introduction")?.string() ?? ""
    for (short, _, value) in top.optional("acronyms")?.entries() ?? [] {
      if let expansion = value.nonEmptyString() {
        strategy.acronyms.append(.init(short: short, expansion: expansion))
      }
    }
    return strategy
  }

  private static func decodeArea(_ item: ValueReader) -> Strategy.Area? {
    guard let map = item.mapping(allowedKeys: ["id", "title", "description", "components"]) else {
      return nil
    }
    defer { map.finish() }
    guard let id = map.required("id")?.nonEmptyString(),
      let title = map.required("title")?.nonEmptyString()
    else { return nil }
    let components =
      map.required("components")?.list { item -> Strategy.Component? in
        guard
          let component = item.mapping(allowedKeys: [
            "id", "title", "leads", "description", "role",
          ])
        else { return nil }
        defer { component.finish() }
        guard let componentID = component.required("id")?.nonEmptyWrittenText(),
          let componentTitle = component.required("title")?.nonEmptyString()
        else { return nil }
        if !SafeIdentifier.isValid(componentID) {
          component.reader.fail(
            "component id '\(componentID)' may hold only letters, digits, '-', '_' and '.'",
            code: "config.id")
        }
        var decoded = Strategy.Component(
          id: componentID, title: componentTitle,
          leads: component.optional("leads")?.stringList() ?? [],
          description: component.optional("description")?.string() ?? "", area: id,
          location: component.location)
        decoded.role = component.optional("role")?.string() ?? ""
        return decoded
      } ?? []
    return .init(
      id: id, title: title, description: map.optional("description")?.string() ?? "",
      components: components)
  }

  private static func checkUnique(
    _ ids: [(String, SourceLocation?)], _ what: String, _ reader: ValueReader
  ) {
    var seen: [String: SourceLocation?] = [:]
    for (id, location) in ids {
      if let first = seen[id] {
        reader.context.add(
          .error(
            "\(what) id '\(id)' is used twice", at: location, code: "config.duplicate_id",
            notes: [.init("first used here", at: first)]))
      } else {
        seen[id] = location
      }
    }
  }

  /// Decodes the member economies.
  public static func decodeEconomies(_ reader: ValueReader) -> EconomyList {
    guard let top = reader.mapping(allowedKeys: ["version", "economies"]) else {
      return EconomyList([])
    }
    defer { top.finish() }
    VersionCheck.check(top)
    let economies =
      top.required("economies")?.list { item -> Economy? in
        guard
          let map = item.mapping(allowedKeys: ["code", "name", "joined", "short", "aliases"])
        else {
          return nil
        }
        defer { map.finish() }
        guard let codeReader = map.required("code"), let code = codeReader.nonEmptyString(),
          let name = map.required("name")?.nonEmptyString()
        else { return nil }
        guard code.count == 3, code.allSatisfy({ $0.isASCII && $0.isUppercase }) else {
          codeReader.fail(
            "economy code must be three capital letters, found '\(code)'", code: "config.code")
          return nil
        }
        var economy = Economy(code: code, name: name, joined: map.optional("joined")?.integer())
        economy.short = map.optional("short")?.nonEmptyString()
        economy.aliases = map.optional("aliases")?.stringList() ?? []
        return economy
      } ?? []
    checkUnique(economies.map { ($0.code, nil) }, "economy", reader)
    return EconomyList(economies)
  }
}
