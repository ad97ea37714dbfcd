internal import CLibXLSXWriter
import FoundationEssentials

/// The document properties shown in Excel's File ▸ Info pane (`docProps/core.xml` and
/// `docProps/app.xml`).
public struct DocumentProperties: Sendable, Hashable {
  /// Title.
  public var title: String?
  /// Subject.
  public var subject: String?
  /// Author (`dc:creator`).
  public var author: String?
  /// Manager.
  public var manager: String?
  /// Company.
  public var company: String?
  /// Category.
  public var category: String?
  /// Keywords.
  public var keywords: String?
  /// Comments (`dc:description`).
  public var comments: String?
  /// Status.
  public var status: String?
  /// Creation (and modification) time written to `docProps/core.xml`, to the second.
  ///
  /// Always set it from the data (for instance the end of the reporting period), never from
  /// the clock: it is the only time libxlsxwriter puts in the file, so with it fixed the same
  /// calls produce a byte-identical `.xlsx`. Without ``Workbook/setProperties(_:)``
  /// libxlsxwriter writes the current time.
  public var created: Date

  /// Creates properties; only `created` is required.
  public init(
    title: String? = nil, subject: String? = nil, author: String? = nil,
    manager: String? = nil, company: String? = nil, category: String? = nil,
    keywords: String? = nil, comments: String? = nil, status: String? = nil, created: Date
  ) {
    self.title = title
    self.subject = subject
    self.author = author
    self.manager = manager
    self.company = company
    self.category = category
    self.keywords = keywords
    self.comments = comments
    self.status = status
    self.created = created
  }
}

extension Workbook {
  /// Sets the document properties (replacing any set before).
  ///
  /// - Throws: ``XLSXError/Kind/invalidDate`` if `created` is outside 1900–9999 or is exactly
  ///   1970-01-01T00:00:00Z (libxlsxwriter reads a zero `time_t` as "now", which would make
  ///   the output depend on the clock); ``XLSXError/Kind/closed`` after ``close()``.
  public func setProperties(_ properties: DocumentProperties) throws(XLSXError) {
    let operation = "workbook_set_properties"
    let handle = try openHandle(operation)
    let seconds = properties.created.timeIntervalSince1970.rounded(.down)
    // 1900-01-01T00:00:00Z ... 9999-12-31T23:59:59Z
    guard (-2_208_988_800...253_402_300_799).contains(seconds), seconds != 0 else {
      throw XLSXError(
        .invalidDate,
        "created must lie in 1900–9999 and not be 1970-01-01T00:00:00Z "
          + "(libxlsxwriter treats time 0 as the current time)",
        operation: operation, path: path)
    }
    var arena = CStringArena()
    func text(_ value: String?) -> UnsafeMutablePointer<CChar>? {
      arena.copy(value.map { TextSanitizer.replacingIllegalCharacters($0).0 })
    }
    var cProperties = lxw_doc_properties()
    cProperties.title = text(properties.title)
    cProperties.subject = text(properties.subject)
    cProperties.author = text(properties.author)
    cProperties.manager = text(properties.manager)
    cProperties.company = text(properties.company)
    cProperties.category = text(properties.category)
    cProperties.keywords = text(properties.keywords)
    cProperties.comments = text(properties.comments)
    cProperties.status = text(properties.status)
    cProperties.created = time_t(seconds)
    try XLSXError.check(
      workbook_set_properties(handle, &cProperties), operation: operation, path: path)
  }
}
