import Foundation
import ReportForums
import ReportKernel
import ReportTestSupport
import Testing

@Suite("The JSON Schema of a forum's submission")
struct SubmissionSchemaTests {
  /// The schema of the test forum with one indicator of every unit, parsed back from its text.
  static func schema() throws -> [String: Any] {
    let workspace = try ScratchWorkspace()
    defer { workspace.remove() }
    try workspace.enableForums(["TST"])
    let loaded = WorkspaceLoader(
      root: workspace.root.path, registry: ForumRegistry.all + [UnitsModule()]
    ).load()
    let space = try #require(loaded.value)
    let text = try SubmissionSchema(workspace: space).text(for: UnitsModule().descriptor)
    let object = try JSONSerialization.jsonObject(with: Data(text.utf8))
    return try #require(object as? [String: Any])
  }

  /// The first alternative of an optional (`anyOf: [X, null]`) schema.
  static func present(_ schema: Any?) -> [String: Any]? {
    ((schema as? [String: Any])?["anyOf"] as? [[String: Any]])?.first
  }

  @Test("draft 2020-12; the forum's reported indicators, each from its unit; economy codes")
  func shape() throws {
    let schema = try Self.schema()
    #expect(schema["$schema"] as? String == "https://json-schema.org/draft/2020-12/schema")
    #expect(schema["required"] as? [String] == ["forum", "period", "status"])
    let properties = try #require(schema["properties"] as? [String: Any])
    #expect((properties["forum"] as? [String: Any])?["enum"] as? [String] == ["TST"])
    let indicators = try #require(
      Self.present(properties["indicators"])?["properties"] as? [String: Any])
    #expect(
      Set(indicators.keys) == [
        "tst.count", "tst.usd", "tst.economies", "tst.per_economy", "tst.share", "tst.flag",
        "tst.date", "tst.partners", "tst.text",
      ])
    let count = try #require(Self.present(indicators["tst.count"])?["properties"] as? [String: Any])
    let value = try #require(count["value"] as? [String: Any])
    #expect(value["type"] as? String == "number" && value["minimum"] as? Int == 0)
    let perEconomy = try #require(
      Self.present(indicators["tst.per_economy"])?["properties"] as? [String: Any])
    let codes = try #require(
      ((perEconomy["by_economy"] as? [String: Any])?["propertyNames"] as? [String: Any])?["enum"]
        as? [String])
    #expect(codes.count == 21 && codes.contains("VNM") && !codes.contains("VNN"))
  }

  @Test("enumerations are offered as written and accepted in any case, as the validator reads them")
  func enumerations() throws {
    let schema = try Self.schema()
    let status = try #require(
      (schema["properties"] as? [String: Any])?["status"] as? [String: Any])
    let choices = try #require(status["anyOf"] as? [[String: Any]])
    #expect(choices.first?["enum"] as? [String] == ["draft", "submitted", "approved"])
    #expect(
      choices.last?["pattern"] as? String
        == "^([dD][rR][aA][fF][tT]|[sS][uU][bB][mM][iI][tT][tT][eE][dD]|[aA][pP][pP][rR][oO][vV][eE][dD])$"
    )
  }
}
