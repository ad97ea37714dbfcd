/// Excel's rules for worksheet names, checked before libxlsxwriter sees a name.
enum SheetName {
  /// Characters Excel forbids anywhere in a sheet name.
  static let forbidden: Set<Character> = ["[", "]", ":", "*", "?", "/", "\\"]
  /// Excel reserves this name for its change-tracking history sheet.
  static let reserved = "history"

  /// The key two names collide on: Excel compares sheet names case-insensitively.
  static func key(_ name: String) -> String { name.lowercased() }

  /// Why `name` is not a valid new sheet name, or `nil` if it is.
  static func problem(with name: String, existingKeys: Set<String>) -> String? {
    if name.isEmpty { return "a sheet name must not be empty" }
    if name.utf16.count > ExcelLimits.maxSheetNameLength {
      return "longer than \(ExcelLimits.maxSheetNameLength) characters (\(name.utf16.count))"
    }
    if let bad = name.first(where: { forbidden.contains($0) }) {
      return "contains '\(bad)'; Excel forbids [ ] : * ? / \\ in sheet names"
    }
    if name.unicodeScalars.contains(where: isControl) {
      return "contains a control character"
    }
    if name.hasPrefix("'") || name.hasSuffix("'") {
      return "must not start or end with an apostrophe"
    }
    if key(name) == reserved { return "\"History\" is reserved by Excel" }
    if existingKeys.contains(key(name)) {
      return "a sheet with this name already exists (names are compared ignoring case)"
    }
    return nil
  }

  /// A valid name as close to `proposed` as possible that does not collide with `existing`.
  static func safe(_ proposed: String, existing: Set<String>) -> String {
    var scalars = String.UnicodeScalarView()
    for scalar in proposed.unicodeScalars where scalar.value != 0xFFFE && scalar.value != 0xFFFF {
      scalars.append(isControl(scalar) ? " " : scalar)
    }
    var base = String(String(scalars).map { forbidden.contains($0) ? "_" : $0 })
    base = trimmingApostrophes(base)
    if base.trimmingSpaces().isEmpty { base = "Sheet" }
    let taken = Set(existing.map(key)).union([reserved])
    let first = trimmingApostrophes(
      TextSanitizer.prefix(of: base, utf16Budget: ExcelLimits.maxSheetNameLength))
    if !first.isEmpty && !taken.contains(key(first)) { return first }
    var counter = 2
    while true {
      let suffix = " (\(counter))"
      let room = ExcelLimits.maxSheetNameLength - suffix.utf16.count
      let stem = trimmingApostrophes(TextSanitizer.prefix(of: base, utf16Budget: room))
      let candidate = (stem.isEmpty ? "Sheet" : stem) + suffix
      if !taken.contains(key(candidate)) { return candidate }
      counter += 1
    }
  }

  /// Control characters (tab and line breaks included) and U+FFFE/U+FFFF, none of which
  /// survive in an XML attribute.
  private static func isControl(_ scalar: Unicode.Scalar) -> Bool {
    scalar.value < 0x20 || scalar.value == 0x7F || TextSanitizer.isIllegal(scalar)
  }

  /// `text` without leading or trailing apostrophes.
  private static func trimmingApostrophes(_ text: String) -> String {
    var result = Substring(text)
    while result.first == "'" { result = result.dropFirst() }
    while result.last == "'" { result = result.dropLast() }
    return String(result)
  }
}

extension String {
  /// The string without leading and trailing spaces.
  fileprivate func trimmingSpaces() -> Substring {
    var result = Substring(self)
    while result.first == " " { result = result.dropFirst() }
    while result.last == " " { result = result.dropLast() }
    return result
  }
}
