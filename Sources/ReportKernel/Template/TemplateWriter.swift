/// Writes a commented YAML skeleton of a forum's submission for a period: every indicator with
/// its unit, direction, baseline and target; every component's narrative; last period's
/// activities carried over. Saved as the forum's submission it validates as is (missing values
/// are warnings, not errors).
public struct TemplateWriter: Sendable {
  /// The workspace.
  public let workspace: Workspace

  /// Creates a writer.
  public init(workspace: Workspace) {
    self.workspace = workspace
  }

  /// The skeleton for `module` in `period`, given last period's submission if any.
  public func template(
    for module: any ForumModule, period: Period, previous: Submission?
  ) -> String {
    let forum = module.descriptor
    var lines: [String] = [
      "# yaml-language-server: $schema=\(Self.schemaPath(forum.id))",
      "# \(workspace.strategy.forumName(forum.id, fallback: forum.name))"
        + " (\(forum.id)): submission for \(period.label).",
      "# Save as reports/\(period.id)/submissions/\(forum.id).yaml and check it with:",
      "#   ctst validate --period \(period.id) --forum \(forum.id)",
      "# Due \(period.due). Blank values are allowed while drafting (they are warnings); once",
      "# 'status' is submitted they are errors. Every field, with examples of the usual mistakes:",
      "# \(Self.guide)",
      "# A figure you estimated or invented: add 'quality: estimate' or 'quality: illustrative'.",
      "forum: \(forum.id)",
      "period: \(YAMLText.quoted(period.id))",
      "status: draft                    # draft | submitted | approved",
      "# submitted_on: \(period.due)       # the date you send it",
      "contact:",
      "  name: \(YAMLText.quoted(previous?.contact?.name ?? "Forum lead"))",
      "  email: \(YAMLText.quoted(previous?.contact?.email ?? ""))",
      "",
      "# What was done, why it matters, plans. Write each text on the lines below its '|',",
      "# indented by 4 spaces: colons, quotes and apostrophes are then plain text.",
      "narrative:",
    ]
    for id in forum.components {
      let title = workspace.strategy.component(id)?.title ?? id
      lines.append("  # \(title)")
      lines.append("  \(id): |")
    }
    lines += ["", "indicators:"]
    for definition in forum.indicators where !definition.isDerived {
      lines += indicatorLines(definition, period: period)
      if definition.breakdown == .byEconomy {
        lines += economyLines(definition, previous: previous)
      }
    }
    let derived = forum.indicators.filter(\.isDerived)
    if !derived.isEmpty {
      lines.append("  # Computed by ctst, not reported here:")
      lines += derived.map { "  #   \($0.id): \($0.title)" }
    }
    lines += ["", "activities:"]
    let carried = previous?.activities ?? []
    if carried.isEmpty {
      lines.append("  []   # add one entry per activity; the fields are in \(Self.guide)")
    } else {
      lines.append("  # Carried over from \(previous?.period ?? "last period"); update or remove.")
      for activity in carried { lines += activityLines(activity) }
    }
    lines += [
      "", "agenda:", "  priorities: []",
      "  cross_fora: []   # - {with: [BMG], theme: \"Subject: what to do\"}",
      "  coordination: []   # how the forum will improve cooperation and coordination",
      "  long_term_vision: []",
    ]
    return lines.joined(separator: "\n") + "\n"
  }

  private func indicatorLines(_ definition: IndicatorDefinition, period: Period) -> [String] {
    let targets = workspace.targets
    let unit = definition.unit.semantics
    let written = { (stored: Double) in NumberText.plain(unit.writtenFigure(stored: stored)) }
    let year = targets.plan(definition.id)?.baselinePeriod.map { " (\($0))" } ?? ""
    let baseline = targets.baseline(definition.id).map { written($0) + year } ?? "not set"
    let target = targets.target(definition.id, period: period.id).map(written)
    return [
      "  # \(definition.title) — \(definition.unit.rawValue), \(Self.reading(definition.direction));"
        + " baseline \(baseline), target \(period.id): \(target ?? "not set")",
      definition.breakdown == .byEconomy
        ? "  # one line per economy, as: \(Self.entry(unit.hint(.byEconomy)))"
          + "; leave blank what you do not know"
        : "  # fill in as: \(unit.hint(definition.breakdown))",
      "  \(definition.id):",
    ]
  }

