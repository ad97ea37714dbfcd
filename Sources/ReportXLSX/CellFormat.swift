/// A description of how cells look: the key under which ``Workbook/addFormat(_:)`` creates
/// (once) and shares an `lxw_format`.
///
/// Colours are `0xRRGGBB` integers (`0x1F4E79` is dark blue). Everything defaults to Excel's
/// default look, so `CellFormat(bold: true)` is only bold.
public struct CellFormat: Sendable, Hashable {
  /// Bold font.
  public var bold: Bool
  /// Italic font.
  public var italic: Bool
  /// Single underline.
  public var underline: Bool
  /// Font family (for instance `"Arial"`); `nil` keeps the workbook default (Calibri).
  public var fontName: String?
  /// Font size in points (1–409); `nil` keeps the default 11.
  public var fontSize: Double?
  /// Font colour `0xRRGGBB`; `nil` keeps automatic (black).
  public var fontColor: UInt32?
  /// Solid background fill `0xRRGGBB`; `nil` for no fill.
  public var backgroundColor: UInt32?
  /// Excel number format such as `"0.0%"`, `"#,##0"`, `"yyyy-mm-dd"`; `nil` is General.
  public var numberFormat: String?
  /// Wrap text within the cell.
  public var textWrap: Bool
  /// Horizontal alignment; `nil` is Excel's General alignment.
  public var horizontalAlignment: HorizontalAlignment?
  /// Vertical alignment; `nil` is Excel's default (bottom).
  public var verticalAlignment: VerticalAlignment?
  /// Cell borders.
  public var borders: Borders
  /// Indentation level (0–15).
  public var indent: Int

  /// Creates a format description.
  public init(
    bold: Bool = false, italic: Bool = false, underline: Bool = false,
    fontName: String? = nil, fontSize: Double? = nil, fontColor: UInt32? = nil,
    backgroundColor: UInt32? = nil, numberFormat: String? = nil, textWrap: Bool = false,
    horizontalAlignment: HorizontalAlignment? = nil,
    verticalAlignment: VerticalAlignment? = nil, borders: Borders = Borders(), indent: Int = 0
  ) {
    self.bold = bold
    self.italic = italic
    self.underline = underline
    self.fontName = fontName
    self.fontSize = fontSize
    self.fontColor = fontColor
    self.backgroundColor = backgroundColor
    self.numberFormat = numberFormat
    self.textWrap = textWrap
    self.horizontalAlignment = horizontalAlignment
    self.verticalAlignment = verticalAlignment
    self.borders = borders
    self.indent = indent
  }

  /// Horizontal alignment of cell content.
  public enum HorizontalAlignment: Sendable, Hashable, CaseIterable {
    /// Left.
    case left
    /// Centre.
    case center
    /// Right.
    case right
    /// Repeat the content to fill the cell.
    case fill
    /// Justify.
    case justify
    /// Centre across the selection (neighbouring empty cells with the same format).
    case centerAcrossSelection
    /// Distributed.
    case distributed
  }

  /// Vertical alignment of cell content.
  public enum VerticalAlignment: Sendable, Hashable, CaseIterable {
    /// Top.
    case top
    /// Centre.
    case center
    /// Bottom.
    case bottom
    /// Justify.
    case justify
    /// Distributed.
    case distributed
  }

  /// A border line style.
  public enum BorderStyle: Sendable, Hashable, CaseIterable {
    /// Thin line.
    case thin
    /// Medium line.
    case medium
    /// Thick line.
    case thick
    /// Double line.
    case double
    /// Dashed line.
    case dashed
    /// Dotted line.
    case dotted
    /// Hairline.
    case hair
  }

  /// The four cell borders and their colour.
  public struct Borders: Sendable, Hashable {
    /// Top border.
    public var top: BorderStyle?
    /// Bottom border.
    public var bottom: BorderStyle?
    /// Left border.
    public var left: BorderStyle?
    /// Right border.
    public var right: BorderStyle?
    /// Colour `0xRRGGBB` of all set borders; `nil` for automatic.
    public var color: UInt32?

    /// Creates borders; all absent by default.
    public init(
      top: BorderStyle? = nil, bottom: BorderStyle? = nil, left: BorderStyle? = nil,
      right: BorderStyle? = nil, color: UInt32? = nil
    ) {
      self.top = top
      self.bottom = bottom
      self.left = left
      self.right = right
      self.color = color
    }

    /// The same style on all four sides.
    public static func all(_ style: BorderStyle, color: UInt32? = nil) -> Borders {
      Borders(top: style, bottom: style, left: style, right: style, color: color)
    }
  }
}
