import ReportKernel

/// The one rule for command-line values that name something: the formats of `--format`, the
/// period of `--period`, the forum of `--forum` or a `<forum>` argument, the job of `--job`,
/// the log format of `--log-format` and validate's `--format`.
///
/// Blanks and invisible characters at either end of a value (or of each item of a list) are
/// ignored, U+0085 and the no-break space as much as the space (``TypedName/trimmed(_:)``);
/// case is ignored where the names ignore it. A value that names nothing is a usage error
/// (64) that names the option, shows the value with its invisible characters as escapes
/// (``TypedName/shown(_:)``), suggests a close name only when it is not that same text, and
/// says what to write.
enum OptionValue {
  /// The items of a comma-separated list, each trimmed; empty items are left out. Every comma
  /// separates, even one a combining mark follows (`,\u{301}md` is the item `\u{301}md`).
  static func items(_ list: String) -> [String] {
    list.unicodeScalars.split(separator: ",", omittingEmptySubsequences: false)
      .map { TypedName.trimmed(String($0)) }.filter { !$0.isEmpty }
  }

  /// The characters of a value a message shows; a longer value is cut, with `…`.
  static let shownLength = 100

  /// The usage error for `typed` (already trimmed), which is no `noun` in `known`:
  /// `error: --format: unknown format '\u{200B}txt' (did you mean 'txt'?); write …`, or
  /// `error: --period: no period given; write …` when nothing is left of it.
  /// `unknown` is what a value that names no `noun` is called ("unknown or disabled" for a
  /// forum that exists but is off).
  static func unknown(
    _ noun: String, _ typed: String, option: String, known: [String], write: String,
    unknown: String = "unknown"
  ) -> CommandFailure {
    if typed.isEmpty {
      return CommandFailure(status: .usage, message: "error: \(option): no \(noun) given; \(write)")
    }
    let scalars = typed.unicodeScalars
    let cut =
      scalars.count > shownLength
      ? String(String.UnicodeScalarView(scalars.prefix(shownLength))) + "…" : typed
    return CommandFailure(
      status: .usage,
      message: "error: \(option): \(unknown) \(noun) '\(TypedName.shown(cut))'"
        + Suggestion.didYouMean(typed, in: known) + "; \(write)")
  }

  /// The word of `Choice` that `typed` names, ignoring case; otherwise the usage error listing
  /// the words.
  static func choice<Choice: RawRepresentable & CaseIterable>(
    _ typed: String, option: String, noun: String
  ) throws -> Choice where Choice.RawValue == String {
    let name = TypedName.trimmed(typed)
    if let found = Choice.allCases.first(where: { $0.rawValue == name.lowercased() }) {
      return found
    }
    let words = Choice.allCases.map(\.rawValue)
    throw unknown(
      noun, name, option: option, known: words, write: "write \(alternatives(words))")
  }

  /// `text or json`, `a, b or c`.
  static func alternatives(_ words: [String]) -> String {
    guard let last = words.last, words.count > 1 else { return words.first ?? "" }
    return words.dropLast().joined(separator: ", ") + " or " + last
  }
}
