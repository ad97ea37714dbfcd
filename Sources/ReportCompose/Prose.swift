import ReportKernel

/// The small pieces every generated sentence is made of, written the way an APEC document
/// writes them: dates as "31 January 2027", lists as "A, B and C", counts with their noun,
/// numbers with thousands separators.
enum Prose {
  static let months = [
    "January", "February", "March", "April", "May", "June", "July", "August", "September",
    "October", "November", "December",
  ]

  /// "31 January 2027".
  static func date(_ date: CalendarDate) -> String {
    "\(date.day) \(months[date.month - 1]) \(date.year)"
  }

  /// "1 January to 31 December 2026" (the year once when both dates share it).
  static func span(_ start: CalendarDate, _ end: CalendarDate) -> String {
    if start.year == end.year {
      return "\(start.day) \(months[start.month - 1]) to \(self.date(end))"
    }
    return "\(self.date(start)) to \(self.date(end))"
  }

  /// "APEC year 2026 (1 January to 31 December 2026)".
  static func period(_ period: Period) -> String {
    "\(period.title) (\(span(period.start, period.end)))"
  }

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
    "\(count) \(count == 1 ? one : many)"
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
    case .usd: return bound + "USD " + integer(Int(value.rounded()))
    case .yesNo, .date, .economyList, .qualitative: return nil
    }
  }

  /// "20" or "2.5".
  static func number(_ value: Double) -> String {
    if value == value.rounded(), abs(value) < 1e15 { return integer(Int(value)) }
    return oneDecimal(value)
  }

  /// A share 0–1 as "71.4%".
  static func percent(_ share: Double) -> String { oneDecimal(share * 100) + "%" }

  /// A difference of shares as "19.0 percentage points".
  static func points(_ share: Double) -> String {
    oneDecimal(abs(share) * 100) + " percentage points"
  }

  private static func oneDecimal(_ value: Double) -> String {
    let tenths = Int((abs(value) * 10).rounded())
    return (value < 0 ? "-" : "") + integer(tenths / 10) + "." + String(tenths % 10)
  }
}
