import BrinkCore

/// The text of a sweep with exact break points (`AffineSweep`):
///
///     Sweeping US's payoff at (Escalate, Escalate) from -20 to 5:
///       x in [-20, -5)        (Escalate, Yield) (Yield, Escalate) mixed
///       x = -5                (Escalate, Yield) (Yield, Escalate)   <- break point
///       x in (-5, 5]          (Escalate, Escalate)
enum AffineSweepText {
  /// - Parameters:
  ///   - game: the swept game at any t (for the move names).
  ///   - variable: the parameter's name in the lines, e.g. `x` or `p`.
  static func render(_ entries: [AffineSweep.Entry], of game: Bimatrix, from: Rational, to: Rational,
                     label: String, variable: String = "x") -> String {
    let moves = [game.rowStrategies, game.columnStrategies]
    var lines = ["Sweeping \(label) from \(from) to \(to):"]
    var breaks = 0
    for entry in entries {
      switch entry {
      case .interval(let low, let high, let closedLow, let closedHigh, let shape):
        let range = "\(closedLow ? "[" : "(")\(low), \(high)\(closedHigh ? "]" : ")")"
        lines.append("  \(variable) in \(range)".padded(to: 24) + Self.shape(shape, moves: moves))
      case .breakPoint(let x, let shape):
        breaks += 1
        lines.append("  \(variable) = \(x)".padded(to: 24) + Self.shape(shape, moves: moves) + "   <- break point")
      }
    }
    if breaks == 0 { lines.append("No break points in this range: the equilibria keep the same shape throughout.") }
    return lines.joined(separator: "\n")
  }

  /// `(Escalate, Yield) (Yield, Escalate) mixed`: the pure cells, then whether a
  /// completely mixed equilibrium exists.
  /// - Parameter moves: each player's move names.
  static func shape(_ shape: EquilibriumShape, moves: [[String]]) -> String {
    var parts = shape.pureCells.map { "(\(moves[0][$0[0]]), \(moves[1][$0[1]]))" }
    if shape.mixed { parts.append("mixed") }
    return parts.isEmpty ? "no equilibrium found" : parts.joined(separator: " ")
  }
}
