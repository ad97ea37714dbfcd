import ReportKernel

/// The forward agenda's cross-fora themes, synthesised from the fora's proposals by one rule a
/// Secretariat officer can predict:
///
/// - A proposal's **subject** is its heading, the text before a colon ("Cash smuggling at
///   borders: a shared referral checklist"), or its whole text when it has no colon; what
///   follows the colon is its **detail**.
/// - Two proposals are **one theme** when one declares `same_as:` the other, or when they share
///   a forum (the proposer or one named in `with`) and every content word of one subject is in
///   the other's. Words are compared without case, punctuation or a plural "s", leaving out
///   small words (and, of, the, at, …); the shorter subject needs two content words or more,
///   else the two subjects must have the same words. A proposal that is one theme with any
///   proposal of a theme joins it.
/// - A theme reads as its shortest subject, all its fora, then each distinct detail:
///   "Cash smuggling at borders (CTWG, SCCP and BMG): joint training and guidance on cash
///   couriers and bulk cash smuggling at borders; a shared customs-immigration referral
///   checklist." A proposal whose subject says more than the theme's keeps it after its
///   detail ("… on cash couriers and bulk cash smuggling at borders"), or, without a detail,
///   gives the words after the theme's subject ("exercises that include air cargo").
struct AgendaThemes {
  /// One forum's proposal, read for the synthesis.
  struct Proposal {
    /// The proposing forum's id.
    let forum: String
    /// The proposer, then the fora it names.
    let fora: [String]
    /// As written.
    let proposal: CrossForaProposal
    /// The heading, or the whole text.
    let subject: String
    /// The text after the heading's colon, if any.
    let detail: String?
    /// The subject's content words.
    let words: Set<String>

    init(forum: String, _ proposal: CrossForaProposal) {
      self.forum = forum
      self.proposal = proposal
      fora = [forum] + proposal.with.filter { $0 != forum }
      let text = Self.withoutFullStop(proposal.theme)
      if let colon = text.firstIndex(of: ":") {
        subject = String(text[..<colon]).trimmingWhitespace
        let rest = String(text[text.index(after: colon)...]).trimmingWhitespace
        detail = rest.isEmpty ? nil : rest
      } else {
        subject = text
        detail = nil
      }
      words = AgendaThemes.contentWords(subject)
    }

    static func withoutFullStop(_ text: String) -> String {
      var text = text.trimmingWhitespace
      while text.hasSuffix(".") { text.removeLast() }
      return text
    }
  }

  /// Why a proposal is in its theme, for the review pack.
  enum Reason: Equatable {
    /// Its subject is the theme's.
    case heads
    /// Its subject matches that of `forum`'s proposal.
    case sameSubject(forum: String)
    /// It declares, or is declared, `same_as` `forum`'s proposal.
    case declared(forum: String)
  }

  /// A theme: its proposals, one of which gives the subject.
  struct Theme {
    /// The proposals, in the order the fora gave them.
    var members: [(proposal: Proposal, reason: Reason)]
    /// The proposal with the shortest subject (the first of those), which gives the theme's.
    var lead: Proposal

    /// The subject of the theme.
    var subject: String { lead.subject }

    /// Every forum proposing it or named in it, in order of appearance.
    var fora: [String] {
      var fora: [String] = []
      for (proposal, _) in members {
        for id in proposal.fora where !fora.contains(id) { fora.append(id) }
      }
      return fora
    }

    /// The distinct details, each once.
    var details: [String] {
      var seen = Set<String>()
      var details: [String] = []
      for (proposal, _) in members {
        guard let detail = AgendaThemes.detail(of: proposal, under: lead) else {
          continue
        }
        if seen.insert(ThemeLink.letters(detail)).inserted { details.append(detail) }
      }
      return details
    }

    /// "Subject (CTWG and TPTWG): first; second." with `label` naming each forum; a subject
    /// ending in a bracket puts the fora last, so two brackets never meet.
    func text(_ label: (String) -> String) -> String {
      let fora = "(\(Prose.list(self.fora.map(label))))"
      let body = details.joined(separator: "; ")
      if body.isEmpty { return "\(subject) \(fora)." }
      return subject.hasSuffix(")")
        ? "\(subject): \(body) \(fora)." : "\(subject) \(fora): \(body)."
    }
  }

  /// The themes, in the order of their first proposal.
  let themes: [Theme]

