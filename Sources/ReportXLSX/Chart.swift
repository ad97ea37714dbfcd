internal import CLibXLSXWriter
import FoundationEssentials

/// A native Excel chart created by ``Workbook/addChart(_:)``; place it on a sheet with
/// ``Worksheet/insertChart(row:col:chart:xScale:yScale:)`` (exactly once).
///
/// The `lxw_chart` is owned by the workbook's `lxw_workbook` (freed when it closes, whether
/// or not the chart was inserted); this wrapper borrows it and keeps the workbook alive.
public final class Chart {
  /// The description the chart was built from.
  public let spec: ChartSpec
  /// The workbook that owns the chart.
  public let workbook: Workbook
  private let pointer: UnsafeMutablePointer<lxw_chart>
  /// Where the chart was inserted; libxlsxwriter allows one insertion per chart.
  public internal(set) var insertedAt: (sheet: String, cell: String)?

  init(spec: ChartSpec, pointer: UnsafeMutablePointer<lxw_chart>, workbook: Workbook) {
    self.spec = spec
    self.pointer = pointer
    self.workbook = workbook
  }

  /// The C chart, after checking it belongs to `owner`, which must still be open.
  func cChart(for owner: Workbook, operation: String, sheet: String, cell: String)
    throws(XLSXError) -> UnsafeMutablePointer<lxw_chart>
  {
    _ = try owner.openHandle(operation, sheet: sheet, cell: cell)
    guard owner === workbook else {
      throw XLSXError(
        .invalidArgument, "the chart was created by a different workbook",
        operation: operation, path: owner.path, sheet: sheet, cell: cell)
    }
    return pointer
  }
}

@available(*, unavailable, message: "libxlsxwriter objects must stay on one task")
extension Chart: Sendable {}

extension Workbook {
  /// Builds a native chart from `spec`.
  ///
  /// Every range must lie on a sheet already added to this workbook (the exact name), be a
  /// single row or column inside the grid, and each series' values must have as many cells as
  /// its categories. Titles and series names are always literal text. Write the data before
  /// ``close()`` so the chart's cached values are filled in (Excel recomputes them anyway;
  /// they stay empty in constant-memory mode).
  ///
  /// - Throws: ``XLSXError/Kind/unknownSheet(_:)`` for a range on a sheet this workbook does
  ///   not have; ``XLSXError/Kind/invalidArgument`` for no series or a malformed range;
  ///   ``XLSXError/Kind/closed`` after ``close()``.
  public func addChart(_ spec: ChartSpec) throws(XLSXError) -> Chart {
    let operation = "workbook_add_chart"
    let handle = try openHandle(operation)
    try ChartBuilder.validate(spec, in: self, operation: operation)
    guard let chart = workbook_add_chart(handle, ChartBuilder.cType(spec.kind)) else {
      throw XLSXError(
        .memoryAllocationFailed, "libxlsxwriter could not create the chart",
        operation: operation, path: path)
    }
    try ChartBuilder.build(spec, into: chart, workbook: self)
    return Chart(spec: spec, pointer: chart, workbook: self)
  }
}

extension Worksheet {
  /// Places `chart` with its top-left corner on cell (`row`, `col`), at 480 × 288 pixels
  /// scaled by `xScale` and `yScale`.
  ///
  /// - Throws: ``XLSXError/Kind/invalidArgument`` if the chart was already inserted, belongs
  ///   to another workbook, or a scale is not a positive finite number.
  public func insertChart(
    row: Int, col: Int, chart: Chart, xScale: Double = 1, yScale: Double = 1
  ) throws(XLSXError) {
    let operation = "worksheet_insert_chart_opt"
    let cell = XLSXError.a1(row: row, col: col)
    let (r, c) = try cellIndex(row: row, col: col, operation)
    let sheet = try live(operation, cell: cell)
    let cChart = try chart.cChart(for: workbook, operation: operation, sheet: name, cell: cell)
    if let placed = chart.insertedAt {
      throw error(
        .invalidArgument,
        "the chart is already on \(XLSXError.quotedSheet(placed.sheet))!\(placed.cell)",
        operation, cell: cell)
    }
    guard xScale.isFinite, yScale.isFinite, xScale > 0, yScale > 0 else {
      throw error(.invalidArgument, "chart scales must be positive", operation, cell: cell)
    }
    var options = lxw_chart_options()
    options.x_scale = xScale
    options.y_scale = yScale
    try check(worksheet_insert_chart_opt(sheet, r, c, cChart, &options), operation, cell: cell)
    chart.insertedAt = (name, cell)
  }
}
