internal import CLibXLSXWriter

/// Translates a ``CellFormat`` into `format_set_*` calls.
enum FormatApplier {
  /// Why `spec` cannot be applied faithfully, or `nil`.
  static func problem(with spec: CellFormat) -> String? {
    let colors = [
      ("fontColor", spec.fontColor), ("backgroundColor", spec.backgroundColor),
      ("borders.color", spec.borders.color),
    ]
    for (name, color) in colors {
      if let color, color > 0xFF_FFFF { return "\(name) must be 0xRRGGBB (at most 0xFFFFFF)" }
    }
    if let size = spec.fontSize, !(size.isFinite && (1...409).contains(size)) {
      return "fontSize must be between 1 and 409 points"
    }
    if !(0...15).contains(spec.indent) { return "indent must be between 0 and 15" }
    if let format = spec.numberFormat, format.utf8.count > ExcelLimits.maxFormatFieldBytes {
      return "numberFormat is longer than \(ExcelLimits.maxFormatFieldBytes) bytes"
    }
    if let font = spec.fontName, font.utf8.count > ExcelLimits.maxFormatFieldBytes {
      return "fontName is longer than \(ExcelLimits.maxFormatFieldBytes) bytes"
    }
    return nil
  }

  /// Applies a validated spec to a fresh `lxw_format`.
  static func apply(_ spec: CellFormat, to format: UnsafeMutablePointer<lxw_format>) {
    if spec.bold { format_set_bold(format) }
    if spec.italic { format_set_italic(format) }
    if spec.underline { format_set_underline(format, UInt8(LXW_UNDERLINE_SINGLE.rawValue)) }
    if let name = spec.fontName {
      format_set_font_name(format, TextSanitizer.replacingIllegalCharacters(name).0)
    }
    if let size = spec.fontSize { format_set_font_size(format, size) }
    if let color = spec.fontColor { format_set_font_color(format, cColor(color)) }
    if let color = spec.backgroundColor { format_set_bg_color(format, cColor(color)) }
    if let numberFormat = spec.numberFormat {
      format_set_num_format(format, TextSanitizer.replacingIllegalCharacters(numberFormat).0)
    }
    if spec.textWrap { format_set_text_wrap(format) }
    if let alignment = spec.horizontalAlignment { format_set_align(format, cAlign(alignment)) }
    if let alignment = spec.verticalAlignment { format_set_align(format, cAlign(alignment)) }
    if spec.indent > 0 { format_set_indent(format, UInt8(spec.indent)) }
    let borders = spec.borders
    if let style = borders.top { format_set_top(format, cBorder(style)) }
    if let style = borders.bottom { format_set_bottom(format, cBorder(style)) }
    if let style = borders.left { format_set_left(format, cBorder(style)) }
    if let style = borders.right { format_set_right(format, cBorder(style)) }
    if let color = borders.color { format_set_border_color(format, cColor(color)) }
  }

  /// libxlsxwriter 1.1.4 uses `0x000000` to mean "unset" and spells black `LXW_COLOR_BLACK`.
  static func cColor(_ rgb: UInt32) -> lxw_color_t {
    rgb == 0 ? lxw_color_t(LXW_COLOR_BLACK.rawValue) : lxw_color_t(rgb)
  }

  private static func cAlign(_ alignment: CellFormat.HorizontalAlignment) -> UInt8 {
    let value: lxw_format_alignments =
      switch alignment {
      case .left: LXW_ALIGN_LEFT
      case .center: LXW_ALIGN_CENTER
      case .right: LXW_ALIGN_RIGHT
      case .fill: LXW_ALIGN_FILL
      case .justify: LXW_ALIGN_JUSTIFY
      case .centerAcrossSelection: LXW_ALIGN_CENTER_ACROSS
      case .distributed: LXW_ALIGN_DISTRIBUTED
      }
    return UInt8(value.rawValue)
  }

  private static func cAlign(_ alignment: CellFormat.VerticalAlignment) -> UInt8 {
    let value: lxw_format_alignments =
      switch alignment {
      case .top: LXW_ALIGN_VERTICAL_TOP
      case .center: LXW_ALIGN_VERTICAL_CENTER
      case .bottom: LXW_ALIGN_VERTICAL_BOTTOM
      case .justify: LXW_ALIGN_VERTICAL_JUSTIFY
      case .distributed: LXW_ALIGN_VERTICAL_DISTRIBUTED
      }
    return UInt8(value.rawValue)
  }

  private static func cBorder(_ style: CellFormat.BorderStyle) -> UInt8 {
    let value: lxw_format_borders =
      switch style {
      case .thin: LXW_BORDER_THIN
      case .medium: LXW_BORDER_MEDIUM
      case .thick: LXW_BORDER_THICK
      case .double: LXW_BORDER_DOUBLE
      case .dashed: LXW_BORDER_DASHED
      case .dotted: LXW_BORDER_DOTTED
      case .hair: LXW_BORDER_HAIR
      }
    return UInt8(value.rawValue)
  }
}
