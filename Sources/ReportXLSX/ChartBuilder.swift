internal import CLibXLSXWriter
import FoundationEssentials

/// Validates a ``ChartSpec`` and turns it into libxlsxwriter chart calls.
enum ChartBuilder {
  static func cType(_ kind: ChartSpec.Kind) -> UInt8 {
    let type: lxw_chart_type =
      switch kind {
      case .columnClustered: LXW_CHART_COLUMN
      case .columnStacked: LXW_CHART_COLUMN_STACKED
      case .columnPercentStacked: LXW_CHART_COLUMN_STACKED_PERCENT
      case .barClustered: LXW_CHART_BAR
      case .barStacked: LXW_CHART_BAR_STACKED
      case .barPercentStacked: LXW_CHART_BAR_STACKED_PERCENT
      case .line: LXW_CHART_LINE
      case .pie: LXW_CHART_PIE
      }
    return UInt8(type.rawValue)
  }

  static func validate(_ spec: ChartSpec, in workbook: Workbook, operation: String)
    throws(XLSXError)
  {
    func fail(_ kind: XLSXError.Kind, _ message: String, _ range: SheetRange? = nil) -> XLSXError {
      XLSXError(
        kind, message, operation: operation, path: workbook.path, sheet: range?.sheet,
        cell: range.map(a1))
    }
    guard !spec.series.isEmpty else {
      throw fail(.invalidArgument, "a chart needs at least one series")
    }
    if spec.series.contains(where: { ($0.color ?? 0) > 0xFF_FFFF }) {
      throw fail(.invalidArgument, "series colours must be 0xRRGGBB (at most 0xFFFFFF)")
    }
    if let format = spec.valueAxisNumberFormat,
      format.utf8.count > ExcelLimits.maxFormatFieldBytes
    {
      throw fail(.invalidArgument, "valueAxisNumberFormat is too long")
    }
    for series in spec.series {
      for range in [series.categories, series.values] {
        guard workbook.sheetNames.contains(range.sheet) else {
          throw fail(
            .unknownSheet(range.sheet),
            "the workbook has no sheet named \"\(range.sheet)\" (names must match exactly)",
            range)
        }
        let inside =
          (0..<ExcelLimits.maxRows).contains(range.firstRow)
          && (0..<ExcelLimits.maxRows).contains(range.lastRow)
          && (0..<ExcelLimits.maxColumns).contains(range.firstCol)
          && (0..<ExcelLimits.maxColumns).contains(range.lastCol)
          && range.firstRow <= range.lastRow && range.firstCol <= range.lastCol
        guard inside else { throw fail(.invalidArgument, "the range is not valid", range) }
        guard range.firstRow == range.lastRow || range.firstCol == range.lastCol else {
          throw fail(.invalidArgument, "a series range must be one row or one column", range)
        }
      }
      guard count(series.categories) == count(series.values) else {
        throw fail(
          .invalidArgument,
          "the series has \(count(series.values)) values but "
            + "\(count(series.categories)) categories", series.values)
      }
    }
  }

