import Foundation
import Testing

@testable import ReportXLSX

/// libxlsxwriter does not check its writes to its temporary files, so in a full temporary
/// folder it assembles a workbook of empty or cut parts; the wrapper reads each part back.
@Suite("Assembled workbook parts are whole")
struct AssembledPartsTests {
  @Test("a part is whole when it ends with its root's closing tag or is the root self-closed")
  func whole() {
    let cases: [(String, Bool)] = [
      ("<?xml version=\"1.0\"?>\n<sst count=\"1\"><si><t>a</t></si></sst>\n", true),
      ("<Relationships xmlns=\"x\"><Relationship Id=\"r\"/></Relationships>", true),
      ("<?xml version=\"1.0\"?><empty a=\"1\"/>", true),
      ("", false),
      ("<?xml version=\"1.0\"?>\n", false),
      ("<sst count=\"1\"><si><t>a</t></si>", false),
      ("<sst count=\"1\"><si><t>a</t></si></s", false),
      ("<sst><si/>", false),
    ]
    for (xml, expected) in cases {
      #expect(AssembledParts.isWhole(Array(xml.utf8)) == expected, "\(xml)")
    }
  }

  @Test("a workbook written in full has no broken part")
  func realWorkbook() throws {
    let fixture = try XLSXFixture()
    let path = try fixture.workbook { book in
      let sheet = try book.addWorksheet(named: "Data")
      for row in 0..<2_000 { try sheet.write(row: row, col: 0, .text("row \(row)")) }
    }
    let zip = try [UInt8](Data(contentsOf: URL(fileURLWithPath: path)))
    #expect(AssembledParts.firstBroken(in: zip) == nil)
  }

  @Test("the first empty or cut part is named")
  func brokenPart() {
    let zip = storedZip([
      ("[Content_Types].xml", "<Types><Default/></Types>"),
      ("xl/worksheets/sheet1.xml", "<worksheet><sheetData><row>"),
      ("xl/styles.xml", ""),
    ])
    #expect(AssembledParts.firstBroken(in: zip) == "xl/worksheets/sheet1.xml")
    let empty = storedZip([("docProps/app.xml", "<Properties/>"), ("xl/styles.xml", "")])
    #expect(AssembledParts.firstBroken(in: empty) == "xl/styles.xml")
    #expect(AssembledParts.firstBroken(in: storedZip([("a.xml", "<a/>")])) == nil)
  }

  /// A zip of `files` stored without compression (CRCs left zero: the check does not read them).
  private func storedZip(_ files: [(String, String)]) -> [UInt8] {
    func half(_ value: Int) -> [UInt8] { [UInt8(value & 0xFF), UInt8(value >> 8 & 0xFF)] }
    func word(_ value: Int) -> [UInt8] { half(value & 0xFFFF) + half(value >> 16) }
    var zip: [UInt8] = []
    var directory: [UInt8] = []
    for (name, text) in files {
      let (nameBytes, data) = (Array(name.utf8), Array(text.utf8))
      let offset = zip.count
      zip += word(0x0403_4b50) + half(20) + half(0) + half(0) + half(0) + half(0) + word(0)
      zip += word(data.count) + word(data.count) + half(nameBytes.count) + half(0)
      zip += nameBytes + data
      directory += word(0x0201_4b50) + half(20) + half(20) + half(0) + half(0) + half(0) + half(0)
      directory += word(0) + word(data.count) + word(data.count) + half(nameBytes.count)
      directory += half(0) + half(0) + half(0) + half(0) + word(0) + word(offset) + nameBytes
    }
    let start = zip.count
    zip += directory
    zip += word(0x0605_4b50) + half(0) + half(0) + half(files.count) + half(files.count)
    zip += word(directory.count) + word(start) + half(0)
    return zip
  }
}
