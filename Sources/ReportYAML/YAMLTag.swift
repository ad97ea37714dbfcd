/// The explicit tags ctst understands (`!!str 130` is the text "130"), and the check that
/// refuses any other: a tag such as `!custom` or `!!python/object` would ask for a meaning
/// ctst does not give, so it is reported at its place instead of being silently dropped.
public enum YAMLTag {
  /// `!!str`: the value is text, however it reads.
  public static let string = "tag:yaml.org,2002:str"
  /// The YAML core schema's tags, honoured as written.
  public static let core: Set<String> = [
    string, "tag:yaml.org,2002:int", "tag:yaml.org,2002:float", "tag:yaml.org,2002:bool",
    "tag:yaml.org,2002:null", "tag:yaml.org,2002:seq", "tag:yaml.org,2002:map", "!",
  ]

  /// The tag as written in the source: `!!str` for the core schema's long form.
  public static func shown(_ tag: String) -> String {
    let prefix = "tag:yaml.org,2002:"
    return tag.hasPrefix(prefix) ? "!!" + tag.dropFirst(prefix.count) : tag
  }

  /// An error for `tag` at `mark` when ctst does not understand it, else nil.
  static func check(_ tag: String?, at mark: Mark) -> YAMLError? {
    guard let tag, !core.contains(tag) else { return nil }
    return YAMLError(
      .unsupportedTag,
      "the tag '\(shown(tag))' is not understood here; remove it (write text in quotes,"
        + " numbers, dates and yes/no without them)", at: mark)
  }
}
