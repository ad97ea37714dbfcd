/// A finding about the inputs: an error blocks a report from being called valid, a warning
/// does not.
///
/// The kernel never prints; it returns diagnostics, and the command line renders them in the
/// compiler style `file:line:column: error: message`.
public struct Diagnostic: Sendable, Hashable, Codable, CustomStringConvertible {
  /// How serious a finding is.
  public enum Severity: String, Sendable, Hashable, Codable, Comparable {
    /// Blocks: the input is wrong and must be fixed.
    case error
    /// Does not block, but a reader should know (a missing value, a late submission).
    case warning
    /// Extra context attached to another finding.
    case note

    private var rank: Int {
      switch self {
      case .error: 0
      case .warning: 1
      case .note: 2
      }
    }

    public static func < (lhs: Severity, rhs: Severity) -> Bool { lhs.rank < rhs.rank }
  }

  /// Error, warning or note.
  public let severity: Severity
  /// What is wrong and, where possible, how to fix it.
  public let message: String
  /// Where; nil for problems that have no single place (a missing file is located at the file).
  public let location: SourceLocation?
  /// A stable identifier of the rule that found it (`yaml.syntax`, `sccp.mra_self_pair`).
  public let code: String
  /// Related places and explanations, rendered after the main line.
  public let notes: [Note]

  /// A related place with its explanation.
  public struct Note: Sendable, Hashable, Codable {
    /// What the place is.
    public let message: String
    /// The place.
    public let location: SourceLocation?

    /// Creates a note; the message is made ``Diagnostic/printable(_:)``.
    public init(_ message: String, at location: SourceLocation? = nil) {
      self.message = Diagnostic.printable(message)
      self.location = location
    }
  }

  /// Creates a diagnostic; the message is made ``printable(_:)``, because it quotes text from
  /// input files and is printed on terminals and written into reports.
  public init(
    _ severity: Severity, _ message: String, at location: SourceLocation?, code: String,
    notes: [Note] = []
  ) {
    self.severity = severity
    self.message = Self.printable(message)
    self.location = location
    self.code = code
    self.notes = notes
  }

  /// The most characters a message keeps; a longer one (which only quoting a huge value can
  /// make) is cut, so one bad value cannot flood a terminal or a report.
  public static let maxMessageLength = 1_000

  /// `text` safe to print on a terminal and to store in a report, on one line: control
  /// characters (U+0000–U+001F, U+007F–U+009F), line and paragraph separators and
  /// bidirectional overrides become visible escapes such as `\u{1B}`, and text beyond
  /// ``maxMessageLength`` characters is cut with a marker.
  public static func printable(_ text: String) -> String {
    guard text.utf8.count > maxMessageLength || text.unicodeScalars.contains(where: isHidden)
    else { return text }
    var result = ""
    var count = 0
    for scalar in text.unicodeScalars {
      guard count < maxMessageLength else {
        return result + "… (cut at \(maxMessageLength) characters)"
      }
      if isHidden(scalar) {
        result += escaped(scalar)
      } else {
        result.unicodeScalars.append(scalar)
      }
      count += 1
    }
    return result
  }

  /// `scalar` written as an escape a reader can see: `\u{1B}`, `\u{200B}` (hexadecimal).
  static func escaped(_ scalar: Unicode.Scalar) -> String {
    "\\u{\(String(scalar.value, radix: 16, uppercase: true))}"
  }

  /// Whether `scalar` would act on a terminal or reorder text instead of showing.
  private static func isHidden(_ scalar: Unicode.Scalar) -> Bool {
    switch scalar.value {
    case 0x00...0x1F, 0x7F...0x9F, 0x2028, 0x2029, 0x202A...0x202E, 0x2066...0x2069: true
    default: false
    }
  }

  /// An error.
  public static func error(
    _ message: String, at location: SourceLocation?, code: String, notes: [Note] = []
  ) -> Diagnostic {
    Diagnostic(.error, message, at: location, code: code, notes: notes)
  }

  /// A warning.
  public static func warning(
    _ message: String, at location: SourceLocation?, code: String, notes: [Note] = []
  ) -> Diagnostic {
    Diagnostic(.warning, message, at: location, code: code, notes: notes)
  }

  /// `file:line:column: severity: message`, the first line of the rendered form.
  public var description: String {
    let prefix = location.map { "\($0): " } ?? ""
    return "\(prefix)\(severity.rawValue): \(message)"
  }
}

extension Array where Element == Diagnostic {
  /// True when any element is an error.
  public var hasErrors: Bool { contains { $0.severity == .error } }

  /// Errors first by place, then warnings by place: the order in which they are shown.
  public func sortedForDisplay() -> [Diagnostic] {
    sorted { lhs, rhs in
      let left = lhs.location ?? SourceLocation(file: "")
      let right = rhs.location ?? SourceLocation(file: "")
      if left != right { return left < right }
      if lhs.severity != rhs.severity { return lhs.severity < rhs.severity }
      return lhs.message < rhs.message
    }
  }
}
