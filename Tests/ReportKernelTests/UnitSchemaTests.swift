import Foundation
import ReportKernel
import Testing

/// The JSON Schema fragments the units give, encoded as `ctst schema` will print them.
@Suite("Unit schema fragments")
struct UnitSchemaTests {
  func json(_ schema: JSONSchema) throws -> String {
    let encoder = JSONEncoder()
    encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
    return String(decoding: try encoder.encode(schema), as: UTF8.self)
  }

  @Test("a per-economy count of economies: yes/no per economy code, or the overall count")
  func economiesEntry() throws {
    let definition = IndicatorDefinition(
      id: "x.csirt", title: "CSIRT", unit: .economies, breakdown: .byEconomy, component: "c",
      pillars: [], summary: "Economies with a CSIRT.")
    let schema = definition.submissionSchema(economies: ["AUS", "NZL"])
    // Yes/no without its closing brace, so a description can follow.
    let yesNo: String = [
      #"{"anyOf":[{"type":"boolean"},{"pattern":"#,
      #""^([Yy][Ee][Ss]|[Nn][Oo]|[Tt][Rr][Uu][Ee]|[Ff][Aa][Ll][Ss][Ee])$","type":"string"}]"#,
    ].joined()
    let text = try json(schema)
    let parts: [String] = [
      #"{"anyOf":[{"additionalProperties":false,"properties":{"#,
      #""as_of":{"description":"the date the figure refers to (YYYY-MM-DD)","format":"date","#,
      #""pattern":"^[0-9]{4}-[0-9]{2}-[0-9]{2}$","type":"string"},"#,
      #""by_economy":{"additionalProperties":{"anyOf":["#, yesNo,
      #","description":"yes or no for this economy"},{"type":"null"}]},"#,
      #""description":"one value per economy, keyed by economy code","#,
      #""propertyNames":{"enum":["AUS","NZL"]},"type":"object"},"#,
      #""comment":{"description":"a note on the figure","type":"string"},"#,
      #""lower_bound":"#, yesNo, #","description":"yes when the true figure is at least this"},"#,
      #""quality":{"description":"reported (default), estimate, or illustrative (an invented"#,
      #" figure)","enum":["reported","estimate","illustrative"]},"#,
      #""source":{"description":"where the figure comes from","#,
      #""enum":["self_reported","forum_record","external"]},"#,
      #""value":{"description":"a number of member economies, from 0 to 2","maximum":2,"#,
      #""minimum":0,"type":"integer"}},"type":"object"},{"type":"null"}],"#,
      #""description":"CSIRT (economies): Economies with a CSIRT."}"#,
    ]
    let expected = parts.joined()
    #expect(text == expected)
  }

  @Test("an overall share is a numerator and a denominator above zero, with no lower bound")
  func percentageEntry() throws {
    let definition = IndicatorDefinition(
      id: "x.share", title: "Share", unit: .percentage, component: "c", pillars: [],
      summary: "A share.")
    let text = try json(definition.submissionSchema(economies: ["AUS"]))
    #expect(
      text.contains(
        #""denominator":{"description":"out of how many; above 0","exclusiveMinimum":0,"type":"number"}"#
      ))
    #expect(
      text.contains(
        #""numerator":{"description":"how many, of the denominator","minimum":0,"type":"number"}"#))
    #expect(!text.contains("lower_bound"))
    #expect(!text.contains(#""value""#))
  }

  @Test("every unit describes its value")
  func everyUnit() throws {
    for unit in IndicatorDefinition.Unit.allCases {
      let text = try json(unit.semantics.valueSchema(perEconomy: false, economies: ["AUS"]))
      #expect(text.contains(#""description":"\#(unit.semantics.meaning)"#))
    }
    #expect(
      try json(EconomyListUnit().valueSchema(perEconomy: true, economies: ["AUS", "NZL"]))
        == #"{"description":"a list of economy codes, such as [NZL, SGP]","items":{"enum":["AUS","NZL"]},"type":"array"}"#
    )
  }
}
