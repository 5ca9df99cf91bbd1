import FoundationXML

/// Reading the SVG the writers produce with a real XML parser (libxml2, through
/// FoundationXML), so "well formed" is checked by something other than the writer.
enum SVGParsing {
  /// The root `<svg>` element; throws when the text is not well-formed XML.
  static func root(_ text: String) throws -> XMLElement {
    let document = try XMLDocument(xmlString: text, options: [])
    guard let root = document.rootElement() else { throw XMLParseFailure() }
    return root
  }

  struct XMLParseFailure: Error {}

  /// Every element below `element`, in document order.
  static func descendants(_ element: XMLElement) -> [XMLElement] {
    let children = (element.children ?? []).compactMap { $0 as? XMLElement }
    return children.flatMap { [$0] + descendants($0) }
  }

  /// The elements below `element` called `name`, with `class="…"` when given.
  static func elements(_ element: XMLElement, _ name: String, class className: String? = nil) -> [XMLElement] {
    descendants(element).filter { $0.name == name && (className == nil || attribute($0, "class") == className) }
  }

  /// An attribute's value. (`XMLElement.attribute(forName:)` misses attributes of
  /// an element in the SVG namespace on Linux, so the list is searched.)
  static func attribute(_ element: XMLElement, _ name: String) -> String? {
    element.attributes?.first { $0.name == name }?.stringValue
  }

  /// An attribute as a number.
  static func number(_ element: XMLElement, _ name: String) -> Double? {
    attribute(element, name).flatMap(Double.init)
  }

  /// The text of the element's `<title>` child.
  static func title(_ element: XMLElement) -> String? {
    element.elements(forName: "title").first?.stringValue
  }
}
