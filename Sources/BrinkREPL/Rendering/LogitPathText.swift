#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import BrinkCore

/// The logit path of `sweep lambda` (`LogitPath`) as a table of move
/// probabilities by λ, and a sentence on the Nash equilibrium it approaches.
enum LogitPathText {
  /// λ as shown: enough decimals for two significant digits, none for λ ≥ 10.
  static func text(_ lambda: Double) -> String {
    if lambda == 0 { return "0" }
    let places = max(0, min(8, Int(1 - floor(log10(lambda)))))
    var s = ReportNumber.fixed(lambda, places)
    if s.contains(".") { while s.hasSuffix("0") { s.removeLast() } }
    if s.hasSuffix(".") { s.removeLast() }
    return s
  }


  /// The table and a sentence on where the path goes.
  /// - Parameter title: the first line, e.g. "Logit play in standoff, round 1, as US's lambda goes from 0 to 100".
  /// - Parameter approach: `path.approach(shouldContinue:)`, computed by the caller.
  static func render(_ path: LogitPath, approach: (equilibrium: [[Double]], distance: Double, from: Double?)?,
                     title: String, notes: [String]) -> String {
    let points = path.points
    guard let game = points.first?.stageGame else { return title }
    let players = [game.rowPlayer, game.columnPlayer]
    let moves = [game.rowStrategies, game.columnStrategies]
    var rows = [["lambda"] + (0..<2).flatMap { k in moves[k].map { "\(players[k]) \($0)" } }]
    for p in points {
      rows.append([Self.text(p.lambda)] + p.mixtures.flatMap { $0.map { ReportNumber.fixed($0, 4) } })
    }
    var lines = [title + ":"]
    lines.append(PlainColumns.render(rows, rightAligned: Set(0..<rows[0].count)))
    lines += notes
    if let (nash, distance, from) = approach {
      let text = (0..<2).map { k in
        let support = nash[k].indices.filter { nash[k][$0] > 1e-12 }
        if support.count == 1 { return "\(players[k]) \(moves[k][support[0]])" }
        return "\(players[k]) " + support.map { "\(moves[k][$0]) \(ReportNumber.fixed(nash[k][$0], 4))" }.joined(separator: ", ")
      }.joined(separator: "; ")
      let last = Self.text(points.last!.lambda)
      if let from {
        lines.append("The path approaches the Nash equilibrium \(text) of this stage game: within \(LogitPath.tolerance) of it from lambda = \(Self.text(from)) on (\(ReportNumber.fixed(distance, 4)) away at lambda = \(last)).")
      } else {
        lines.append("At lambda = \(last) the play is still \(ReportNumber.fixed(distance, 4)) from the nearest Nash equilibrium of this stage game, \(text); a larger TO shows more of the path.")
      }
    }
    return lines.joined(separator: "\n")
  }
}
