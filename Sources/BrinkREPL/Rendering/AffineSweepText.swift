import BrinkCore

/// The text of a sweep with exact break points (`AffineSweep`). Intervals give the
/// shape of the equilibria (pure ones, and `mixed` for a completely mixed one);
/// every break point and both ends list every equilibrium there, exactly as
/// `solve` lists them at that payoff, continua included:
///
///     Sweeping US's payoff at (Escalate, Escalate) from -20 to 5:
///       x = -20               (Yield, Escalate) (10/11 Yield + 1/11 Escalate, …) (Escalate, Yield)   <- end point
///       x in (-20, -1)        (Yield, Escalate) (Escalate, Yield) mixed
///       x = -1                (Yield, Escalate) (9/10 Yield + 1/10 Escalate, Escalate) (Escalate, Yield)   <- break point
///                             every mixture of (Yield, Escalate) and (9/10 Yield + 1/10 Escalate, Escalate) is an equilibrium
///       x in (-1, 5)          (Escalate, Yield)
///       x = 5                 (Escalate, Yield)   <- end point
enum AffineSweepText {
  /// - Parameters:
  ///   - game: the swept game at any t (for the move names).
  ///   - solutions: every equilibrium at each break point and end (`AffineSweep.equilibria(at:)`);
  ///     nil for a sweep stopped early, whose points are then shown by their shape.
  ///   - variable: the parameter's name in the lines, e.g. `x` or `p`.
  static func render(_ entries: [AffineSweep.Entry], solutions: [Rational: EquilibriumSet]?, of game: Bimatrix,
                     from: Rational, to: Rational, label: String, variable: String = "x") -> String {
    let moves = [game.rowStrategies, game.columnStrategies]
    var lines = ["Sweeping \(label) from \(from) to \(to):"]
    var changes = 0
    let indent = String(repeating: " ", count: 24)
    func point(_ x: Rational, _ shape: EquilibriumShape, _ note: String) {
      guard let solutions else {
        lines.append("  \(variable) = \(x)".padded(to: 24) + Self.shape(shape, moves: moves) + "   <- " + note)
        return
      }
      let found = solutions[x] ?? EquilibriumSet(equilibria: [], nashSubsets: [], components: [])
      lines.append("  \(variable) = \(x)".padded(to: 24) + list(found, moves: moves) + "   <- " + note)
      for subset in found.continua {
        let members = subset.map { profile(found.equilibria[$0], moves: moves) }
        lines.append(indent + "every mixture of " + members.joinedAsList() + " is an equilibrium")
      }
    }
    for entry in entries {
      switch entry {
      case .interval(let low, let high, let closedLow, let closedHigh, let shape):
        let range = "\(closedLow ? "[" : "(")\(low), \(high)\(closedHigh ? "]" : ")")"
        lines.append("  \(variable) in \(range)".padded(to: 24) + Self.shape(shape, moves: moves))
      case .breakPoint(let x, let shape):
        changes += 1
        point(x, shape, "break point")
      case .endPoint(let x, let shape, let changed):
        if changed { changes += 1 }
        point(x, shape, changed ? "end point; the equilibria change here" : "end point")
      }
    }
    if changes == 0 { lines.append("No break points in this range: the equilibria keep the same shape throughout.") }
    return lines.joined(separator: "\n")
  }

  /// `(Escalate, Yield) (Yield, Escalate) mixed`: the pure cells, then whether a
  /// completely mixed equilibrium exists, then partly mixed ones by their supports.
  /// - Parameter moves: each player's move names.
  static func shape(_ shape: EquilibriumShape, moves: [[String]]) -> String {
    var parts = shape.pureCells.map { "(\(moves[0][$0[0]]), \(moves[1][$0[1]]))" }
    if shape.mixed { parts.append("mixed") }
    parts += shape.partial.map { s in
      "(" + (0..<2).map { p in s[p].map { moves[p][$0] }.joined(separator: "/") }.joined(separator: ", ") + ")"
    }
    return parts.isEmpty ? "no equilibrium found" : parts.joined(separator: " ")
  }

  /// Every equilibrium, in `solve`'s order: `(Yield, Escalate) (9/10 Yield + 1/10 Escalate, Escalate)`.
  static func list(_ found: EquilibriumSet, moves: [[String]]) -> String {
    found.equilibria.isEmpty ? "no equilibrium found" : found.equilibria.map { profile($0, moves: moves) }.joined(separator: " ")
  }

  /// `(9/10 Yield + 1/10 Escalate, Escalate)`: each side's mixture, exact.
  static func profile(_ e: Equilibrium, moves: [[String]]) -> String {
    "(" + e.profile.enumerated().map { p, x in
      let support = x.indices.filter { !x[$0].isZero }
      if support.count == 1 { return moves[p][support[0]] }
      return support.map { "\(x[$0]) \(moves[p][$0])" }.joined(separator: " + ")
    }.joined(separator: ", ") + ")"
  }
}