  /// The themes of `proposals`, given per forum in report order.
  init(_ proposals: [(forum: String, proposal: CrossForaProposal)]) {
    let read = proposals.map { Proposal(forum: $0.forum, $0.proposal) }
    var group = Array(read.indices)
    var reason: [Int: Reason] = [:]
    func root(_ index: Int) -> Int {
      var index = index
      while group[index] != index { index = group[index] }
      return index
    }
    for later in read.indices {
      for earlier in read.indices where earlier < later {
        guard let why = Self.link(read[earlier], read[later]) else { continue }
        let (first, second) = (root(earlier), root(later))
        if first != second {
          group[max(first, second)] = min(first, second)
          if reason[later] == nil { reason[later] = why }
        }
      }
    }
    var order: [Int] = []
    var members: [Int: [Int]] = [:]
    for index in read.indices {
      let top = root(index)
      if members[top] == nil { order.append(top) }
      members[top, default: []].append(index)
    }
    themes = order.map { top in
      let indices = members[top] ?? [top]
      let fewest = indices.map { read[$0].words.count }.min() ?? 0
      let lead = indices.first { read[$0].words.count == fewest } ?? top
      return Theme(
        members: indices.map { index in
          (
            read[index],
            index == lead ? .heads : reason[index] ?? .sameSubject(forum: read[lead].forum)
          )
        },
        lead: read[lead])
    }
  }

  /// Why `later` is one theme with `earlier`, or nil when it is not.
  static func link(_ earlier: Proposal, _ later: Proposal) -> Reason? {
    if let link = later.proposal.sameAs, link.forum == earlier.forum, link.names(earlier.proposal) {
      return .declared(forum: earlier.forum)
    }
    if let link = earlier.proposal.sameAs, link.forum == later.forum, link.names(later.proposal) {
      return .declared(forum: earlier.forum)
    }
    guard !Set(earlier.fora).isDisjoint(with: later.fora) else { return nil }
    return sameSubject(earlier.words, later.words) ? .sameSubject(forum: earlier.forum) : nil
  }

  /// True when the content words of one subject are all among the other's, the shorter having
  /// two or more; or when both have the same words.
  static func sameSubject(_ one: Set<String>, _ other: Set<String>) -> Bool {
    guard !one.isEmpty, !other.isEmpty else { return false }
    if one == other { return true }
    let (short, long) = one.count <= other.count ? (one, other) : (other, one)
    return short.count >= 2 && short.isSubset(of: long)
  }

  /// The small words left out when subjects are compared.
  static let smallWords: Set<String> = [
    "a", "an", "and", "as", "at", "between", "by", "for", "from", "in", "into", "its", "of",
    "on", "or", "the", "their", "to", "with",
  ]

  /// The content words of `text`: lower case, split at anything but letters and digits,
  /// without small words, a final "s" dropped from words of four letters or more (not "ss").
  static func contentWords(_ text: String) -> Set<String> {
    let words = text.lowercased().split { !($0.isLetter || $0.isNumber) }.map(String.init)
    return Set(
      words.filter { !smallWords.contains($0) }.map { word in
        word.count > 3 && word.hasSuffix("s") && !word.hasSuffix("ss")
          ? String(word.dropLast()) : word
      })
  }

  /// What `proposal` adds under a theme headed by `lead`: its detail when its subject has the
  /// lead's words; its detail followed by its own subject when that says more ("joint
  /// workshops on air cargo security and land mass-transit security"); without a detail, the
  /// words after the lead's subject, or its whole text.
  static func detail(of proposal: Proposal, under lead: Proposal) -> String? {
    if proposal.words == lead.words { return proposal.detail }
    if let detail = proposal.detail { return "\(detail) on \(ThemeText.lowered(proposal.subject))" }
    if let rest = ThemeText.after(lead.subject, in: proposal.subject) { return rest }
    return ThemeText.lowered(proposal.subject)
  }
}

/// Small text operations of the theme synthesis.
enum ThemeText {
  /// `text` with its first letter in lower case when it starts a sentence rather than a name:
  /// its first word is capitalised only at its start and the next word is in lower case
  /// ("Air cargo security" → "air cargo security"; "Trade Recovery Programme" and "CTAP
  /// section C" are kept).
  static func lowered(_ text: String) -> String {
    let words = text.split(separator: " ")
    guard let first = words.first, let initial = first.first, initial.isUppercase,
      first.dropFirst().allSatisfy({ !$0.isUppercase }),
      words.count < 2 || words[1].first?.isLowercase == true
    else { return text }
    return initial.lowercased() + text.dropFirst()
  }

  /// The words of `text` after `start`, when `text` begins with it (compared on letters and
  /// digits, without case); nil otherwise or when nothing follows.
  static func after(_ start: String, in text: String) -> String? {
    let wanted = ThemeLink.letters(start)
    guard !wanted.isEmpty, ThemeLink.letters(text).hasPrefix(wanted) else { return nil }
    var count = 0
    var index = text.startIndex
    while index < text.endIndex, count < wanted.count {
      let character = text[index]
      if character.isLetter || character.isNumber { count += character.lowercased().count }
      index = text.index(after: index)
    }
    let rest = text[index...].drop { !($0.isLetter || $0.isNumber) }
    return rest.isEmpty ? nil : String(rest)
  }
}
