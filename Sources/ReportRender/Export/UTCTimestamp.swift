import FoundationEssentials

/// A moment as ISO 8601 text in UTC (`2026-11-29T02:30:00Z`, or with milliseconds
/// `2026-11-29T02:30:00.125Z`): the times in an export's manifest and log lines.
///
/// The moment is first rounded to the nearest millisecond (half a millisecond up), then
/// written in the proleptic Gregorian calendar, as `ISO8601DateFormatter` writes it.
public enum UTCTimestamp {
  /// Whole seconds: `2026-11-29T02:30:00Z`.
  public static func seconds(_ date: Date) -> String {
    text(date, milliseconds: false)
  }

  /// With milliseconds: `2026-11-29T02:30:00.125Z`.
  public static func milliseconds(_ date: Date) -> String {
    text(date, milliseconds: true)
  }

  private static func text(_ date: Date, milliseconds withMilliseconds: Bool) -> String {
    let sinceEpoch = (date.timeIntervalSinceReferenceDate + 978_307_200) * 1000 + 0.5
    guard sinceEpoch.isFinite, abs(sinceEpoch) < 1e17 else { return "" }
    let total = Int64(sinceEpoch.rounded(.down))
    let (days, inDay) = floorDivision(total, 86_400_000)
    let (year, month, day) = civil(days: days)
    let second = inDay / 1000
    var text = digits(year, 4) + "-" + digits(month, 2) + "-" + digits(day, 2) + "T"
    text += digits(second / 3600, 2) + ":" + digits(second / 60 % 60, 2) + ":"
    text += digits(second % 60, 2)
    if withMilliseconds { text += "." + digits(inDay % 1000, 3) }
    return text + "Z"
  }

  /// The year, month and day of the day `days` after 1970-01-01 (H. Hinnant's
  /// `civil_from_days`).
  static func civil(days: Int64) -> (year: Int64, month: Int64, day: Int64) {
    let shifted = days + 719_468
    let (era, dayOfEra) = floorDivision(shifted, 146_097)
    let yearOfEra = (dayOfEra - dayOfEra / 1460 + dayOfEra / 36_524 - dayOfEra / 146_096) / 365
    let dayOfYear = dayOfEra - (365 * yearOfEra + yearOfEra / 4 - yearOfEra / 100)
    let monthIndex = (5 * dayOfYear + 2) / 153
    let day = dayOfYear - (153 * monthIndex + 2) / 5 + 1
    let month = monthIndex < 10 ? monthIndex + 3 : monthIndex - 9
    return (yearOfEra + era * 400 + (month <= 2 ? 1 : 0), month, day)
  }

  private static func floorDivision(_ value: Int64, _ divisor: Int64) -> (Int64, Int64) {
    let remainder = value % divisor
    return remainder < 0
      ? (value / divisor - 1, remainder + divisor) : (value / divisor, remainder)
  }

  private static func digits(_ value: Int64, _ width: Int) -> String {
    let text = String(value)
    return String(repeating: "0", count: max(0, width - text.count)) + text
  }
}
