/// A rectangle of cells on a named sheet, used by charts to reference their data.
public struct SheetRange: Sendable, Hashable {
  /// The sheet name, exactly as passed to ``Workbook/addWorksheet(named:)``.
  public var sheet: String
  /// First row (zero-based).
  public var firstRow: Int
  /// First column (zero-based).
  public var firstCol: Int
  /// Last row (zero-based, inclusive).
  public var lastRow: Int
  /// Last column (zero-based, inclusive).
  public var lastCol: Int

  /// Creates a range.
  public init(sheet: String, firstRow: Int, firstCol: Int, lastRow: Int, lastCol: Int) {
    self.sheet = sheet
    self.firstRow = firstRow
    self.firstCol = firstCol
    self.lastRow = lastRow
    self.lastCol = lastCol
  }

  /// A range within one column: rows `firstRow...lastRow` of column `col`.
  public static func column(_ col: Int, rows: ClosedRange<Int>, on sheet: String) -> SheetRange {
    SheetRange(
      sheet: sheet, firstRow: rows.lowerBound, firstCol: col, lastRow: rows.upperBound,
      lastCol: col)
  }

  /// A range within one row: columns `firstCol...lastCol` of row `row`.
  public static func row(_ row: Int, cols: ClosedRange<Int>, on sheet: String) -> SheetRange {
    SheetRange(
      sheet: sheet, firstRow: row, firstCol: cols.lowerBound, lastRow: row,
      lastCol: cols.upperBound)
  }
}

/// One data series of a chart.
public struct ChartSeries: Sendable, Hashable {
  /// Legend name, always literal text (a leading `=` is not a formula); `nil` for Excel's
  /// default "Series1", "Series2", ….
  public var name: String?
  /// The category labels (x-axis for column charts), one row or one column.
  public var categories: SheetRange
  /// The values, one row or one column, the same length as `categories`.
  public var values: SheetRange
  /// Fill colour `0xRRGGBB`; `nil` for the chart style's colour.
  public var color: UInt32?

  /// Creates a series.
  public init(
    name: String? = nil, categories: SheetRange, values: SheetRange, color: UInt32? = nil
  ) {
    self.name = name
    self.categories = categories
    self.values = values
    self.color = color
  }
}

/// Everything needed to build a native Excel chart with ``Workbook/addChart(_:)``.
public struct ChartSpec: Sendable, Hashable {
  /// The chart type.
  public enum Kind: Sendable, Hashable, CaseIterable {
    /// Vertical bars side by side.
    case columnClustered
    /// Vertical bars stacked.
    case columnStacked
    /// Vertical bars stacked to 100 %.
    case columnPercentStacked
    /// Horizontal bars side by side.
    case barClustered
    /// Horizontal bars stacked.
    case barStacked
    /// Horizontal bars stacked to 100 %.
    case barPercentStacked
    /// Lines.
    case line
    /// Pie (first series only; axis titles are ignored).
    case pie
  }

  /// Where the legend goes.
  public enum LegendPosition: Sendable, Hashable, CaseIterable {
    /// Right of the plot (Excel's default).
    case right
    /// Left of the plot.
    case left
    /// Above the plot.
    case top
    /// Below the plot.
    case bottom
    /// No legend.
    case none
  }

  /// The chart type.
  public var kind: Kind
  /// Title above the chart (literal text); `nil` for none.
  public var title: String?
  /// Title of the category axis (horizontal for column/line charts, vertical for bar charts).
  public var categoryAxisTitle: String?
  /// Title of the value axis.
  public var valueAxisTitle: String?
  /// Number format of the value axis labels, such as `"0%"` or `"#,##0"`.
  public var valueAxisNumberFormat: String?
  /// Legend placement.
  public var legend: LegendPosition
  /// The series, at least one.
  public var series: [ChartSeries]

  /// Creates a chart description.
  public init(
    kind: Kind, title: String? = nil, categoryAxisTitle: String? = nil,
    valueAxisTitle: String? = nil, valueAxisNumberFormat: String? = nil,
    legend: LegendPosition = .right, series: [ChartSeries]
  ) {
    self.kind = kind
    self.title = title
    self.categoryAxisTitle = categoryAxisTitle
    self.valueAxisTitle = valueAxisTitle
    self.valueAxisNumberFormat = valueAxisNumberFormat
    self.legend = legend
    self.series = series
  }
}
