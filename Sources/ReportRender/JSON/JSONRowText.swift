import ReportKernel

/// The JSON of a table's rows written straight to bytes, byte for byte as
/// ``JSONRenderer/encoder()`` writes them (pretty-printed with two spaces a level, keys sorted
/// by their UTF-8 bytes and in snake_case, `" : "` after a key, slashes unescaped, a number as
/// Swift's `description` without a trailing `.0`, a non-finite one as the strings `Infinity`,
/// `-Infinity` and `NaN`), without building the encoder's tree of values for each row: at
/// 1,000,000 values the encoder spent 39 s on the data table.
///
/// The tests hold it to the encoder's bytes for every kind of cell.
enum JSONRowText {
  /// Appends `row` as an array of cell objects whose opening bracket is at `indent` spaces
  /// (already written, as the line's indentation or after a key), its cells a level deeper.
  static func append(_ row: [ReportCell], indent: Int, to out: inout [UInt8]) {
    out.append(UInt8(ascii: "["))
    out.append(newline)
    for (index, cell) in row.enumerated() {
      if index > 0 { out.append(contentsOf: [UInt8(ascii: ","), newline]) }
      spaces(indent + 2, to: &out)
      append(cell, indent: indent + 2, to: &out)
    }
    out.append(newline)
    spaces(indent, to: &out)
    out.append(UInt8(ascii: "]"))
  }

  /// Appends `cell` as its object (``ReportCell/encode(to:)``): `lower_bound`, `mark`,
  /// `signed`, `type` and `value`, those it has, in that order, a level deeper than `indent`.
  static func append(_ cell: ReportCell, indent: Int, to out: inout [UInt8]) {
    var fields = Fields(type: cell.typeTag)
    fields.take(cell)
    out.append(UInt8(ascii: "{"))
    out.append(newline)
    let inner = indent + 2
    var first = true
    func key(_ name: StaticString) {
      if !first { out.append(contentsOf: [UInt8(ascii: ","), newline]) }
      first = false
      spaces(inner, to: &out)
      out.append(UInt8(ascii: "\""))
      ascii(name, to: &out)
      ascii("\" : ", to: &out)
    }
    if let lowerBound = fields.lowerBound {
      key("lower_bound")
      boolean(lowerBound, to: &out)
    }
    if let mark = fields.mark {
      key("mark")
      string(mark, to: &out)
    }
    if let signed = fields.signed {
      key("signed")
      boolean(signed, to: &out)
    }
    key("type")
    string(fields.type, to: &out)
    if let value = fields.value {
      key("value")
      switch value {
      case .text(let text): string(text, to: &out)
      case .integer(let number): digits(number, to: &out)
      case .decimal(let number): decimal(number, to: &out)
      }
    }
    out.append(newline)
    spaces(indent, to: &out)
    out.append(UInt8(ascii: "}"))
  }

  /// What a cell's object holds, set in the order ``ReportCell/encode(to:)`` encodes them (a
  /// key encoded twice keeps the last value, as in the encoder's container).
  private struct Fields {
    enum Value {
      case text(String)
      case integer(Int)
      case decimal(Double)
    }

    let type: String
    var value: Value?
    var lowerBound: Bool?
    var mark: String?
    var signed: Bool?

    init(type: String) { self.type = type }

    mutating func take(_ cell: ReportCell) {
      switch cell {
      case .text(let text): value = .text(text)
      case .integer(let number), .year(let number): value = .integer(number)
      case .number(let number, let bound), .percent(let number, let bound):
        value = .decimal(number)
        lowerBound = bound
      case .usd(let number), .points(let number): value = .decimal(number)
      case .date(let date): value = .text(date.description)
      case .status(let status): value = .text(status.rawValue)
      case .empty: break
      case .marked(let inner, let cellMark):
        take(inner)
        mark = cellMark.rawValue
      case .signed(let inner):
        take(inner)
        signed = true
      }
    }
  }

  private static let newline = UInt8(ascii: "\n")
  private static let space = UInt8(ascii: " ")

  /// Appends `count` spaces.
  static func spaces(_ count: Int, to out: inout [UInt8]) {
    out.append(contentsOf: repeatElement(space, count: count))
  }

  private static func ascii(_ text: StaticString, to out: inout [UInt8]) {
    out.append(
      contentsOf: UnsafeBufferPointer(start: text.utf8Start, count: text.utf8CodeUnitCount))
  }

  private static func boolean(_ value: Bool, to out: inout [UInt8]) {
    ascii(value ? "true" : "false", to: &out)
  }

  private static func digits(_ value: Int, to out: inout [UInt8]) {
    out.append(contentsOf: String(value).utf8)
  }

  /// A finite number as Swift describes it, `12.0` as `12`; a non-finite one as a string.
  private static func decimal(_ value: Double, to out: inout [UInt8]) {
    guard value.isFinite else {
      string(value.isNaN ? "NaN" : value < 0 ? "-Infinity" : "Infinity", to: &out)
      return
    }
    let text = value.description
    let bytes = text.utf8
    if text.hasSuffix(".0") {
      out.append(contentsOf: bytes.dropLast(2))
    } else {
      out.append(contentsOf: bytes)
    }
  }

  /// `text` quoted: `"` and `\` escaped, `\b`, `\f`, `\n`, `\r`, `\t` for those controls and
  /// `\u00XX` (lowercase) for the others below U+0020; everything else as its UTF-8 bytes.
  private static func string(_ text: String, to out: inout [UInt8]) {
    out.append(UInt8(ascii: "\""))
    for byte in text.utf8 {
      switch byte {
      case UInt8(ascii: "\""), UInt8(ascii: "\\"):
        out.append(contentsOf: [UInt8(ascii: "\\"), byte])
      case 0x08: out.append(contentsOf: [UInt8(ascii: "\\"), UInt8(ascii: "b")])
      case 0x0C: out.append(contentsOf: [UInt8(ascii: "\\"), UInt8(ascii: "f")])
      case 0x0A: out.append(contentsOf: [UInt8(ascii: "\\"), UInt8(ascii: "n")])
      case 0x0D: out.append(contentsOf: [UInt8(ascii: "\\"), UInt8(ascii: "r")])
      case 0x09: out.append(contentsOf: [UInt8(ascii: "\\"), UInt8(ascii: "t")])
      case 0x00..<0x20:
        ascii("\\u00", to: &out)
        out.append(hex(byte >> 4))
        out.append(hex(byte & 0x0F))
      default: out.append(byte)
      }
    }
    out.append(UInt8(ascii: "\""))
  }

  private static func hex(_ nibble: UInt8) -> UInt8 {
    nibble < 10 ? UInt8(ascii: "0") + nibble : UInt8(ascii: "a") + nibble - 10
  }
}
