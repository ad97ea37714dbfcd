/// The JSON Schema fragment of each kind of value a submission holds, in one place: what an
/// indicator of each unit takes (overall or per economy), and the shapes of yes/no, dates,
/// enumerations and text as ctst reads them.
///
/// YAML read as JSON (by an editor or a validator) turns `1250` into a number, `true` into a
/// boolean and `yes`, `2026-05-12` and `'95000'` into text; the fragments follow that.
enum UnitSchema {
  /// A reference to the definition of a value of `unit` (per economy when `perEconomy`).
  static func value(_ unit: IndicatorDefinition.Unit, perEconomy: Bool) -> JSONValue {
    .object(["$ref": .string("#/$defs/" + name(unit, perEconomy: perEconomy))])
  }

  /// The name of the definition of `unit`'s values.
  static func name(_ unit: IndicatorDefinition.Unit, perEconomy: Bool) -> String {
    switch (unit, perEconomy) {
    case (.economies, true): "economies_per_economy"
    default: unit.rawValue
    }
  }

  /// Every definition the references point at: one per unit, yes/no and date.
  static func definitions(economies codes: [String]) -> JSONValue {
    var members = IndicatorDefinition.Unit.allCases.map { unit in
      JSONValue.Member(
        name(unit, perEconomy: false), definition(unit, perEconomy: false, economies: codes))
    }
    members.append(
      .init(
        name(.economies, perEconomy: true),
        definition(.economies, perEconomy: true, economies: codes)))
    members.append(.init("yes_no_words", yesNoDefinition))
    members.append(.init("date_text", dateDefinition))
    return .object(members)
  }

  /// The schema of a value of `unit`: per economy when `perEconomy` (a by_economy entry), else
  /// overall.
  static func definition(
    _ unit: IndicatorDefinition.Unit, perEconomy: Bool, economies codes: [String]
  ) -> JSONValue {
    switch (unit, perEconomy) {
    case (.count, _):
      return number("A count: a plain number, no thousands separator, such as 1250.")
    case (.usd, _):
      return number("An amount in US dollars: a plain number, such as 95000.")
    case (.economies, true):
      return yesNo("yes when the economy counts.")
    case (.economies, false):
      return .object([
        "type": .string("integer"), "minimum": .integer(0), "maximum": .integer(codes.count),
        "description": .string("A number of member economies, 0 to \(codes.count)."),
      ])
    case (.percentage, _):
      return .object([
        "type": .string("object"), "additionalProperties": .bool(false),
        "required": .strings(["numerator", "denominator"]),
        "description": .string("A share, as its two counts; ctst computes the percentage."),
        "properties": .object([
          "numerator": ratioPart("numerator"), "denominator": ratioPart("denominator"),
        ]),
      ])
    case (.yesNo, _):
      return yesNo("yes or no.")
    case (.date, _):
      return date("A date, year-month-day.")
    case (.economyList, _):
      return .object([
        "type": .string("array"), "items": .object(["enum": .strings(codes)]),
        "description": .string("Economy codes, such as [NZL, JPN]."),
      ])
    case (.qualitative, _):
      return text("Text.")
    }
  }

  /// The numerator or denominator of a share.
  static func ratioPart(_ key: String) -> JSONValue {
    key == "denominator"
      ? .object([
        "type": .string("number"), "exclusiveMinimum": .integer(0),
        "description": .string("The whole: above zero."),
      ])
      : .object([
        "type": .string("number"), "minimum": .integer(0),
        "description": .string("The part: not above the denominator."),
      ])
  }

  /// A number from 0 up to ``ValueReader/maxMagnitude``.
  static func number(_ description: String) -> JSONValue {
    .object([
      "type": .string("number"), "minimum": .integer(0),
      "maximum": .number(ValueReader.maxMagnitude), "description": .string(description),
    ])
  }

  /// yes or no, described.
  static func yesNo(_ description: String) -> JSONValue {
    .object(["$ref": .string("#/$defs/yes_no_words"), "description": .string(description)])
  }

  /// yes or no, as ctst reads them (``YesNo``): true/false, yes/no, y/n, on/off in any case.
  static let yesNoDefinition: JSONValue =
    .object([
      "anyOf": .array([
        .object(["type": .string("boolean")]),
        .object([
          "enum": .strings(["yes", "no"])
        ]),
        .object([
          "type": .string("string"),
          "pattern": .string(
            "^("
              + ["yes", "no", "y", "n", "true", "false", "on", "off"].map(anyCase)
              .joined(separator: "|") + ")$"),
        ]),
      ])
    ])

  /// A date, described.
  static func date(_ description: String) -> JSONValue {
    .object(["$ref": .string("#/$defs/date_text"), "description": .string(description)])
  }

  /// A date, `YYYY-MM-DD`.
  static let dateDefinition: JSONValue = .object([
    "type": .string("string"), "pattern": .string("^[0-9]{4}-[0-9]{2}-[0-9]{2}$"),
    "format": .string("date"),
  ])

  /// One of `values`, in any case (ctst reads `Draft` as `draft`); editors offer `values`.
  static func words(_ values: [String], _ description: String) -> JSONValue {
    .object([
      "anyOf": .array([
        .object(["enum": .strings(values)]),
        .object([
          "type": .string("string"),
          "pattern": .string("^(" + values.map(anyCase).joined(separator: "|") + ")$"),
        ]),
      ]),
      "description": .string(description),
    ])
  }

  /// Text.
  static func text(_ description: String) -> JSONValue {
    description.isEmpty
      ? .object(["type": .string("string")])
      : .object(["type": .string("string"), "description": .string(description)])
  }

  /// A regular expression matching `word` in any case (`[dD][rR]…`), for schema validators
  /// without case-insensitive flags.
  static func anyCase(_ word: String) -> String {
    word.map { character in
      let lower = character.lowercased()
      let upper = character.uppercased()
      guard lower != upper else { return character == "." ? "\\." : String(character) }
      return "[\(lower)\(upper)]"
    }.joined()
  }
}
