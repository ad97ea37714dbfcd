/// How figures read in sentences and text cells, the one home for number formatting in the
/// kernel, the renderers and forum modules. Locale-independent, so every machine writes the same.
public enum NumberText {
  /// A whole number without a fraction (`3`, not `3.0`), any other as Swift prints it (`2.5`);
  /// no thousands separators. For counts in messages and raw data, where the figure is quoted
  /// as it was written.
  public static func plain(_ value: Double) -> String {
    if value == value.rounded(), abs(value) < 1e15 { return String(Int(value)) }
    return String(value)
  }

  /// `value` rounded to `decimals` places with `,` between thousands (`405,000`); trailing
  /// fraction zeros dropped when `trim` is set. Values beyond 1e15 fall back to Swift's own
  /// form, so absurd input never overflows.
  public static func grouped(_ value: Double, decimals: Int = 0, trim: Bool = true) -> String {
    guard value.isFinite, abs(value) < 1e15 else { return String(value) }
    var scale: Int64 = 1
    for _ in 0..<decimals { scale *= 10 }
    let scaled = Int64((abs(value) * Double(scale)).rounded())
    let whole = String(scaled / scale)
    var integer = ""
    for (index, digit) in whole.enumerated() {
      if index > 0, (whole.count - index) % 3 == 0 { integer.append(",") }
      integer.append(digit)
    }
    var fraction = ""
    if decimals > 0 {
      let digits = String(scaled % scale)
      fraction = String(repeating: "0", count: decimals - digits.count) + digits
      if trim {
        while fraction.last == "0" { fraction.removeLast() }
      }
    }
    let sign = value < 0 && scaled != 0 ? "-" : ""
    return sign + integer + (fraction.isEmpty ? "" : "." + fraction)
  }

  /// A share (0.033) as a percentage with one decimal (`3.3%`), as report cells show it.
  public static func percent(_ share: Double) -> String {
    grouped(share * 100, decimals: 1, trim: false) + "%"
  }
}
