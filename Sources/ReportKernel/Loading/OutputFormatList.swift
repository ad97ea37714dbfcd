extension ValueReader {
  /// The output formats listed here, in order, at least one (`[xlsx, txt, md]`).
  ///
  /// An empty list (`[]`) would make every run write nothing and still succeed, so it fails
  /// here, naming the formats to choose from and `defaults`, what leaving the key out (or
  /// writing nothing after it) gives. An unknown format fails at its item (``oneOf(_:)``).
  func outputFormats(defaults: [OutputFormat]) -> [OutputFormat]? {
    guard let formats = list({ $0.oneOf(OutputFormat.self) }) else { return nil }
    guard formats.isEmpty else { return formats }
    if node.sequence?.isEmpty ?? true {
      let all = OutputFormat.allCases.map(\.rawValue).joined(separator: ", ")
      let shown = defaults.map(\.rawValue).joined(separator: ", ")
      fail(
        "\(subject) lists no format, so nothing would be written: list one or more of \(all),"
          + " or leave '\(key)' out for [\(shown)]", code: "schema.empty")
    }
    return nil
  }
}
