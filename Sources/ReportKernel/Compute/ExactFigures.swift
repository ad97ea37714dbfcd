import FoundationEssentials

/// Arithmetic on figures as a reader would do it by hand.
///
/// Submitted and configured numbers are decimals (`96.3`, `0.9`, `97`), but a `Double` holds
/// most of them only approximately, so `(0.963 − 0.9) / (0.97 − 0.9)` comes out as
/// `0.8999999999999998` instead of `0.9`. Every figure the kernel compares with a threshold, a
/// target or another figure is therefore computed here in decimal arithmetic from each input's
/// shortest decimal form, and comparisons allow a stated tolerance of ``tolerance`` (relative)
/// for the few results that are not decimals (a third, a seventh).
public enum ExactFigures {
  /// Two figures closer than this share of the larger (or than this absolute amount, below 1)
  /// compare as equal: one in a thousand million, far below any figure a report shows.
  public static let tolerance = 1e-9

  /// `value` as the decimal a person wrote or reads (`0.963`, not `0.96299999…`); NaN for a
  /// value that is not finite (`Decimal(Double.infinity)` traps).
  public static func decimal(_ value: Double) -> Decimal {
    guard value.isFinite else { return .nan }
    return Decimal(string: String(value), locale: Locale(identifier: "en_US_POSIX"))
      ?? Decimal(value)
  }

  /// The `Double` nearest to `value`.
  public static func double(_ value: Decimal) -> Double {
    Double(value.description) ?? .nan
  }

  /// `percent` as a share: `70` → `0.7` exactly as the literal `0.7` (not `0.7000000000000001`).
  public static func share(percent: Double) -> Double {
    percent / 100
  }

  /// A difference of shares in percentage points: `0.19` → `19` exactly.
  public static func points(_ shareDifference: Double) -> Double {
    exact(double(decimal(shareDifference) * 100), or: shareDifference * 100)
  }

  /// `numerator / denominator` in decimal arithmetic; nil for a zero denominator, or one so
  /// small the quotient is past the largest figure a submission may hold (1 / 5e-324 is
  /// infinite, 405,000 / 2e-301 shows as "inf%"): no figure, rather than an absurd one.
  public static func quotient(_ numerator: Double, _ denominator: Double) -> Double? {
    guard denominator != 0 else { return nil }
    return inRange(
      exact(double(decimal(numerator) / decimal(denominator)), or: numerator / denominator))
  }

  /// `minuend − subtrahend` in decimal arithmetic: `0.714 − 0.524` is `0.19`, not
  /// `0.18999999999999995`.
  public static func difference(_ minuend: Double, _ subtrahend: Double) -> Double {
    exact(double(decimal(minuend) - decimal(subtrahend)), or: minuend - subtrahend)
  }

  /// Share of the way from `baseline` to `target` reached by `actual`:
  /// `(actual − baseline) / (target − baseline)` in decimal arithmetic; nil when the target
  /// is the baseline, or the share is past the largest figure a submission may hold.
  public static func progress(actual: Double, baseline: Double, target: Double) -> Double? {
    let start = decimal(baseline)
    let span = decimal(target) - start
    guard span != 0, target != baseline else { return nil }
    return inRange(
      exact(
        double((decimal(actual) - start) / span), or: (actual - baseline) / (target - baseline)))
  }

  /// `value`, or nil past the largest figure a submission may hold
  /// (``ValueReader/maxMagnitude``) or not finite.
  private static func inRange(_ value: Double) -> Double? {
    abs(value) <= ValueReader.maxMagnitude ? value : nil
  }

  /// `decimal`, the figure worked out in decimal arithmetic, or `binary`, worked out in
  /// `Double`s, when decimals could not hold it: Foundation's `Decimal` has exponents from
  /// -128 to 127, so a previous value of 1e-300 made a change of NaN, and the summary said a
  /// figure "fell by nan" (before it trapped on formatting it).
  private static func exact(_ decimal: Double, or binary: @autoclosure () -> Double) -> Double {
    decimal.isNaN ? binary() : decimal
  }

  /// True when `value` equals `other` within ``tolerance``.
  public static func equal(_ value: Double, _ other: Double) -> Bool {
    abs(value - other) <= tolerance * max(1, abs(value), abs(other))
  }

  /// True when `value` is at or above `threshold` (within ``tolerance``).
  public static func atLeast(_ value: Double, _ threshold: Double) -> Bool {
    value >= threshold || equal(value, threshold)
  }

  /// True when `value` is at or below `threshold` (within ``tolerance``).
  public static func atMost(_ value: Double, _ threshold: Double) -> Bool {
    value <= threshold || equal(value, threshold)
  }
}
