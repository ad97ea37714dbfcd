import FoundationEssentials

/// A moment as ISO 8601 text in UTC: the times in an export's manifest and log lines
/// (`2026-11-29T02:30:00Z`, or with milliseconds `2026-11-29T02:30:00.125Z`) and the names of
/// its run folders (the basic form `20261129T023000Z`).
///
/// Every form is written by one function from one reading of the moment: it is first rounded
/// to the nearest millisecond (half a millisecond up), then written in the proleptic Gregorian
/// calendar, as `ISO8601DateFormatter` writes it; the forms without milliseconds leave them
/// out. So 02:30:59.9996 is 02:31:00 in each form, and a run folder's name is always its
/// manifest's `started` written without separators.
public enum UTCTimestamp {
  /// How much of the moment is written, and how.
  public enum Form: Sendable {
    /// `20261129T023000Z`: sortable, a file name (ISO 8601 basic format).
    case compact
    /// `2026-11-29T02:30:00Z`.
    case seconds
    /// `2026-11-29T02:30:00.125Z`.
    case milliseconds
  }

  /// Whole seconds: `2026-11-29T02:30:00Z`.
  public static func seconds(_ date: Date) -> String {
    text(date, .seconds)
  }

  /// With milliseconds: `2026-11-29T02:30:00.125Z`.
  public static func milliseconds(_ date: Date) -> String {
    text(date, .milliseconds)
  }

  /// Whole seconds without separators, the name of an export's run folder: `20261129T023000Z`.
  public static func compact(_ date: Date) -> String {
    text(date, .compact)
  }

  /// `date` written in `form`; empty for a moment more than three million years from 1970.
  public static func text(_ date: Date, _ form: Form) -> String {
    let sinceEpoch = (date.timeIntervalSinceReferenceDate + 978_307_200) * 1000 + 0.5
    guard sinceEpoch.isFinite, abs(sinceEpoch) < 1e17 else { return "" }
    let total = Int64(sinceEpoch.rounded(.down))
    let (days, inDay) = floorDivision(total, 86_400_000)
    let (year, month, day) = civil(days: days)
    let second = inDay / 1000
    let (dash, colon) = form == .compact ? ("", "") : ("-", ":")
    var text = digits(year, 4) + dash + digits(month, 2) + dash + digits(day, 2) + "T"
    text += digits(second / 3600, 2) + colon + digits(second / 60 % 60, 2) + colon
    text += digits(second % 60, 2)
    if form == .milliseconds { text += "." + digits(inDay % 1000, 3) }
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
