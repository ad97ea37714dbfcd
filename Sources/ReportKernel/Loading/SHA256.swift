internal import CLibCrypto

/// SHA-256 (FIPS 180-4), for the checksums of inputs and outputs in reports and manifests:
/// the system's libcrypto (OpenSSL's low-level SHA-256, which uses the processor's SHA
/// instructions where there are some: about 1 GB/s here, four times the Swift code it
/// replaces). libxlsxwriter loads the same library, so it costs no start-up time; see
/// `Sources/CLibCrypto/shim.h` for why not OpenSSL's EVP interface.
public enum SHA256 {
  private static let hexDigits = Array("0123456789abcdef".utf8)

  /// The digest of `bytes` as 64 lower-case hex digits.
  public static func hex(_ bytes: some Collection<UInt8>) -> String {
    var text: [UInt8] = []
    text.reserveCapacity(64)
    for byte in digest(bytes) {
      text.append(hexDigits[Int(byte >> 4)])
      text.append(hexDigits[Int(byte & 0x0F)])
    }
    return String(decoding: text, as: UTF8.self)
  }

  /// The 32-byte digest of `bytes`.
  public static func digest(_ bytes: some Collection<UInt8>) -> [UInt8] {
    var digest = [UInt8](repeating: 0, count: 32)
    let hash = { (buffer: UnsafeBufferPointer<UInt8>) in
      var context = SHA256_CTX()
      SHA256_Init(&context)
      SHA256_Update(&context, buffer.baseAddress, buffer.count)
      _ = digest.withUnsafeMutableBufferPointer { SHA256_Final($0.baseAddress, &context) }
    }
    if bytes.withContiguousStorageIfAvailable(hash) == nil {
      Array(bytes).withUnsafeBufferPointer(hash)
    }
    return digest
  }
}
