#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import BrinkCore

/// The logit quantal response equilibrium path of the current stage (McKelvey and
/// Palfrey, "Quantal response equilibria for normal form games", *GEB* 10, 1995):
/// each player's move probabilities as the rationality λ grows. There are no break
/// points: a QRE moves continuously with λ, from uniform play at λ = 0 towards a
/// Nash equilibrium as λ → ∞ (their Theorem 2), so the path is shown as a table at
/// geometrically spaced λ, and the Nash equilibrium it approaches is named.
///
/// The points come from the engine's own solve (`EscalationSolver` with the
/// players' models set to logit λ), so the continuation values of later rounds move
/// with λ too, exactly as `set model PLAYER logit LAMBDA` would make them.
struct LogitPath {
  /// One λ: both players' intended move probabilities at the current node, and the
  /// stage game there (continuation folded in; approximate, as logit solves are).
  struct Point {
    var lambda: Double
    var mixtures: [[Double]]
    var stageGame: Bimatrix
  }

  var points: [Point]

  /// How close (largest difference of any probability) counts as "at" an equilibrium.
  static let tolerance = 0.01

  /// `count` values of λ: geometric from `from` to `to`, or, when `from` is 0, 0
  /// followed by `count − 1` geometric values from `to`/1000 to `to`. Inner values
  /// are rounded to two significant digits so that the table shows exactly the λ
  /// solved with.
  static func lambdas(from: Double, to: Double, count: Int = 12) -> [Double] {
    guard to > 0 else { return [0] }
    let (start, n, head): (Double, Int, [Double]) = from > 0 ? (from, count, []) : (to / 1000, count - 1, [0])
    var values = head
    for k in 0..<n {
      if k == 0 { values.append(start); continue }
      if k == n - 1 { values.append(to); continue }
      values.append(roundedToTwoDigits(start * pow(to / start, Double(k) / Double(n - 1))))
    }
    return values
  }

  static func roundedToTwoDigits(_ x: Double) -> Double {
    // Divide by an exact power of ten (not multiply by 10⁻ᵏ), so 63/10 gives 6.3.
    let e = floor(log10(x)) - 1
    return e < 0 ? (x * pow(10, -e)).rounded() / pow(10, -e) : (x / pow(10, e)).rounded() * pow(10, e)
  }

  /// λ as shown: enough decimals for two significant digits, none for λ ≥ 10.
  static func text(_ lambda: Double) -> String {
    if lambda == 0 { return "0" }
    let places = max(0, min(8, Int(1 - floor(log10(lambda)))))
    var s = ReportNumber.fixed(lambda, places)
    if s.contains(".") { while s.hasSuffix("0") { s.removeLast() } }
    if s.hasSuffix(".") { s.removeLast() }
    return s
  }

  /// The largest difference between two profiles' probabilities.
  static func distance(_ x: [[Double]], _ y: [[Double]]) -> Double {
    var d = 0.0
    for (a, b) in zip(x, y) { for (u, v) in zip(a, b) { d = max(d, abs(u - v)) } }
    return d
  }

  /// The Nash equilibrium of the last point's stage game nearest the last point, and
  /// the first λ from which every point stays within `tolerance` of it (nil if the
  /// last one is not).
  func approach(shouldContinue: () -> Bool) -> (equilibrium: [[Double]], distance: Double, from: Double?)? {
    guard let last = points.last else { return nil }
    let equilibria = last.stageGame.extremeEquilibria(shouldContinue: shouldContinue)
    let profiles = equilibria.map { $0.profile.map { $0.map(\.doubleValue) } }
    guard let nearest = profiles.min(by: { Self.distance($0, last.mixtures) < Self.distance($1, last.mixtures) }) else { return nil }
    var from: Double?
    for p in points.reversed() {
      guard Self.distance(p.mixtures, nearest) <= Self.tolerance else { break }
      from = p.lambda
    }
    return (nearest, Self.distance(last.mixtures, nearest), from)
  }

  /// The table and a sentence on where the path goes.
  /// - Parameter title: the first line, e.g. "Logit play in standoff, round 1, as US's lambda goes from 0 to 100".
  func render(title: String, notes: [String], shouldContinue: () -> Bool) -> String {
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
    if let (nash, distance, from) = approach(shouldContinue: shouldContinue) {
      let text = (0..<2).map { k in
        let support = nash[k].indices.filter { nash[k][$0] > 1e-12 }
        if support.count == 1 { return "\(players[k]) \(moves[k][support[0]])" }
        return "\(players[k]) " + support.map { "\(moves[k][$0]) \(ReportNumber.fixed(nash[k][$0], 4))" }.joined(separator: ", ")
      }.joined(separator: "; ")
      let last = Self.text(points.last!.lambda)
      if let from {
        lines.append("The path approaches the Nash equilibrium \(text) of this stage game: within \(Self.tolerance) of it from lambda = \(Self.text(from)) on (\(ReportNumber.fixed(distance, 4)) away at lambda = \(last)).")
      } else {
        lines.append("At lambda = \(last) the play is still \(ReportNumber.fixed(distance, 4)) from the nearest Nash equilibrium of this stage game, \(text); a larger TO shows more of the path.")
      }
    }
    return lines.joined(separator: "\n")
  }
}
