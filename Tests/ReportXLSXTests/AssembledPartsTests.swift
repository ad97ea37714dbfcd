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
      #expect(ending(of: xml, piece: 1 << 16).isWhole == expected, "\(xml)")
      // Fed a byte at a time: the ends and the element count carry across pieces.
      #expect(ending(of: xml, piece: 1).isWhole == expected, "\(xml)")
    }
    // A long part keeps only its ends, and is still judged by its root.
    let rows = String(repeating: "<row r=\"1\"><c><v>1</v></c></row>", count: 2_000)
    #expect(ending(of: "<worksheet><sheetData>\(rows)</sheetData></worksheet>", piece: 999).isWhole)
    #expect(!ending(of: "<worksheet><sheetData>\(rows)</sheetData>", piece: 999).isWhole)
  }

  @Test("a workbook written in full has no broken part, and only its directory is read")
  func realWorkbook() throws {
    // About the shipped sample's size: a few sheets, some 2,000 rows of text and numbers.
    let fixture = try XLSXFixture()
    let path = try fixture.workbook { book in
      for name in ["Summary", "Data", "Notes"] {
        let sheet = try book.addWorksheet(named: name)
        for row in 0..<700 {
          try sheet.write(row: row, col: 0, .text("\(name) row \(row)"))
          try sheet.write(row: row, col: 1, .number(Double(row) * 1.5))
        }
      }
    }
    let check = try #require(AssembledParts.check(path: path))
    #expect(check.broken == nil)
    let size = try #require(FileManager.default.attributesOfItem(atPath: path)[.size] as? Int)
    let inflated = try zipListing(path).filter { $0.size % Int(AssembledParts.block) == 0 }
    #expect(check.partsInflated == inflated.count)
    #expect(check.bytesInflated == 0)
    // The end record, the central directory (to the end of the file) and, per inflated part,
    // its local header and data: nothing else.
    #expect(check.bytesRead < size / 10, "read \(check.bytesRead) of \(size)")
  }

  @Test("the first empty part, or part cut at 512 × k bytes, is named")
  func brokenPart() throws {
    let rows = String(repeating: "<row/>", count: 1_000)
    let cut = String(("<worksheet><sheetData>" + rows).prefix(4096))
    let fits = "<worksheet>" + String(repeating: " ", count: 4096 - 23) + "</worksheet>"
    #expect(fits.utf8.count == 4096)
    try expect(
      storedZip([
        ("[Content_Types].xml", "<Types><Default/></Types>"), ("xl/sheet0.xml", fits),
        ("xl/worksheets/sheet1.xml", cut), ("xl/styles.xml", ""),
      ]), broken: "xl/worksheets/sheet1.xml")
    try expect(
      storedZip([("docProps/app.xml", "<Properties/>"), ("xl/styles.xml", "")]),
      broken: "xl/styles.xml")
    try expect(storedZip([("a.xml", "<a/>"), ("b.xml", fits)]), broken: nil)
    // A full file system of 1 KiB blocks (a small ext2 or ext4) cuts at 1024 × k bytes.
    let cutAtKiB = String(("<worksheet><sheetData>" + rows).prefix(5_120))
    try expect(
      storedZip([("xl/worksheets/sheet2.xml", cutAtKiB)]), broken: "xl/worksheets/sheet2.xml")
    try expect([1, 2, 3], broken: "the zip")
    try expect([], broken: "the zip")
  }

  @Test("a part whose size is not a multiple of 512 is never inflated; one that is, is")
  func prefilter() throws {
    // Not deflate data at all: inflating it fails, so accepting it proves it was skipped.
    let garbage = [UInt8](repeating: 0xFF, count: 300)
    var zip = storedZip([("xl/worksheets/sheet1.xml", garbage)], method: 8, size: 5_000)
    let skipped = try expect(zip, broken: nil)
    #expect(skipped.partsInflated == 0 && skipped.bytesInflated == 0)
    zip = storedZip([("xl/worksheets/sheet1.xml", garbage)], method: 8, size: 8_192)
    let inflated = try expect(zip, broken: "xl/worksheets/sheet1.xml")
    #expect(inflated.partsInflated == 1)
    // Whole deflate data of 4096 × 2 bytes, as libxlsxwriter writes it, is read to its end.
    let text = "<sst>" + String(repeating: "x", count: 8_192 - 11) + "</sst>"
    zip = storedZip([("xl/sharedStrings.xml", try deflated(text))], method: 8, size: 8_192)
    let whole = try expect(zip, broken: nil)
    #expect(whole.partsInflated == 1 && whole.bytesInflated == 8_192)
    // A stream that stops early, though its size says 4096 × k, is cut.
    zip = storedZip(
      [("xl/sharedStrings.xml", Array(try deflated(text).prefix(10)))], method: 8, size: 8_192)
    try expect(zip, broken: "xl/sharedStrings.xml")
  }

  @Test("a streaming workbook is written straight to its path and read back there")
  func streamingWorkbook() throws {
    let fixture = try XLSXFixture()
    let path = try fixture.workbook(options: WorkbookOptions(constantMemory: true)) { book in
      let sheet = try book.addWorksheet(named: "Data")
      for row in 0..<5_000 { try sheet.write(row: row, col: 0, .number(Double(row))) }
    }
    #expect(AssembledParts.check(path: path)?.broken == nil)
    #expect(try xlsxPart("xl/worksheets/sheet1.xml", in: path).hasSuffix("</worksheet>"))
  }

  @Test("the directory gives every member, and its data's place past the local header")
  func directoryOfWorkbook() throws {
    // zip64: libxlsxwriter then puts zip64 extra fields in every local header.
    for zip64 in [false, true] {
      let fixture = try XLSXFixture()
      let path = try fixture.workbook(options: WorkbookOptions(useZip64: zip64)) { book in
        try book.addWorksheet(named: "Data").write(row: 0, col: 0, .text("wide"))
      }
      let descriptor = open(path, O_RDONLY)
      try #require(descriptor >= 0)
      defer { close(descriptor) }
      var file = try #require(ZipFile(descriptor: descriptor))
      let found = file.members()
      let members = try #require(found)
      let listed = try zipListing(path)
      #expect(members.map(\.name) == listed.map(\.name))
      #expect(members.map { Int($0.size) } == listed.map(\.size))
      // Without data descriptors each member's data ends where the next local header starts.
      for (member, next) in zip(members, members.dropFirst()) {
        let place = file.dataOffset(of: member)
        let start = try #require(place)
        #expect(start + member.compressedSize == next.localOffset, "\(member.name)")
      }
      #expect(AssembledParts.check(path: path)?.broken == nil)
    }
  }

  /// Writes `zip` to a file, checks it, and expects `broken`.
  @discardableResult
  private func expect(
    _ zip: [UInt8], broken: String?, sourceLocation: SourceLocation = #_sourceLocation
  ) throws -> AssembledParts.Check {
    let fixture = try XLSXFixture()
    let path = fixture.path("parts.zip")
    try Data(zip).write(to: URL(fileURLWithPath: path))
    let check = try #require(AssembledParts.check(path: path), sourceLocation: sourceLocation)
    #expect(check.broken == broken, sourceLocation: sourceLocation)
    return check
  }

  /// A ``PartEnding`` fed `xml` in pieces of `piece` bytes.
  private func ending(of xml: String, piece: Int) -> PartEnding {
    var ending = PartEnding()
    let bytes = Array(xml.utf8)
    for start in stride(from: 0, to: bytes.count, by: piece) {
      bytes[start..<min(bytes.count, start + piece)].withUnsafeBytes { ending.take($0) }
    }
    return ending
  }

  /// `text` as raw deflate data, by zlib through Python (`python3` is a test dependency).
  private func deflated(_ text: String) throws -> [UInt8] {
    let process = Process()
    process.executableURL = URL(fileURLWithPath: "/usr/bin/python3")
    process.arguments = [
      "-c",
      "import sys, zlib; c = zlib.compressobj(6, zlib.DEFLATED, -15); "
        + "sys.stdout.buffer.write(c.compress(sys.stdin.buffer.read()) + c.flush())",
    ]
    let (input, output) = (Pipe(), Pipe())
    process.standardInput = input
    process.standardOutput = output
    try process.run()
    input.fileHandleForWriting.write(Data(text.utf8))
    try input.fileHandleForWriting.close()
    let data = output.fileHandleForReading.readDataToEndOfFile()
    process.waitUntilExit()
    return [UInt8](data)
  }

  /// The members of the zip at `path` and their inflated sizes, by `unzip -Z`.
  private func zipListing(_ path: String) throws -> [(name: String, size: Int)] {
    let text = try unzipOutput(["-Zl", path])
    return text.split(separator: "\n").compactMap { line in
      let fields = line.split(separator: " ", omittingEmptySubsequences: true)
      guard fields.count >= 10, fields[0].hasPrefix("-"), let size = Int(fields[3]) else {
        return nil
      }
      return (String(fields[fields.count - 1]), size)
    }
  }

  /// A zip of `files` stored without compression (CRCs left zero: the check does not read them).
  private func storedZip(_ files: [(String, String)]) -> [UInt8] {
    handMadeZip(files.map { ($0.0, Array($0.1.utf8), 0, $0.1.utf8.count) })
  }

  /// A zip of `files` whose data is taken as is, said to be made with `method` and to inflate
  /// to `size` bytes.
  private func storedZip(_ files: [(String, [UInt8])], method: Int, size: Int) -> [UInt8] {
    handMadeZip(files.map { ($0.0, $0.1, method, size) })
  }

  /// A zip of members (name, data, method, inflated size), CRCs left zero.
  private func handMadeZip(_ members: [(String, [UInt8], Int, Int)]) -> [UInt8] {
    func half(_ value: Int) -> [UInt8] { [UInt8(value & 0xFF), UInt8(value >> 8 & 0xFF)] }
    func word(_ value: Int) -> [UInt8] { half(value & 0xFFFF) + half(value >> 16) }
    var zip: [UInt8] = []
    var directory: [UInt8] = []
    for (name, data, method, size) in members {
      let nameBytes = Array(name.utf8)
      let offset = zip.count
      zip += word(0x0403_4b50) + half(20) + half(0) + half(method) + half(0) + half(0) + word(0)
      zip += word(data.count) + word(size) + half(nameBytes.count) + half(0)
      zip += nameBytes + data
      directory += word(0x0201_4b50) + half(20) + half(20) + half(0) + half(method)
      directory += half(0) + half(0) + word(0) + word(data.count) + word(size)
      directory += half(nameBytes.count) + half(0) + half(0) + half(0) + half(0) + word(0)
      directory += word(offset) + nameBytes
    }
    let start = zip.count
    zip += directory
    zip += word(0x0605_4b50) + half(0) + half(0) + half(members.count) + half(members.count)
    zip += word(directory.count) + word(start) + half(0)
    return zip
  }
}
