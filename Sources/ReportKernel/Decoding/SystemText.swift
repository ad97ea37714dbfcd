/// What a configuration text becomes when it is handed to the operating system, named as the
/// user knows it: C reads such a text up to its first NUL character, so any NUL in it would
/// cut it without a word.
public enum SystemTextUse: String, Sendable {
  /// A shell command (`on_failure`).
  case command
  /// A file or folder path (`directory`).
  case path

  /// What the cut text would do: "only 'mail' would run", "it would be 'exports'".
  func outcome(_ kept: String) -> String {
    switch (self, kept.isEmpty) {
    case (.command, true): "nothing would run"
    case (.command, false): "only '\(kept)' would run"
    case (.path, true): "it would be empty"
    case (.path, false): "it would be '\(kept)'"
    }
  }
}

extension ValueReader {
  /// Non-empty text that is handed whole to the operating system as `use` (a command run by
  /// the shell, a path opened or created). A control character (``ControlCharacter``) is
  /// refused here, at the value, as in any text; the text is then not used at all. For a NUL,
  /// which YAML allows as the escape `\0`, `\x00` or `\u0000` in quotes, the message says
  /// what the system would do, since it reads the text only up to it.
  public func systemText(_ use: SystemTextUse) -> String? {
    guard let text = nonEmpty(writtenText()) else { return nil }
    let refused = refusesControlCharacters(in: text) { scalar in
      guard scalar.value == 0, let nul = text.utf8.firstIndex(of: 0) else { return "" }
      let kept = String(decoding: text.utf8[..<nul], as: UTF8.self)
      return ": a \(use.rawValue) ends at the first one, so \(use.outcome(kept))"
    }
    return refused ? nil : text
  }
}
