// Explicit Codable forms of the document's enums, so the JSON is flat and self-describing:
// `{"type": "number", "value": 12, "lowerBound": false}` rather than Swift's synthesized
// `{"number": {"_0": 12, "lowerBound": false}}`. Keys are camelCase here; the JSON renderer
// converts every key to snake_case (`lower_bound`), and a decoder using `.convertFromSnakeCase`
// reads it back.

/// Keys shared by the tagged enums below.
private enum TaggedKey: String, CodingKey {
  case type, value, lowerBound, mark, signed, text, attribution, source, items, table, figures
}

extension ReportCell {
  /// The `type` tag of each case in the JSON (``encode(to:)``): `text`, `integer`, `year`,
  /// `number`, `percent`, `usd`, `points`, `date`, `status` or `empty`; a marked or signed cell
  /// has its figure's.
  public var typeTag: String {
    switch self {
    case .text: "text"
    case .integer: "integer"
    case .year: "year"
    case .number: "number"
    case .percent: "percent"
    case .usd: "usd"
    case .points: "points"
    case .date: "date"
    case .status: "status"
    case .empty: "empty"
    case .marked(let inner, _), .signed(let inner): inner.typeTag
    }
  }

  /// Encodes as `{"type": …, "value": …}` (numbers and shares also carry `lowerBound`; a marked cell is
  /// its figure with `"mark": "illustrative" | "estimate" | "withheld"`; a change between
  /// periods carries `"signed": true`).
  public func encode(to encoder: any Encoder) throws {
    var container = encoder.container(keyedBy: TaggedKey.self)
    try container.encode(typeTag, forKey: .type)
    try encodeValue(into: &container)
  }

  private func encodeValue(into container: inout KeyedEncodingContainer<TaggedKey>) throws {
    switch self {
    case .text(let text): try container.encode(text, forKey: .value)
    case .integer(let value), .year(let value): try container.encode(value, forKey: .value)
    case .number(let value, let lowerBound):
      try container.encode(value, forKey: .value)
      try container.encode(lowerBound, forKey: .lowerBound)
    case .percent(let value, let lowerBound):
      try container.encode(value, forKey: .value)
      try container.encode(lowerBound, forKey: .lowerBound)
    case .usd(let value), .points(let value):
      try container.encode(value, forKey: .value)
    case .date(let date): try container.encode(date, forKey: .value)
    case .status(let status): try container.encode(status, forKey: .value)
    case .empty: break
    case .marked(let inner, let mark):
      try inner.encodeValue(into: &container)
      try container.encode(mark, forKey: .mark)
    case .signed(let inner):
      try inner.encodeValue(into: &container)
      try container.encode(true, forKey: .signed)
    }
  }

  /// Decodes the form written by ``encode(to:)``.
  public init(from decoder: any Decoder) throws {
    let container = try decoder.container(keyedBy: TaggedKey.self)
    try self.init(unmarked: container)
    if try container.decodeIfPresent(Bool.self, forKey: .signed) == true {
      self = .signed(self)
    }
    if let mark = try container.decodeIfPresent(CellMark.self, forKey: .mark) {
      self = .marked(self, mark)
    }
  }

  private init(unmarked container: KeyedDecodingContainer<TaggedKey>) throws {
    let type = try container.decode(String.self, forKey: .type)
    switch type {
    case "text": self = .text(try container.decode(String.self, forKey: .value))
    case "integer": self = .integer(try container.decode(Int.self, forKey: .value))
    case "year": self = .year(try container.decode(Int.self, forKey: .value))
    case "number":
      self = .number(
        try container.decode(Double.self, forKey: .value),
        lowerBound: try container.decodeIfPresent(Bool.self, forKey: .lowerBound) ?? false)
    case "percent":
      self = .percent(
        try container.decode(Double.self, forKey: .value),
        lowerBound: try container.decodeIfPresent(Bool.self, forKey: .lowerBound) ?? false)
    case "usd": self = .usd(try container.decode(Double.self, forKey: .value))
    case "points": self = .points(try container.decode(Double.self, forKey: .value))
    case "date": self = .date(try container.decode(CalendarDate.self, forKey: .value))
    case "status": self = .status(try container.decode(IndicatorStatus.self, forKey: .value))
    case "empty": self = .empty
    default:
      throw DecodingError.dataCorruptedError(
        forKey: .type, in: container, debugDescription: "unknown cell type '\(type)'")
    }
  }
}

extension ReportBlock {
  /// Encodes as `{"type": "paragraph" | "bullets" | "table" | "keyFigures" | "note", …}`.
  public func encode(to encoder: any Encoder) throws {
    var container = encoder.container(keyedBy: TaggedKey.self)
    switch self {
    case .paragraph(let text, let attribution, let source):
      try container.encode("paragraph", forKey: .type)
      try container.encode(text, forKey: .text)
      try container.encodeIfPresent(attribution, forKey: .attribution)
      try container.encodeIfPresent(source, forKey: .source)
    case .bullets(let items):
      try container.encode("bullets", forKey: .type)
      try container.encode(items, forKey: .items)
    case .table(let table):
      try container.encode("table", forKey: .type)
      try container.encode(table, forKey: .table)
    case .keyFigures(let figures):
      try container.encode("key_figures", forKey: .type)
      try container.encode(figures, forKey: .figures)
    case .note(let text):
      try container.encode("note", forKey: .type)
      try container.encode(text, forKey: .text)
    }
  }

  /// Decodes the form written by ``encode(to:)``.
  public init(from decoder: any Decoder) throws {
    let container = try decoder.container(keyedBy: TaggedKey.self)
    let type = try container.decode(String.self, forKey: .type)
    switch type {
    case "paragraph":
      self = .paragraph(
        text: try container.decode(String.self, forKey: .text),
        attribution: try container.decodeIfPresent(String.self, forKey: .attribution),
        source: try container.decodeIfPresent(SourceLocation.self, forKey: .source))
    case "bullets": self = .bullets(try container.decode([String].self, forKey: .items))
    case "table": self = .table(try container.decode(ReportTable.self, forKey: .table))
    case "key_figures":
      self = .keyFigures(try container.decode([KeyFigure].self, forKey: .figures))
    case "note": self = .note(try container.decode(String.self, forKey: .text))
    default:
      throw DecodingError.dataCorruptedError(
        forKey: .type, in: container, debugDescription: "unknown block type '\(type)'")
    }
  }
}
