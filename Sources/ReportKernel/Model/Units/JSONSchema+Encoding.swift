extension JSONSchema: Encodable {
  private struct Key: CodingKey {
    var stringValue: String
    var intValue: Int? { nil }
    init(_ string: String) { stringValue = string }
    init?(stringValue: String) { self.stringValue = stringValue }
    init?(intValue: Int) { nil }
  }

  /// Encodes the schema's JSON object.
  public func encode(to encoder: any Encoder) throws {
    var container = encoder.container(keyedBy: Key.self)
    try encode(into: &container)
  }

  private func encode(into container: inout KeyedEncodingContainer<Key>) throws {
    switch self {
    case .number(let minimum, let exclusiveMinimum, let maximum, let integer):
      try container.encode(integer ? "integer" : "number", forKey: Key("type"))
      try container.encodeIfPresent(minimum, forKey: Key("minimum"))
      try container.encodeIfPresent(exclusiveMinimum, forKey: Key("exclusiveMinimum"))
      try container.encodeIfPresent(maximum, forKey: Key("maximum"))
    case .string(let format, let pattern):
      try container.encode("string", forKey: Key("type"))
      try container.encodeIfPresent(format, forKey: Key("format"))
      try container.encodeIfPresent(pattern, forKey: Key("pattern"))
    case .boolean:
      try container.encode("boolean", forKey: Key("type"))
    case .null:
      try container.encode("null", forKey: Key("type"))
    case .enumeration(let words):
      try container.encode(words, forKey: Key("enum"))
    case .array(let items, let unique):
      try container.encode("array", forKey: Key("type"))
      try container.encode(items, forKey: Key("items"))
      if unique { try container.encode(true, forKey: Key("uniqueItems")) }
    case .object(let properties, let required, let additional):
      try container.encode("object", forKey: Key("type"))
      var nested = container.nestedContainer(keyedBy: Key.self, forKey: Key("properties"))
      for property in properties {
        try nested.encode(property.schema, forKey: Key(property.name))
      }
      if !required.isEmpty { try container.encode(required, forKey: Key("required")) }
      if let additional {
        try container.encode(additional, forKey: Key("additionalProperties"))
      } else {
        try container.encode(false, forKey: Key("additionalProperties"))
      }
    case .keyedBy(let keys, let values):
      try container.encode("object", forKey: Key("type"))
      try container.encode(JSONSchema.enumeration(keys), forKey: Key("propertyNames"))
      try container.encode(values, forKey: Key("additionalProperties"))
    case .anyOf(let schemas):
      try container.encode(schemas, forKey: Key("anyOf"))
    case .described(let text, let schema):
      try container.encode(text, forKey: Key("description"))
      try schema.encode(into: &container)
    }
  }
}
