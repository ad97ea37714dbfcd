import Foundation
import ReportCompose
import ReportKernel
import ReportTestSupport
import Testing

@testable import ReportRender

/// The builder returns a document while its parts are still being composed; the workbook is
/// written meanwhile.
@Suite("Parts composed while the workbook is written")
struct ComposedPartsTests {
  /// `document` with its parts given by `parts` instead.
  private func document(_ document: ReportDocument, parts: ComposedParts) -> ReportDocument {
    ReportDocument(
      kind: document.kind, forum: document.forum, title: document.title,
      subtitle: document.subtitle, period: document.period,
      previousPeriod: document.previousPeriod, author: document.author,
      toolVersion: document.toolVersion, composedParts: parts, sheets: document.sheets,
      inputs: document.inputs, findings: document.findings, cover: document.cover,
      isDraft: document.isDraft)
  }

  private func bytes(_ renderer: any ReportRenderer, _ document: ReportDocument) throws -> Data {
    let path = TestPaths.temporaryDirectory("ctst-composed").appendingPathComponent("out").path
    defer { try? FileManager.default.removeItem(atPath: path) }
    try renderer.write(document, to: path)
    return try Data(contentsOf: URL(fileURLWithPath: path))
  }

  @Test("a workbook begun while the parts are composed is the one written after")
  func workbookWhileComposing() throws {
    // Fresh from the builder: the parts are being composed on another thread. The workbook
    // shows only tables; it reads the parts once, after every sheet, for an export's Changes
    // sheet.
    let composing = try BuilderFixture.consolidated()
    let workbook = try bytes(XLSXRenderer(), composing)
    let finished = document(composing, parts: ComposedParts(composing.parts))
    #expect(workbook == (try bytes(XLSXRenderer(), finished)))
    let exported = composing.appending(
      ReportPart(
        id: ChangesPart.id, title: "Changes",
        blocks: [.paragraph(text: "Nothing changed.", attribution: nil, source: nil)],
        sections: []))
    let package = try bytes(XLSXRenderer(), exported)
    #expect(package != workbook)
  }

  @Test("the workbook is begun first, and every file is the one the finished document gives")
  func workbookFirst() throws {
    #expect(OutputWriter.renderOrder([.txt, .md, .xlsx]) == [2, 0, 1])
    #expect(OutputWriter.renderOrder([.xlsx, .txt, .md]) == [0, 1, 2])
    #expect(OutputWriter.renderOrder([.csv, .json]) == [0, 1])
    let composing = try BuilderFixture.consolidated()
    let finished = document(composing, parts: ComposedParts(composing.parts))
    let formats: [OutputFormat] = [.txt, .md, .json, .csv, .xlsx]
    let written = try OutputWriter(directory: TestPaths.temporaryDirectory("ctst-composing"))
      .write(composing, formats: formats)
    let expected = try OutputWriter(directory: TestPaths.temporaryDirectory("ctst-finished"))
      .write(finished, formats: formats)
    #expect(written.map(\.lastPathComponent) == formats.map { "ctst-2026-consolidated.\($0)" })
    for (file, other) in zip(written, expected) {
      #expect(try Data(contentsOf: file) == Data(contentsOf: other), "\(file.lastPathComponent)")
    }
  }

  @Test("parts being composed compare, hash and render as the parts given")
  func sameDocument() throws {
    let composed = try BuilderFixture.consolidated()
    let given = document(composed, parts: ComposedParts(composed.parts))
    #expect(!composed.parts.isEmpty)
    #expect(composed == given)
    #expect(composed.hashValue == given.hashValue)
    for renderer in [JSONRenderer(), PlainTextRenderer(), MarkdownRenderer()]
      as [any ReportRenderer]
    {
      #expect(try bytes(renderer, composed) == bytes(renderer, given))
    }
    // Coded under `parts`, as an array of parts.
    let json = try JSONSerialization.jsonObject(with: JSONRenderer().encode(composed))
    let parts = try #require((json as? [String: Any])?["parts"] as? [Any])
    #expect(parts.count == composed.parts.count)
  }
}
