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
    let text = SubmissionSchema(workspace: space).schema(for: UnitsModule().descriptor).text
    let object = try JSONSerialization.jsonObject(with: Data(text.utf8))
    return try #require(object as? [String: Any])
  }

  @Test("draft 2020-12, the forum's reported indicators, a value shape per unit, economy codes")
  func shape() throws {
    let schema = try Self.schema()
    #expect(schema["$schema"] as? String == "https://json-schema.org/draft/2020-12/schema")
    let properties = try #require(schema["properties"] as? [String: Any])
    #expect((properties["forum"] as? [String: Any])?["const"] as? String == "TST")
    let indicators = try #require(
      ((properties["indicators"] as? [String: Any])?["anyOf"] as? [[String: Any]])?.first?[
        "properties"] as? [String: Any])
    #expect(
      Set(indicators.keys) == [
        "tst.count", "tst.usd", "tst.economies", "tst.per_economy", "tst.share", "tst.flag",
        "tst.date", "tst.partners", "tst.text",
      ])
    let definitions = try #require(schema["$defs"] as? [String: Any])
    #expect(
      Set(definitions.keys) == [
        "count", "usd", "economies", "economies_per_economy", "percentage", "yes_no", "date",
        "economy_list", "qualitative", "yes_no_words", "date_text",
      ])
    let count = try #require(definitions["count"] as? [String: Any])
    #expect(count["type"] as? String == "number" && count["minimum"] as? Int == 0)
    let economies = try #require(definitions["economies"] as? [String: Any])
    #expect(economies["maximum"] as? Int == 21)
    let perEconomy = try #require(
      ((indicators["tst.per_economy"] as? [String: Any])?["anyOf"] as? [[String: Any]])?.first?[
        "properties"] as? [String: Any])
    let codes = try #require(
      (perEconomy["by_economy"] as? [String: Any]).flatMap {
        (($0["anyOf"] as? [[String: Any]])?.first?["properties"] as? [String: Any])?.keys
      })
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
