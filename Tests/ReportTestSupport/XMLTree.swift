import Foundation

#if canImport(FoundationXML)
  import FoundationXML
#endif

/// A parsed XML element, for tests that read workbook parts back (qualified names as written,
/// `c:barChart`).
public final class XMLTree {
  /// The element's name.
  public let name: String
  /// Its attributes.
  public let attributes: [String: String]
  /// Its child elements, in document order.
  public var children: [XMLTree] = []
  /// Its text content.
  public var text = ""

  /// Creates an element.
  public init(name: String, attributes: [String: String]) {
    self.name = name
    self.attributes = attributes
  }

  /// Every descendant named `name`, depth first, in document order.
  public func all(_ name: String) -> [XMLTree] {
    children.flatMap { ($0.name == name ? [$0] : []) + $0.all(name) }
  }

  /// The first descendant named `name`.
  public func first(_ name: String) -> XMLTree? { all(name).first }

  /// Parses `xml` into a `#document` element whose child is the root element; throws
  /// ``XMLTreeError`` with the parser's reason when it is not well-formed.
  public static func parseDocument(_ xml: String) throws -> XMLTree {
    let builder = Builder()
    let parser = XMLParser(data: Data(xml.utf8))
    parser.delegate = builder
    guard parser.parse() else {
      throw XMLTreeError(reason: parser.parserError.map { "\($0)" } ?? "unknown")
    }
    return builder.document
  }

  private final class Builder: NSObject, XMLParserDelegate {
    let document = XMLTree(name: "#document", attributes: [:])
    private lazy var stack: [XMLTree] = [document]

    func parser(
      _ parser: XMLParser, didStartElement elementName: String, namespaceURI: String?,
      qualifiedName qName: String?, attributes attributeDict: [String: String] = [:]
    ) {
      let node = XMLTree(name: elementName, attributes: attributeDict)
      stack.last?.children.append(node)
      stack.append(node)
    }

    func parser(
      _ parser: XMLParser, didEndElement elementName: String, namespaceURI: String?,
      qualifiedName qName: String?
    ) {
      stack.removeLast()
    }

    func parser(_ parser: XMLParser, foundCharacters string: String) {
      stack.last?.text += string
    }
  }
}

/// XML that is not well-formed.
public struct XMLTreeError: Error {
  /// The parser's reason.
  public let reason: String
}