  /// How a change in the figure reads, as the template's hint says it: a rise in a figure
  /// without a direction (detections, seizures) may be good news, so neither way is better.
  static func reading(_ direction: IndicatorDefinition.Direction) -> String {
    switch direction {
    case .higher: "higher is better"
    case .lower: "lower is better"
    case .none: "not judged by direction (a rise is not in itself better or worse)"
    }
  }

  /// Every member economy under `by_economy:`, with last period's value written in when there
  /// is one (to confirm or update), blank otherwise.
  private func economyLines(_ definition: IndicatorDefinition, previous: Submission?) -> [String] {
    let last = previous?.indicator(definition.id)
    var lines = ["    by_economy:"]
    for economy in workspace.economies.all {
      let key = "      \(economy.code):"
      guard let value = last?.value(for: economy.code).map({ Self.yaml($0.value) }) else {
        lines.append(key + "   # \(economy.name)")
        continue
      }
      lines.append(
        "\(key) \(value)   # \(economy.name); \(previous?.period ?? "last period") value")
    }
    return lines
  }

  /// A value as YAML, as a lead would write it.
  static func yaml(_ value: Datum.Value) -> String {
    switch value {
    case .number(let number): NumberText.plain(number)
    case .ratio(let numerator, let denominator):
      "{numerator: \(NumberText.plain(numerator)), denominator: \(NumberText.plain(denominator))}"
    case .flag(let flag): flag ? "yes" : "no"
    case .date(let date): date.description
    case .economies(let codes): "[\(codes.joined(separator: ", "))]"
    case .text(let text): YAMLText.quoted(text)
    }
  }

  /// `AUS: yes` from the unit's per-economy hint `by_economy: {AUS: yes}`.
  static func entry(_ hint: String) -> String {
    let prefix = "by_economy: {"
    guard hint.hasPrefix(prefix), hint.hasSuffix("}") else { return hint }
    return String(hint.dropFirst(prefix.count).dropLast())
  }

  /// The guide for forum leads, in the repository.
  public static let guide = "docs/forum-lead-guide.md"

  /// The JSON Schema of forum `id`'s submissions, relative to a submission file
  /// (`reports/<period>/submissions/<FORUM>.yaml`), as `ctst schema --out` writes it.
  public static func schemaPath(_ id: String) -> String {
    "../../../schemas/\(id).schema.json"
  }

  private func activityLines(_ activity: Activity) -> [String] {
    var lines = [
      "  - id: \(YAMLText.quoted(activity.id))",
      "    title: \(YAMLText.quoted(activity.title))",
      "    component: \(activity.component)",
      "    status: \(activity.status == .completed ? "completed" : activity.status.rawValue)",
    ]
    let lists: [(String, [String])] = [
      ("pillars", activity.pillars), ("economies", activity.economies),
      ("beneficiaries", activity.beneficiaries), ("partners", activity.partners),
      ("fora", activity.fora), ("tags", activity.tags),
    ]
    for (key, values) in lists where !values.isEmpty {
      lines.append("    \(key): [\(values.map(YAMLText.quoted).joined(separator: ", "))]")
    }
    if activity.capacityBuilding { lines.append("    capacity_building: yes") }
    if activity.quality != .reported { lines.append("    quality: \(activity.quality.rawValue)") }
    if let same = activity.sameAs { lines.append("    same_as: \(YAMLText.quoted(same))") }
    return lines
  }
}

/// Writes text as a YAML double-quoted scalar, escaping everything that could change meaning.
public enum YAMLText {
  /// `"text"` with backslash, quote and control characters escaped.
  public static func quoted(_ text: String) -> String {
    var result = "\""
    for scalar in text.unicodeScalars {
      switch scalar {
      case "\\": result += "\\\\"
      case "\"": result += "\\\""
      case "\n": result += "\\n"
      case "\t": result += "\\t"
      case "\r": result += "\\r"
      default:
        if scalar.value < 0x20 || scalar.value == 0x7F {
          let hex = String(scalar.value, radix: 16, uppercase: true)
          result += "\\x" + (hex.count < 2 ? "0" + hex : hex)
        } else {
          result.unicodeScalars.append(scalar)
        }
      }
    }
    return result + "\""
  }
}
