/// Checks `same_as:` on cross-fora proposals: a proposal declared the same theme as another
/// forum's must name a proposal that forum makes for the period.
public enum ThemeLinkCheck {
  /// A warning per `same_as` that names no proposal of the forum it names, at the link. A
  /// warning, not an error, as for joint activities: the other forum may not have submitted
  /// yet, and the proposal then stands on its own in the forward agenda.
  public static func check(_ forums: [ForumAnalysis]) -> [Diagnostic] {
    var proposals: [String: [CrossForaProposal]] = [:]
    for forum in forums {
      proposals[forum.descriptor.id] = forum.submission?.agenda.crossFora ?? []
    }
    return forums.flatMap { forum -> [Diagnostic] in
      (forum.submission?.agenda.crossFora ?? []).compactMap { proposal -> Diagnostic? in
        guard let link = proposal.sameAs, let theirs = proposals[link.forum] else { return nil }
        guard !theirs.contains(where: link.names) else { return nil }
        let starts = theirs.map { "'\(Self.start(of: $0.theme))'" }
        let known =
          starts.isEmpty
          ? "; \(link.forum) proposes no cross-fora theme this period"
          : "; \(link.forum)'s themes begin " + starts.joined(separator: ", ")
        return .warning(
          "the cross-fora theme is declared the same as \(link.forum)'s '\(link.theme)', but no"
            + " \(link.forum) proposal begins with those words, so it stands on its own in the"
            + " forward agenda\(known)",
          at: link.location, code: "analyst.theme_same_as")
      }
    }
  }

  /// A theme's first words: its heading (before a colon), or its first five words.
  static func start(of theme: String) -> String {
    if let colon = theme.firstIndex(of: ":") { return String(theme[..<colon]) }
    let words = theme.split(separator: " ")
    return words.prefix(5).joined(separator: " ") + (words.count > 5 ? " …" : "")
  }
}
