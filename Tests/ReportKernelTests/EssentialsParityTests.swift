import Foundation
import ReportKernel
import Testing

/// What the kernel does without full Foundation gives what Foundation gave.
@Suite("Essentials parity")
struct EssentialsParityTests {
  @Test("trimmingBlanks trims what CharacterSet.whitespaces trims, and keeps line breaks")
  func trimming() {
    #expect(" \t a b \u{A0}\u{3000}".trimmingBlanks == "a b")
    #expect("\n x \n".trimmingBlanks == "\n x \n")
    #expect("   ".trimmingBlanks == "")
    for value in 0..<0x1_0000 {
      guard let scalar = Unicode.Scalar(value) else { continue }
      let text = "\(scalar)x\(scalar)"
      #expect(text.trimmingBlanks == text.trimmingCharacters(in: .whitespaces), "\(value)")
    }
  }

  @Test("ExactFigures.double parses the decimal's text as it did through NSDecimalNumber")
  func decimalToDouble() throws {
    let written = [
      "0.1", "0.963", "-0.000001", "123456789.123456789", "1e-30", "3.14159265358979323846",
      "99999999999999999999999999999999999999", "0", "-0", "1e100", "7e-100",
    ]
    for text in written {
      let decimal = try #require(Decimal(string: text))
      let expected = Double(NSDecimalNumber(decimal: decimal).stringValue)
      #expect(ExactFigures.double(decimal) == expected, "\(text)")
    }
    var state: UInt64 = 7
    for _ in 0..<5_000 {
      state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
      let value = Double(Int64(bitPattern: state) >> 20) / Double(1 << (state % 40))
      let decimal = ExactFigures.decimal(value)
      #expect(ExactFigures.double(decimal) == Double(NSDecimalNumber(decimal: decimal).stringValue))
      #expect(ExactFigures.double(decimal) == value)
    }
  }

  @Test("DescriptorRead reads a file longer than its 1 MiB chunk, and stops one byte past a limit")
  func descriptorRead() throws {
    let path = FileManager.default.temporaryDirectory
      .appendingPathComponent("ctst-read-\(UUID().uuidString)").path
    let bytes = (0..<(3 << 20) + 17).map { UInt8(truncatingIfNeeded: $0 &* 31) }
    #expect(FileManager.default.createFile(atPath: path, contents: Data(bytes)))
    defer { try? FileManager.default.removeItem(atPath: path) }
    let whole = try #require(withDescriptor(path) { DescriptorRead.bytes($0) })
    #expect(whole == bytes)
    let bounded = try #require(withDescriptor(path) { DescriptorRead.bytes($0, limit: 1_500_000) })
    #expect(bounded == Array(bytes.prefix(1_500_001)))
    let exact = try #require(withDescriptor(path) { DescriptorRead.bytes($0, limit: bytes.count) })
    #expect(exact == bytes)
    #expect(withDescriptor("/") { DescriptorRead.bytes($0) } == nil)
  }

  private func withDescriptor(_ path: String, _ body: (Int32) -> [UInt8]?) -> [UInt8]? {
    let descriptor = open(path, O_RDONLY)
    guard descriptor >= 0 else { return nil }
    defer { close(descriptor) }
    return body(descriptor)
  }
}
