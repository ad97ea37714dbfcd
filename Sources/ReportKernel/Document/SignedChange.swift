extension ReportCell {
  /// This cell as a change between periods, shown with its sign (`+124`, `-4`, `≥ +20,000`):
  /// numbers, whole numbers and dollars are wrapped in ``signed(_:)``; a share's change
  /// (``points(_:)``) is signed already, and other cells are returned as they are.
  public var signedChange: ReportCell {
    switch self {
    case .integer, .number, .usd: .signed(self)
    default: self
    }
  }

  /// Whether the figure is above zero: a rise, when the cell is a change.
  public var isRise: Bool {
    switch self {
    case .signed(let inner), .marked(let inner, _): inner.isRise
    default: (figure ?? 0) > 0
    }
  }

  /// The numeric value of a whole number, decimal, dollar or percentage-point cell; nil for
  /// others.
  public var figure: Double? {
    switch self {
    case .integer(let value): Double(value)
    case .number(let value, _), .usd(let value), .points(let value): value
    default: nil
    }
  }
}
