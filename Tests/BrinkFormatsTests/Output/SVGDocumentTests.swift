import Testing
@testable import BrinkFormats

/// The SVG writer: numbers in one fixed format, text escaped, elements nested and
/// always closed, a standalone document that an XML parser accepts.
@Suite struct SVGDocumentTests {
  @Test("numbers have at most two decimals and no trailing zeros", arguments: [
    (0.0, "0"), (12.0, "12"), (12.5, "12.5"), (3.14159, "3.14"), (0.1, "0.1"), (100.0, "100"), (-0.25, "-0.25"),
    (-0.004, "0"), (0.996, "1"), (1e15, "0"), (Double.nan, "0"), (Double.infinity, "0"), (239.999, "240"),
  ])
  func numbers(_ x: Double, _ text: String) {
    #expect(SVGDocument.number(x) == text)
  }

  @Test func textIsEscapedAndForbiddenCharactersDropped() {
    #expect(SVGDocument.escape("a<b & \"c\" 'd'>") == "a&lt;b &amp; &quot;c&quot; &apos;d&apos;&gt;")
    #expect(SVGDocument.escape("bell\u{07}\u{0} tab\there") == "bell tab\there")
    #expect(SVGDocument.escape("Taiwan Strait 台湾海峡 — é") == "Taiwan Strait 台湾海峡 — é")
  }

  @Test func aDocumentIsStandaloneWellFormedAndClosed() throws {
    var svg = SVGDocument(width: 200, height: 100.5, title: "A & B", attributes: [("font-size", "12")])
    svg.begin("g", [("id", "x<y")])
    svg.element("rect", [("width", "10"), ("height", "20")])
    svg.begin("polyline", [("points", "0,0 1,1")])
    svg.element("title", text: "<series>")
    // Left open on purpose: `rendered` closes it.
    let text = svg.rendered
    #expect(text == """
      <?xml version="1.0" encoding="UTF-8"?>
      <svg xmlns="http://www.w3.org/2000/svg" width="200" height="100.5" viewBox="0 0 200 100.5" font-size="12">
        <title>A &amp; B</title>
        <g id="x&lt;y">
          <rect width="10" height="20"/>
          <polyline points="0,0 1,1">
            <title>&lt;series&gt;</title>
          </polyline>
        </g>
      </svg>

      """)
    let root = try SVGParsing.root(text)
    #expect(root.name == "svg")
    #expect(SVGParsing.attribute(root, "viewBox") == "0 0 200 100.5")
    #expect(SVGParsing.title(root) == "A & B")
    #expect(SVGParsing.elements(root, "polyline").map(SVGParsing.title) == ["<series>"])
    #expect(SVGParsing.attribute(SVGParsing.elements(root, "g")[0], "id") == "x<y")
  }

  @Test func closeNeverClosesTheRoot() {
    var svg = SVGDocument(width: 1, height: 1, title: "t")
    svg.close()
    svg.close()
    #expect(svg.rendered.components(separatedBy: "</svg>").count == 2)
  }
}