  static func build(
    _ spec: ChartSpec, into chart: UnsafeMutablePointer<lxw_chart>, workbook: Workbook
  ) throws(XLSXError) {
    for series in spec.series {
      guard let cSeries = addSeries(series, to: chart) else {
        throw XLSXError(
          .memoryAllocationFailed, "libxlsxwriter could not add a chart series",
          operation: "chart_add_series", path: workbook.path)
      }
      if let name = series.name { setTitle(&cSeries.pointee.title, name) }
      if let color = series.color {
        var fill = lxw_chart_fill()
        fill.color = FormatApplier.cColor(color)
        chart_series_set_fill(cSeries, &fill)
      }
    }
    if let title = spec.title { setTitle(&chart.pointee.title, title) }
    if spec.kind != .pie {
      let isBar = [.barClustered, .barStacked, .barPercentStacked].contains(spec.kind)
      let categoryAxis = chart_axis_get(
        chart, isBar ? LXW_CHART_AXIS_TYPE_Y : LXW_CHART_AXIS_TYPE_X)
      let valueAxis = chart_axis_get(chart, isBar ? LXW_CHART_AXIS_TYPE_X : LXW_CHART_AXIS_TYPE_Y)
      if let title = spec.categoryAxisTitle, let axis = categoryAxis {
        setTitle(&axis.pointee.title, title)
      }
      if let title = spec.valueAxisTitle, let axis = valueAxis {
        setTitle(&axis.pointee.title, title)
      }
      if let format = spec.valueAxisNumberFormat, let axis = valueAxis {
        chart_axis_set_num_format(axis, TextSanitizer.replacingIllegalCharacters(format).0)
      }
    }
    chart_legend_set_position(chart, legend(spec.legend))
  }

  /// Adds a series. Sheet names are always quoted in the formula (libxlsxwriter 1.1.4 leaves
  /// names such as `Q1` or `TEL2024`, which look like cell references, unquoted); names with
  /// an apostrophe go through `chart_series_set_*`, whose quoting doubles the apostrophe.
  private static func addSeries(_ series: ChartSeries, to chart: UnsafeMutablePointer<lxw_chart>)
    -> UnsafeMutablePointer<lxw_chart_series>?
  {
    let categories = series.categories
    let values = series.values
    if categories.sheet.contains("'") || values.sheet.contains("'") {
      guard let cSeries = chart_add_series(chart, nil, nil) else { return nil }
      chart_series_set_categories(
        cSeries, categories.sheet, UInt32(categories.firstRow), UInt16(categories.firstCol),
        UInt32(categories.lastRow), UInt16(categories.lastCol))
      chart_series_set_values(
        cSeries, values.sheet, UInt32(values.firstRow), UInt16(values.firstCol),
        UInt32(values.lastRow), UInt16(values.lastCol))
      return cSeries
    }
    return chart_add_series(chart, formula(categories), formula(values))
  }

  /// Sets a literal title. libxlsxwriter's setters read a leading `=` as a formula, so such
  /// text is stored directly in the title's name field (as `chart_*_set_name` would).
  private static func setTitle(_ title: inout lxw_chart_title, _ text: String) {
    let clean = TextSanitizer.replacingIllegalCharacters(text).0
    free(title.name)
    title.name = strdup(clean)
  }

  private static func legend(_ position: ChartSpec.LegendPosition) -> UInt8 {
    let value: lxw_chart_legend_position =
      switch position {
      case .right: LXW_CHART_LEGEND_RIGHT
      case .left: LXW_CHART_LEGEND_LEFT
      case .top: LXW_CHART_LEGEND_TOP
      case .bottom: LXW_CHART_LEGEND_BOTTOM
      case .none: LXW_CHART_LEGEND_NONE
      }
    return UInt8(value.rawValue)
  }

  /// `'Sheet'!$A$2:$A$5`.
  static func formula(_ range: SheetRange) -> String {
    func absolute(_ row: Int, _ col: Int) -> String {
      "$" + (XLSXError.columnName(col) ?? "A") + "$" + String(row + 1)
    }
    var text = XLSXError.quotedSheet(range.sheet) + "!" + absolute(range.firstRow, range.firstCol)
    if range.firstRow != range.lastRow || range.firstCol != range.lastCol {
      text += ":" + absolute(range.lastRow, range.lastCol)
    }
    return text
  }

  private static func a1(_ range: SheetRange) -> String {
    XLSXError.a1(
      firstRow: range.firstRow, firstCol: range.firstCol, lastRow: range.lastRow,
      lastCol: range.lastCol)
  }

  private static func count(_ range: SheetRange) -> Int {
    (range.lastRow - range.firstRow + 1) * (range.lastCol - range.firstCol + 1)
  }
}
