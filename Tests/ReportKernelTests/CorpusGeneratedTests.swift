import Foundation
import ReportKernel
import ReportTestSupport
import Testing

/// The corpus cases that cannot be stored as commented files (documented in
/// `Tests/Corpus/README.md`): invalid UTF-8, huge or special files, and inputs too big to keep
/// in the repository. `Tests/e2e/check_hostile.py` runs the same ones through the binary and
/// measures their time and memory.
@Suite("Hostile and broken input: generated cases")
struct CorpusGeneratedTests {
  static let path = CorpusCase.defaultPath
  static let header = "forum: SCCP\nperiod: \"2026\"\nstatus: draft\n"

  /// Validates `bytes` as SCCP's 2026 submission.
  static func validate(
    _ bytes: Data, prepare: (ScratchWorkspace) throws -> Void = { _ in }
  ) throws -> CorpusOutcome {
    try CorpusRunner.run(bytes, at: path, forum: "SCCP", prepare: prepare)
  }

  static func validate(_ text: String) throws -> CorpusOutcome {
    try validate(Data(text.utf8))
  }

  /// `count` activities of a realistic size.
  static func activities(_ count: Int) -> String {
    var text = header + "activities:\n"
    for index in 0..<count {
      text += """
          - id: SCCP-2026-\(index)
            title: "Workshop number \(index) on customs procedures"
            component: customs
            pillars: [security, efficiency]
            status: completed
            economies: [AUS, JPN, VNM]
            beneficiaries: [VNM]
            partners: [WCO]
            capacity_building: true
            start: 2026-03-01
            end: 2026-03-03
            funding: {apec_usd: 1000, co_funding_usd: 500}
            summary: "One paragraph about the activity."

        """
    }
    return text
  }

  @Test(
    "invalid UTF-8 is located at its first bad byte",
    arguments: [
      ([0xFF], "4:22", "0xFF"),  // a byte that never occurs in UTF-8
      ([0xC0, 0x80], "4:22", "0xC0"),  // an overlong encoding of NUL
      ([0xED, 0xA0, 0x80], "4:22", "0xED"),  // an encoded surrogate
      ([0x63, 0x61, 0x66, 0xE9], "4:25", "0xE9"),  // Latin-1 "café"
      ([0xE2, 0x82], "4:22", "0xE2"),  // a sequence cut off by the end of the file
    ] as [([UInt8], String, String)])
  func invalidUTF8(bytes: [UInt8], place: String, byte: String) throws {
    var data = Data((Self.header + "narrative: {customs: ").utf8)
    data.append(contentsOf: bytes)
    let outcome = try Self.validate(data)
    #expect(outcome.exit == 65)
    #expect(
      outcome.errors == [
        "\(Self.path):\(place): error: invalid UTF-8 (byte \(byte)); save the file as UTF-8"
      ])
  }

  @Test("a UTF-16 file (saved with the wrong encoding) is refused at its first byte")
  func utf16() throws {
    var data = Data([0xFF, 0xFE])
    for unit in Self.header.utf16 {
      data.append(contentsOf: [UInt8(unit & 0xFF), UInt8(unit >> 8)])
    }
    let outcome = try Self.validate(data)
    #expect(
      outcome.errors == [
        "\(Self.path):1:1: error: invalid UTF-8 (byte 0xFF); save the file as UTF-8"
      ])
  }

  @Test("a 100 MB file is refused by its size, before it is read")
  func hundredMegabytes() throws {
    let started = Date()
    let outcome = try Self.validate(Data()) { workspace in
      let url = workspace.root.appendingPathComponent(Self.path)
      let handle = try FileHandle(forWritingTo: url)
      try handle.truncate(atOffset: 100 << 20)  // sparse: no disk space, no memory
      try handle.close()
    }
    #expect(outcome.exit == 65)
    #expect(
      outcome.errors == [
        "\(Self.path):1:1: error: file is 104857600 bytes; the limit is 16777216 bytes"
          + " (YAMLLimits.maxBytes)"
      ])
    #expect(Date().timeIntervalSince(started) < 10)
  }

  @Test("a pipe, a device or a folder as the submission is refused at once, never read")
  func specialFiles() throws {
    for target in ["fifo", "folder", "/dev/zero", "/dev/urandom"] {
      let started = Date()
      let outcome = try Self.validate(Data()) { workspace in
        let url = workspace.root.appendingPathComponent(Self.path)
        try FileManager.default.removeItem(at: url)
        if target == "fifo" {
          #expect(mkfifo(url.path, 0o644) == 0)
        } else if target == "folder" {
          // Once skipped as if nothing had been sent: the report said the forum sent nothing.
          try FileManager.default.createDirectory(at: url, withIntermediateDirectories: false)
        } else {
          try FileManager.default.createSymbolicLink(atPath: url.path, withDestinationPath: target)
        }
      }
      #expect(outcome.exit == 65, "\(target)")
      #expect(
        outcome.errors == [
          "\(Self.path): error: cannot read \(Self.path): it is not a regular file (a folder,"
            + " device or pipe)"
        ], "\(target)")
      #expect(Date().timeIntervalSince(started) < 10, "\(target)")
    }
  }

  @Test("100,000 nested lists stop at YAMLLimits.maxDepth without exhausting the stack")
  func deepNesting() throws {
    let text =
      Self.header + "agenda:\n  priorities: " + String(repeating: "[", count: 100_000)
      + String(repeating: "]", count: 100_000) + "\n"
    let outcome = try Self.validate(text)
    #expect(outcome.exit == 65)
    #expect(
      outcome.errors == [
        "\(Self.path):5:77: error: lists and mappings nested more than 64 levels deep"
          + " (YAMLLimits.maxDepth)"
      ])
  }

  @Test("10,000 activities in one submission are accepted, in seconds")
  func tenThousandActivities() throws {
    let text = Self.activities(10_000)
    let started = Date()
    let outcome = try Self.validate(text)
    let elapsed = Date().timeIntervalSince(started)
    #expect(outcome.exit == 0, "\(outcome.errors.prefix(3))")
    #expect(outcome.errors.isEmpty)
    // A debug build under a parallel test run; the release binary takes about 1.5 s, and
    // check_hostile.py holds the built binary to 10 s.
    #expect(elapsed < 60, "\(elapsed) s")
  }

  @Test("a 40,000-character narrative and title are accepted (the workbook cuts only cells)")
  func longText() throws {
    let text = String(repeating: "Forty thousand characters. ", count: 1_482).prefix(40_000)
    let outcome = try Self.validate(
      Self.header + "narrative:\n  customs: \"\(text)\"\nactivities:\n  - id: SCCP-2026-01\n"
        + "    title: \"\(text)\"\n    component: customs\n    status: completed\n")
    #expect(outcome.exit == 0)
    #expect(outcome.errors.isEmpty)
  }

  @Test("6 MB values are reported in bounded time, and the messages quoting them are cut")
  func hugeValue() throws {
    let huge = String(repeating: "k", count: 6_000_000)
    let started = Date()
    let outcome = try Self.validate(
      Self.header.replacingOccurrences(of: "status: draft", with: "status: \(huge)")
        + "? \(huge)\n: 1\n")
    #expect(outcome.exit == 65)
    #expect(outcome.errors.count == 2)
    #expect(outcome.errors.allSatisfy { $0.count < Diagnostic.maxMessageLength + 200 })
    #expect(outcome.errors.first?.hasSuffix("… (cut at 1000 characters)") == true)
    #expect(Date().timeIntervalSince(started) < 60)
  }
}
