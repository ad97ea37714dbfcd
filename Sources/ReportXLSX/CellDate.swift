import FoundationEssentials

/// A wall-clock date and time for a cell, independent of time zones (Excel has none).
public struct CellDate: Sendable, Hashable {
  /// Year, 1900–9999 (Excel's 1900 date system).
  public var year: Int
  /// Month, 1–12.
  public var month: Int
  /// Day of the month, 1–28/29/30/31.
  public var day: Int
  /// Hour, 0–23.
  public var hour: Int
  /// Minute, 0–59.
  public var minute: Int
  /// Second, `0..<60`, fractions allowed.
  public var second: Double

  /// Number format applied to date cells written without one.
  public static let defaultDateFormat = "yyyy-mm-dd"
  /// Number format applied to date-time cells (non-zero time) written without one.
  public static let defaultDateTimeFormat = "yyyy-mm-dd hh:mm:ss"

  /// Creates a date; it is validated when written.
  public init(
    year: Int, month: Int, day: Int, hour: Int = 0, minute: Int = 0, second: Double = 0
  ) {
    self.year = year
    self.month = month
    self.day = day
    self.hour = hour
    self.minute = minute
    self.second = second
  }

  /// The wall-clock reading of `date` in `timeZone` (Gregorian calendar).
  public init(_ date: Date, timeZone: TimeZone) {
    var calendar = Calendar(identifier: .gregorian)
    calendar.timeZone = timeZone
    let parts = calendar.dateComponents(
      [.year, .month, .day, .hour, .minute, .second, .nanosecond], from: date)
    self.init(
      year: parts.year ?? 1900, month: parts.month ?? 1, day: parts.day ?? 1,
      hour: parts.hour ?? 0, minute: parts.minute ?? 0,
      second: Double(parts.second ?? 0) + Double(parts.nanosecond ?? 0) / 1e9)
  }

  /// Whether the time of day is midnight (the value is a plain date).
  public var isDateOnly: Bool { hour == 0 && minute == 0 && second == 0 }

  /// Why the date cannot be written, or `nil` if it is a real date Excel can hold.
  var problem: String? {
    guard (1900...9999).contains(year) else { return "year \(year) is outside 1900–9999" }
    guard (1...12).contains(month) else { return "month \(month) is outside 1–12" }
    guard (1...daysInMonth).contains(day) else {
      return "day \(day) does not exist in \(year)-\(month)"
    }
    guard (0...23).contains(hour), (0...59).contains(minute) else {
      return "time \(hour):\(minute) does not exist"
    }
    guard second.isFinite, second >= 0, second < 60 else {
      return "second \(second) is outside 0..<60"
    }
    return nil
  }

  private var daysInMonth: Int {
    switch month {
    case 2: isLeapYear ? 29 : 28
    case 4, 6, 9, 11: 30
    default: 31
    }
  }

  private var isLeapYear: Bool { (year % 4 == 0 && year % 100 != 0) || year % 400 == 0 }
}
