/// How figures read in sentences and text cells, the one home for number formatting in the
/// kernel, the renderers and forum modules. Locale-independent, so every machine writes the same.
public enum NumberText {
  /// A whole number without a fraction (`3`, not `3.0`), any other as Swift prints it (`2.5`);
  /// no thousands separators. For counts in messages and raw data, where the figure is quoted
  /// as it was written.
  public static func plain(_ value: Double) -> String {
    if value == value.rounded(), abs(value) <= ValueReader.maxMagnitude {
      return String(Int(value))
    }
    return String(value)
  }

  /// `value` rounded to `decimals` places with `,` between thousands (`405,000`); trailing
  /// fraction zeros dropped when `trim` is set. Values beyond 1e15, the largest a submission
  /// may give (``ValueReader/maxMagnitude``), fall back to Swift's own form, so absurd input
  /// never overflows.
  public static func grouped(_ value: Double, decimals: Int = 0, trim: Bool = true) -> String {
    guard value.isFinite, abs(value) <= ValueReader.maxMagnitude else { return String(value) }
    var scale: Int64 = 1
    for _ in 0..<decimals { scale *= 10 }
    let scaled = Int64((abs(value) * Double(scale)).rounded())
    let negative = value < 0 && scaled != 0
    // Written on bytes, digits from the right: a sign, at most 19 digits with 6 separators,
    // a point and the fraction.
    return String(unsafeUninitializedCapacity: 28 + max(0, decimals)) { buffer in
      var end = 0
      if negative {
        buffer[0] = UInt8(ascii: "-")
        end = 1
      }
      var whole = scaled / scale
      let count = digitCount(whole)
      var position = end + count + (count - 1) / 3
      end = position
      var written = 0
      repeat {
        if written > 0, written % 3 == 0 {
          position -= 1
          buffer[position] = UInt8(ascii: ",")
        }
        position -= 1
        buffer[position] = UInt8(ascii: "0") + UInt8(whole % 10)
        whole /= 10
        written += 1
      } while whole > 0
      guard decimals > 0 else { return end }
      // The fraction's digits, zeros in front, after the place of the point.
      var fraction = scaled % scale
      for place in stride(from: end + decimals, to: end, by: -1) {
        buffer[place] = UInt8(ascii: "0") + UInt8(fraction % 10)
        fraction /= 10
      }
      var kept = decimals
      if trim {
        while kept > 0, buffer[end + kept] == UInt8(ascii: "0") { kept -= 1 }
      }
      guard kept > 0 else { return end }
      buffer[end] = UInt8(ascii: ".")
      return end + 1 + kept
    }
  }

  /// The number of decimal digits of `value` (≥ 0): 1 for 0 to 9, 2 for 10 to 99.
  public static func digitCount(_ value: Int64) -> Int {
    var count = 1
    var rest = value
    while rest >= 10 {
      rest /= 10
      count += 1
    }
    return count
  }

  /// A share (0.033) as a percentage with one decimal (`3.3%`), as report cells show it.
  public static func percent(_ share: Double) -> String {
    grouped(share * 100, decimals: 1, trim: false) + "%"
  }
}
