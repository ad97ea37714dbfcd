import Foundation
import ReportKernel
import ReportRender
import Testing

/// `validate --format json`: the bytes `JSONSerialization` wrote before (sorted keys,
/// `"key" : value`, two-space indents, empty arrays as `[` blank line `]`, `/` unescaped).
@Suite("FindingsJSON")
struct FindingsJSONTests {
  @Test("a document with every shape, written out by hand")
  func handWritten() {
    let diagnostics = [
      Diagnostic.error(
        "a \"quoted\" C:\\path and/or 😀 café",
        at: SourceLocation(file: "reports/2026/a.yaml", line: 9, column: 12),
        code: "x.y",
        notes: [Diagnostic.Note("see here", at: SourceLocation(file: "b.yaml", line: 3))]),
      Diagnostic.warning("no place", at: nil, code: "z"),
    ]
    let text = FindingsJSON.render(
      diagnostics, summary: "1 error, 1 warning", errors: 1, warnings: 9_007_199_254_740_993)
    let expected = """
      {
        "errors" : 1,
        "findings" : [
          {
            "code" : "x.y",
            "column" : 12,
            "file" : "reports/2026/a.yaml",
            "line" : 9,
            "message" : "a \\"quoted\\" C:\\\\path and/or 😀 café",
            "notes" : [
              {
                "file" : "b.yaml",
                "line" : 3,
                "message" : "see here"
              }
            ],
            "severity" : "error"
          },
          {
            "code" : "z",
            "message" : "no place",
            "notes" : [

            ],
            "severity" : "warning"
          }
        ],
        "summary" : "1 error, 1 warning",
        "warnings" : 9007199254740993
      }
      """
    #expect(text == expected)
  }

  @Test("control characters are escaped as before: \\b \\f \\n \\r \\t, others \\u00XX")
  func controlCharacters() {
    let file = String(String.UnicodeScalarView((0...0x1F).compactMap(Unicode.Scalar.init)))
    let text = FindingsJSON.render(
      [.error("m", at: SourceLocation(file: file), code: "c")], summary: "", errors: 1,
      warnings: 0)
    let escaped =
      "\\u0000\\u0001\\u0002\\u0003\\u0004\\u0005\\u0006\\u0007\\b\\t\\n\\u000b\\f\\r\\u000e\\u000f"
      + "\\u0010\\u0011\\u0012\\u0013\\u0014\\u0015\\u0016\\u0017\\u0018\\u0019\\u001a\\u001b"
      + "\\u001c\\u001d\\u001e\\u001f"
    #expect(text.contains("\"file\" : \"\(escaped)\""))
  }

  @Test("every text is written byte for byte as JSONSerialization writes it")
  func sameAsJSONSerialization() throws {
    var texts = (0..<0x800).compactMap(Unicode.Scalar.init).map { String(Character($0)) }
    texts += ["😀", "👩‍👩‍👧", "\u{2028}\u{2029}", "\u{FEFF}", "e\u{301}", "\r\n", "</a>", "", "\u{7F}"]
    for text in texts {
      let location = SourceLocation(file: text, line: 1, column: 2)
      let diagnostics = [
        Diagnostic.warning(text, at: location, code: text, notes: [.init(text, at: location)])
      ]
      let old: [String: Any] = [
        "findings": diagnostics.map { diagnostic -> [String: Any] in
          [
            "severity": "warning", "message": diagnostic.message, "code": diagnostic.code,
            "file": text, "line": 1, "column": 2,
            "notes": [
              ["message": diagnostic.notes[0].message, "file": text, "line": 1, "column": 2]
            ],
          ]
        },
        "errors": 0, "warnings": 1, "summary": text,
      ]
      let expected = try JSONSerialization.data(
        withJSONObject: old, options: [.sortedKeys, .prettyPrinted, .withoutEscapingSlashes])
      let written = FindingsJSON.render(diagnostics, summary: text, errors: 0, warnings: 1)
      #expect(
        written == String(decoding: expected, as: UTF8.self), "\(text.unicodeScalars.map(\.value))")
    }
  }
}
