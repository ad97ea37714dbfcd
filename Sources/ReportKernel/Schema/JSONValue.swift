/// A JSON value with its object keys in a fixed order, written the same way every time: what
/// ``SubmissionSchema`` builds and prints.
public indirect enum JSONValue: Sendable, Hashable {
  case string(String)
  case integer(Int)
  case number(Double)
  case bool(Bool)
  case null
  case array([JSONValue])
  case object([Member])

  /// A key and its value, in an object.
  public struct Member: Sendable, Hashable {
    /// The key.
    public let key: String
    /// The value.
    public let value: JSONValue

    /// Creates a member.
    public init(_ key: String, _ value: JSONValue) {
      self.key = key
      self.value = value
    }
  }

  /// An object from key-value pairs, in their order; pairs whose value is nil are left out.
  public static func object(_ pairs: KeyValuePairs<String, JSONValue?>) -> JSONValue {
    .object(pairs.compactMap { key, value in value.map { Member(key, $0) } })
  }

  /// An array of strings.
  public static func strings(_ values: [String]) -> JSONValue {
    .array(values.map(JSONValue.string))
  }

  /// The value as indented JSON text, ending with a newline.
  public var text: String {
    var output = ""
    write(into: &output, indent: "")
    return output + "\n"
  }

  private func write(into output: inout String, indent: String) {
    switch self {
    case .string(let text): output += Self.quoted(text)
    case .integer(let value): output += String(value)
    case .number(let value):
      output += value == value.rounded() && abs(value) < 1e15 ? String(Int(value)) : String(value)
    case .bool(let value): output += value ? "true" : "false"
    case .null: output += "null"
    case .array(let items):
      guard !items.isEmpty else {
        output += "[]"
        return
      }
      if items.allSatisfy({ if case .string = $0 { true } else { false } }) {
        output += "[" + items.map { $0.text.dropLast() }.joined(separator: ", ") + "]"
        return
      }
      output += "[\n"
      for (index, item) in items.enumerated() {
        output += indent + "  "
        item.write(into: &output, indent: indent + "  ")
        output += index == items.count - 1 ? "\n" : ",\n"
      }
      output += indent + "]"
    case .object(let members):
      guard !members.isEmpty else {
        output += "{}"
        return
      }
      output += "{\n"
      for (index, member) in members.enumerated() {
        output += indent + "  " + Self.quoted(member.key) + ": "
        member.value.write(into: &output, indent: indent + "  ")
        output += index == members.count - 1 ? "\n" : ",\n"
      }
      output += indent + "}"
    }
  }

  /// `text` as a JSON string literal.
  static func quoted(_ text: String) -> String {
    var result = "\""
    for scalar in text.unicodeScalars {
      switch scalar {
      case "\"": result += "\\\""
      case "\\": result += "\\\\"
      case "\n": result += "\\n"
      case "\r": result += "\\r"
      case "\t": result += "\\t"
      default:
        if scalar.value < 0x20 {
          let hex = String(scalar.value, radix: 16)
          result += "\\u" + String(repeating: "0", count: 4 - hex.count) + hex
        } else {
          result.unicodeScalars.append(scalar)
        }
      }
    }
    return result + "\""
  }
}
