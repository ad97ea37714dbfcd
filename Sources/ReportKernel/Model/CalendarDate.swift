/// A date without a time or time zone (`2026-12-31`), as every date in ctst's inputs is.
///
/// Dates are values in submissions, so one is 4 bytes: the year 16-bit, the month and day 8-bit.
public struct CalendarDate: Sendable, Hashable, Comparable, Codable, CustomStringConvertible {
  private let yearNumber: Int16
  private let monthNumber: UInt8
  private let dayNumber: UInt8

  /// The year.
  public var year: Int { Int(yearNumber) }
  /// The month, 1–12.
  public var month: Int { Int(monthNumber) }
  /// The day of the month, 1–31.
  public var day: Int { Int(dayNumber) }

  /// Creates a date if it exists in the Gregorian calendar.
  public init?(year: Int, month: Int, day: Int) {
    guard (1...9999).contains(year), (1...12).contains(month),
      (1...Self.daysIn(month: month, year: year)).contains(day)
    else { return nil }
    yearNumber = Int16(year)
    monthNumber = UInt8(month)
    dayNumber = UInt8(day)
  }

  /// Parses `YYYY-MM-DD`.
  /// Four ASCII digits, `-`, two, `-`, two: ten bytes, read one by one.
  public init?(iso text: String) {
    let bytes = text.utf8
    guard bytes.count == 10 else { return nil }
    var fields = (year: 0, month: 0)
    var number = 0
    for (offset, byte) in bytes.enumerated() {
      if offset == 4 || offset == 7 {
        guard byte == UInt8(ascii: "-") else { return nil }
        if offset == 4 { fields.year = number } else { fields.month = number }
        number = 0
      } else {
        guard (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(byte) else { return nil }
        number = number * 10 + Int(byte - UInt8(ascii: "0"))
      }
    }
    self.init(year: fields.year, month: fields.month, day: number)
  }

  /// True for text shaped like `NNNN-NN-NN`, real date or not.
  public static func looksLikeDate(_ text: String) -> Bool {
    // Text without a hyphen (most) cannot be shaped so.
    guard text.utf8.contains(UInt8(ascii: "-")) else { return false }
    let parts = text.split(separator: "-", omittingEmptySubsequences: false)
    return parts.count == 3 && parts.allSatisfy { !$0.isEmpty && $0.allSatisfy(\.isNumber) }
  }

  /// `YYYY-MM-DD`.
  public var description: String {
    let pad = { (value: Int, width: Int) in
      String(repeating: "0", count: max(0, width - String(value).count)) + String(value)
    }
    return "\(pad(year, 4))-\(pad(month, 2))-\(pad(day, 2))"
  }

  /// The English month names, January first.
  public static let monthNames = [
    "January", "February", "March", "April", "May", "June", "July", "August", "September",
    "October", "November", "December",
  ]

  /// The date as publication text writes it: "1 November 2026". The one place dates are
  /// written for reading; ``description`` stays `2026-11-01` for data (CSV, JSON values,
  /// workbook cells are real dates).
  public var prose: String { "\(day) \(Self.monthNames[month - 1]) \(year)" }

  /// Days since 1970-01-01 (negative before).
  public var daysSinceEpoch: Int {
    let y = month <= 2 ? year - 1 : year
    let era = (y >= 0 ? y : y - 399) / 400
    let yearOfEra = y - era * 400
    let monthIndex = (month + 9) % 12
    let dayOfYear = (153 * monthIndex + 2) / 5 + day - 1
    let dayOfEra = yearOfEra * 365 + yearOfEra / 4 - yearOfEra / 100 + dayOfYear
    return era * 146_097 + dayOfEra - 719_468
  }

  /// Whole days from `self` to `other` (positive when `other` is later).
  public func days(until other: CalendarDate) -> Int { other.daysSinceEpoch - daysSinceEpoch }

  /// The same day `years` later (28 February for 29 February in a non-leap year).
  public func adding(years: Int) -> CalendarDate {
    let target = year + years
    let lastDay = Self.daysIn(month: month, year: target)
    return CalendarDate(year: target, month: month, day: min(day, lastDay)) ?? self
  }

  /// Seconds since the Unix epoch at midnight UTC, for document properties.
  public var secondsSinceEpoch: Int { daysSinceEpoch * 86_400 }

  /// Number of days in a month.
  public static func daysIn(month: Int, year: Int) -> Int {
    switch month {
    case 2: return (year % 4 == 0 && year % 100 != 0) || year % 400 == 0 ? 29 : 28
    case 4, 6, 9, 11: return 30
    default: return 31
    }
  }

  public static func < (lhs: CalendarDate, rhs: CalendarDate) -> Bool {
    (lhs.year, lhs.month, lhs.day) < (rhs.year, rhs.month, rhs.day)
  }

  public init(from decoder: any Decoder) throws {
    let text = try decoder.singleValueContainer().decode(String.self)
    guard let date = CalendarDate(iso: text) else {
      throw DecodingError.dataCorrupted(
        .init(codingPath: decoder.codingPath, debugDescription: "not a date: \(text)"))
    }
    self = date
  }

  public func encode(to encoder: any Encoder) throws {
    var container = encoder.singleValueContainer()
    try container.encode(description)
  }
}
