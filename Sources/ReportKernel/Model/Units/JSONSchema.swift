/// A fragment of a JSON Schema (draft 2020-12), neutral of any JSON library: what a unit says
/// its values look like, and what `ctst schema` assembles for a whole submission. Encodes to
/// the schema's JSON with `JSONEncoder` (use `.sortedKeys` for stable bytes).
public indirect enum JSONSchema: Sendable, Hashable {
  /// A number; `integer` for whole numbers only.
  case number(minimum: Double?, exclusiveMinimum: Double?, maximum: Double?, integer: Bool)
  /// Text; `format` (such as `date`) and `pattern` (a regular expression) when given.
  case string(format: String?, pattern: String?)
  /// `true` or `false`.
  case boolean
  /// Nothing (a key left blank).
  case null
  /// One of the given words.
  case enumeration([String])
  /// A list of `items`; `unique` when no item may repeat.
  case array(items: JSONSchema, unique: Bool)
  /// A mapping with the given keys (in order), those `required`, and no others unless
  /// `additional` describes them (then any key is allowed, with that schema).
  case object(properties: [Property], required: [String], additional: JSONSchema?)
  /// A mapping whose keys are among `keys` and whose values are `values`.
  case keyedBy(keys: [String], values: JSONSchema)
  /// Any one of the schemas.
  case anyOf([JSONSchema])
  /// A schema with a description an editor shows.
  case described(String, JSONSchema)

  /// A key of an object and its schema.
  public struct Property: Sendable, Hashable {
    /// The key.
    public let name: String
    /// Its schema.
    public let schema: JSONSchema

    /// Creates a property.
    public init(_ name: String, _ schema: JSONSchema) {
      self.name = name
      self.schema = schema
    }
  }

  /// A number of at least zero.
  public static let nonNegativeNumber = JSONSchema.number(
    minimum: 0, exclusiveMinimum: nil, maximum: nil, integer: false)

  /// Yes or no as ctst reads them: a YAML boolean, or `yes`/`no`/`true`/`false` in any case
  /// (YAML 1.2 tools read a bare `yes` as text). The pattern spells out the cases, since
  /// ECMA-262 patterns have no inline case-insensitive flag.
  public static let yesNo = JSONSchema.anyOf([
    .boolean,
    .string(
      format: nil, pattern: "^([Yy][Ee][Ss]|[Nn][Oo]|[Tt][Rr][Uu][Ee]|[Ff][Aa][Ll][Ss][Ee])$"),
  ])

  /// A date written `YYYY-MM-DD`.
  public static let date = JSONSchema.string(
    format: "date", pattern: "^[0-9]{4}-[0-9]{2}-[0-9]{2}$")

  /// This schema with `text` as its description.
  public func describing(_ text: String) -> JSONSchema { .described(text, self) }
}
