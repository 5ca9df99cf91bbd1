import BrinkCore

/// The reliability diagram of a calibration table (`CalibrationTable`; Murphy and
/// Winkler 1977): forecast probability across, observed frequency up, the diagonal
/// of perfect calibration, one point per non-empty bin with an area proportional to
/// its count, and the count written beside it (a bin of one question is one coin toss).
public enum ReliabilityDiagram {
  public static func svg(_ table: CalibrationTable, title: String) -> String {
    let size = 360.0, margin = 50.0, plot = size - 2 * margin
    var doc = SVGDocument(width: size, height: size + 20, title: title,
                          attributes: [("font-family", "sans-serif"), ("font-size", "11")])
    func x(_ p: Double) -> String { SVGDocument.number(margin + p * plot) }
    func y(_ p: Double) -> String { SVGDocument.number(margin + (1 - p) * plot) }
    doc.element("text", [("x", SVGDocument.number(size / 2)), ("y", "20"), ("text-anchor", "middle"), ("font-size", "13")], text: title)
    doc.element("rect", [("x", x(0)), ("y", y(1)), ("width", SVGDocument.number(plot)), ("height", SVGDocument.number(plot)),
                         ("fill", "none"), ("stroke", "#888")])
    doc.element("line", [("x1", x(0)), ("y1", y(0)), ("x2", x(1)), ("y2", y(1)), ("stroke", "#bbb"), ("stroke-dasharray", "4 3")])
    for k in 0...10 {
      let p = Double(k) / 10
      doc.element("text", [("x", x(p)), ("y", SVGDocument.number(margin + plot + 14)), ("text-anchor", "middle")], text: k % 2 == 0 ? "\(p)" : "")
      doc.element("text", [("x", SVGDocument.number(margin - 6)), ("y", y(p)), ("text-anchor", "end"), ("dominant-baseline", "middle")],
                  text: k % 2 == 0 ? "\(p)" : "")
    }
    doc.element("text", [("x", SVGDocument.number(size / 2)), ("y", SVGDocument.number(size - 8)), ("text-anchor", "middle")],
                text: "forecast probability")
    doc.element("text", [("x", "14"), ("y", SVGDocument.number(size / 2)), ("text-anchor", "middle"),
                         ("transform", "rotate(-90 14 \(SVGDocument.number(size / 2)))")], text: "observed frequency")
    let most = Double(table.bins.map(\.count).max() ?? 1)
    for bin in table.bins where bin.count > 0 {
      let r = 3 + 9 * (Double(bin.count) / max(most, 1)).squareRoot()
      doc.element("circle", [("cx", x(bin.meanForecast)), ("cy", y(bin.frequency)), ("r", SVGDocument.number(r)), ("fill", "#1f77b4"),
                             ("fill-opacity", "0.7")])
      doc.element("text", [("x", SVGDocument.number(margin + bin.meanForecast * plot + r + 3)), ("y", y(bin.frequency))],
                  text: "\(bin.yes)/\(bin.count)")
    }
    return doc.rendered
  }
}
