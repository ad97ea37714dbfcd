internal import CLibXLSXWriter

extension Worksheet {
  /// Applies `format` to the cells of a rectangle that satisfy `rule` (Excel conditional
  /// formatting; the format is applied by Excel when the file is opened, so it follows later
  /// edits).
  ///
  /// Number rules use Excel's native `cellIs` rule. ``ConditionalRule/textContains(_:)`` is
  /// written as an `expression` rule, `NOT(ISERROR(SEARCH("text",A1)))` relative to the
  /// top-left cell: libxlsxwriter 1.1.4's native text rule truncates its formula at 64 bytes
  /// and anchors it on the wrong column for multi-column ranges.
  ///
  /// Only the font colour, bold/italic/underline, fill and border of `format` take effect in
  /// a conditional format.
  ///
  /// - Throws: ``XLSXError/Kind/invalidNumber(_:)`` for non-finite bounds,
  ///   ``XLSXError/Kind/invalidArgument`` for text longer than 255 characters.
  public func conditionalFormat(
    firstRow: Int, firstCol: Int, lastRow: Int, lastCol: Int, rule: ConditionalRule,
    format: Format
  ) throws(XLSXError) {
    let operation = "worksheet_conditional_format_range"
    let cells = try range(firstRow, firstCol, lastRow, lastCol, operation)
    let sheet = try live(operation, cell: cells.a1)
    let f = try cFormat(format, operation, cell: cells.a1)
    if let bad = rule.numbers.first(where: { !$0.isFinite }) {
      throw error(
        .invalidNumber(bad), "\(bad) cannot be used in a rule", operation, cell: cells.a1)
    }
    var arena = CStringArena()
    var options = lxw_conditional_format()
    options.format = f
    options.type = UInt8(LXW_CONDITIONAL_TYPE_CELL.rawValue)
    switch rule {
    case .textContains(let text):
      let literal = try ruleText(text, operation, cells)
      let pattern = ConditionalRule.formulaString(ConditionalRule.literalPattern(literal))
      let anchor = XLSXError.a1(row: firstRow, col: firstCol)
      options.type = UInt8(LXW_CONDITIONAL_TYPE_FORMULA.rawValue)
      options.value_string = arena.copy("NOT(ISERROR(SEARCH(\(pattern),\(anchor))))")
    case .textEquals(let text):
      let literal = try ruleText(text, operation, cells)
      options.criteria = criterion(LXW_CONDITIONAL_CRITERIA_EQUAL_TO)
      options.value_string = arena.copy(ConditionalRule.formulaString(literal))
    case .equalTo(let value): set(&options, LXW_CONDITIONAL_CRITERIA_EQUAL_TO, value)
    case .notEqualTo(let value): set(&options, LXW_CONDITIONAL_CRITERIA_NOT_EQUAL_TO, value)
    case .greaterThan(let value): set(&options, LXW_CONDITIONAL_CRITERIA_GREATER_THAN, value)
    case .greaterThanOrEqualTo(let value):
      set(&options, LXW_CONDITIONAL_CRITERIA_GREATER_THAN_OR_EQUAL_TO, value)
    case .lessThan(let value): set(&options, LXW_CONDITIONAL_CRITERIA_LESS_THAN, value)
    case .lessThanOrEqualTo(let value):
      set(&options, LXW_CONDITIONAL_CRITERIA_LESS_THAN_OR_EQUAL_TO, value)
    case .between(let low, let high):
      options.criteria = criterion(LXW_CONDITIONAL_CRITERIA_BETWEEN)
      (options.min_value, options.max_value) = (min(low, high), max(low, high))
    case .notBetween(let low, let high):
      options.criteria = criterion(LXW_CONDITIONAL_CRITERIA_NOT_BETWEEN)
      (options.min_value, options.max_value) = (min(low, high), max(low, high))
    }
    try check(
      worksheet_conditional_format_range(
        sheet, UInt32(firstRow), UInt16(firstCol), UInt32(lastRow), UInt16(lastCol), &options),
      operation, cell: cells.a1)
  }

  /// Cleans rule text and enforces Excel's 255-character limit on formula strings.
  private func ruleText(_ text: String, _ operation: String, _ cells: CellRange)
    throws(XLSXError) -> String
  {
    let clean = TextSanitizer.replacingIllegalCharacters(text).0
    guard clean.utf16.count <= ExcelLimits.maxFormulaStringLength else {
      throw error(
        .invalidArgument,
        "rule text is longer than \(ExcelLimits.maxFormulaStringLength) characters",
        operation, cell: cells.a1)
    }
    return clean
  }

  private func criterion(_ value: lxw_conditional_criteria) -> UInt8 { UInt8(value.rawValue) }

  private func set(
    _ options: inout lxw_conditional_format, _ criteria: lxw_conditional_criteria,
    _ value: Double
  ) {
    options.criteria = criterion(criteria)
    options.value = value
  }
}
