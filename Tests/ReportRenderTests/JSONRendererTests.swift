import Foundation
import ReportKernel
import ReportRender
import Testing

@Suite("JSONRenderer")
struct JSONRendererTests {
  let renderer = JSONRenderer()

  @Test("the JSON is valid, stable and has the document's top-level keys")
  func validAndStable() throws {
    let document = try BuilderFixture.consolidated()
    let first = renderer.render(document)
    #expect(first == renderer.render(try BuilderFixture.consolidated()))
    let object = try JSONSerialization.jsonObject(with: Data(first.utf8))
    let top = try #require(object as? [String: Any])
    for key in ["kind", "title", "period", "previous_period", "parts", "sheets", "findings"] {
      #expect(top[key] != nil, "missing \(key)")
    }
    #expect(top["kind"] as? String == "consolidated")
    #expect(first.hasSuffix("}\n"))
    #expect(!first.contains("\\/"))
  }

  @Test("cells and blocks are flat tagged objects")
  func cellShape() throws {
    let table = ReportTable(
      id: "t", title: "T", columns: [ReportColumn("N", .number)],
      rows: [[.number(12, lowerBound: false)], [.status(.onTrack)], [.empty]])
    let text = renderer.render(try BuilderFixture.document([.table(table), .note("n")]))
    let compact = text.filter { !$0.isWhitespace }
    #expect(compact.contains(#"{"lower_bound":false,"type":"number","value":12}"#))
    #expect(compact.contains(#"{"type":"status","value":"on_track"}"#))
    #expect(compact.contains(#"{"type":"empty"}"#))
    #expect(compact.contains(#"{"text":"n","type":"note"}"#))
  }

  @Test("the JSON decodes back into the same document")
  func roundTrip() throws {
    let document = try BuilderFixture.sccp()
    let decoder = JSONDecoder()
    decoder.keyDecodingStrategy = .convertFromSnakeCase
    let decoded = try decoder.decode(ReportDocument.self, from: renderer.encode(document))
    #expect(decoded == document.published)
    #expect(decoded.sheets == document.sheets && decoded.inputs.isEmpty)
  }

  @Test("the report's JSON carries no findings, input paths or checksums")
  func reportWithoutProvenance() throws {
    let document = try BuilderFixture.sccp()
    #expect(!document.inputs.isEmpty)
    let text = renderer.render(document)
    #expect(!text.contains("sha256"))
    #expect(!text.contains(".yaml"))
    #expect(!text.contains("\"findings\" : {"))
  }
}
