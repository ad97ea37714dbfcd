import ReportKernel

/// The small pieces every generated sentence is made of, written the way an APEC document
/// writes them: dates as "31 January 2027", lists as "A, B and C", counts with their noun,
/// numbers with thousands separators.
enum Prose {
  /// "31 January 2027" (the kernel's ``CalendarDate/prose``, the one place dates are written
  /// for reading).
  static func date(_ date: CalendarDate) -> String { date.prose }

  /// "APEC year 2026 (1 January to 31 December 2026)" (``Period/label``).
  static func period(_ period: Period) -> String { period.label }

  /// "A", "A and B", "A, B and C".
  static func list(_ items: [String]) -> String {
    switch items.count {
    case 0: return ""
    case 1: return items[0]
    default: return items.dropLast().joined(separator: ", ") + " and " + (items.last ?? "")
    }
  }

  /// "1 forum", "3 fora".
  static func count(_ count: Int, _ one: String, _ many: String) -> String {
    Wording.count(count, one, many)
  }

  /// The word that agrees in number with `count`: `one` for 1, else `many` ("is" / "are",
  /// "was" / "were", "its" / "their"). Every generated sentence takes its number from here.
  static func agree(_ count: Int, _ one: String, _ many: String) -> String {
    Wording.agree(count, one, many)
  }

  /// How many of `total` things did something, after the things were counted in the sentence:
  /// ", 3 of them completed", ", both completed", ", all of them completed",
  /// ", none of them completed", and for one thing ", completed" / ", not completed".
  static func ofThem(_ part: Int, of total: Int, _ done: String) -> String {
    switch (part, total) {
    case (_, 1): return part == 1 ? ", \(done)" : ", not \(done)"
    case (0, _): return ", none of them \(done)"
    case (2, 2): return ", both \(done)"
    case (total, _): return ", all of them \(done)"
    default: return ", \(part) of them \(done)"
    }
  }

  /// A count broken down by state, as one sentence, in number:
  /// "Of the 21 initiatives, 17 were delivered, 1 is under way and 3 were delayed.",
  /// "All 3 initiatives were delivered.", "The only initiative was delivered."
  /// `states` are (count, singular phrase, plural phrase); states counting 0 are left out.
  static func breakdown(
    of total: Int, _ one: String, _ many: String, _ states: [(Int, String, String)]
  ) -> String {
    let present = states.filter { $0.0 > 0 }
    if total == 1, let only = present.first {
      return "The only \(one) \(only.1)."
    }
    if present.count == 1, let only = present.first, only.0 == total {
      return "\(total == 2 ? "Both" : "All \(total)") \(many) \(only.2)."
    }
    let phrases = present.map { "\($0.0) \(agree($0.0, $0.1, $0.2))" }
    return "Of the \(total) \(many), \(list(phrases))."
  }

  /// "1,553,000".
  static func integer(_ value: Int) -> String {
    let digits = String(value.magnitude)
    var out = ""
    for (index, digit) in digits.enumerated() {
      if index > 0, (digits.count - index) % 3 == 0 { out.append(",") }
      out.append(digit)
    }
    return (value < 0 ? "-" : "") + out
  }

  /// A value in its unit: "20", "71.4%", "USD 95,000"; nil for units without a number.
  static func value(_ value: Double, unit: IndicatorDefinition.Unit, lowerBound: Bool = false)
    -> String?
  {
    let bound = lowerBound ? "at least " : ""
    switch unit {
    case .count, .economies: return bound + number(value)
    case .percentage: return bound + percent(value)
    case .usd: return bound + "USD " + NumberText.grouped(value)
    case .yesNo, .date, .economyList, .qualitative: return nil
    }
  }

  /// "20" or "2.5".
  static func number(_ value: Double) -> String {
    if value == value.rounded(), abs(value) <= ValueReader.maxMagnitude {
      return integer(Int(value))
    }
    return oneDecimal(value)
  }

  /// A share 0–1 as "71.4%".
  static func percent(_ share: Double) -> String { oneDecimal(share * 100) + "%" }

  /// A difference of shares as "19.0 percentage points".
  static func points(_ share: Double) -> String {
    oneDecimal(abs(share) * 100) + " percentage points"
  }

  /// "71.4", "-0.0", "1,553,000.0"; a figure past 1e15 (``ValueReader/maxMagnitude``) or not finite, as
  /// ``NumberText/grouped(_:decimals:trim:)`` writes it ("1e+302"): a previous value of
  /// 1e-300 made a change of shares past what an `Int` holds, and the summary trapped.
  private static func oneDecimal(_ value: Double) -> String {
    guard value.isFinite, abs(value) <= ValueReader.maxMagnitude else {
      return NumberText.grouped(value)
    }
    let tenths = Int((abs(value) * 10).rounded())
    return (value < 0 ? "-" : "") + integer(tenths / 10) + "." + String(tenths % 10)
  }
}
