@testable import BrinkCore


extension Bimatrix {
  /// A random integer game with payoffs in `range`.
  static func random(_ m: Int, _ n: Int, in range: ClosedRange<Int>, using g: inout SplitMix64) -> Bimatrix {
    let a = (0..<m).map { _ in (0..<n).map { _ in Int.random(in: range, using: &g) } }
    let b = (0..<m).map { _ in (0..<n).map { _ in Int.random(in: range, using: &g) } }
    return Bimatrix(a: a, b: b)
  }

  /// A zero-sum game with row payoffs `a`.
  static func zeroSum(_ a: [[Int]]) -> Bimatrix {
    Bimatrix(a: a, b: a.map { $0.map { -$0 } })
  }
}

extension StrategicGame {
  /// A random N-player integer game.
  static func random(shape: [Int], in range: ClosedRange<Int>, using g: inout SplitMix64) -> StrategicGame {
    let count = shape.reduce(1, *)
    return StrategicGame(
      players: shape.indices.map { "P\($0 + 1)" },
      strategies: shape.map { n in (0..<n).map { "s\($0 + 1)" } },
      payoffs: (0..<count).map { _ in shape.map { _ in Rational(Int.random(in: range, using: &g)) } })
  }
}

/// `[1, 2, 3]` → rationals.
func q(_ values: [Int]) -> [Rational] { values.map { Rational($0) } }

/// Checks an LP optimum by its dual certificate (Chvátal 1983, ch. 5): primal and
/// dual feasibility and equal objective values prove optimality without trusting the
/// solver.
func certifies(_ p: LinearProgram, _ s: LinearProgramSolution) -> Bool {
  let n = p.variableCount
  guard s.x.count == n, s.duals.count == p.constraints.count else { return false }
  func dot(_ u: [Rational], _ v: [Rational]) -> Rational { zip(u, v).reduce(.zero) { $0 + $1.0 * $1.1 } }
  // Primal feasibility and value.
  for j in 0..<n where !p.freeVariables.contains(j) && s.x[j].signum < 0 { return false }
  for c in p.constraints {
    let lhs = dot(c.coefficients, s.x)
    switch c.relation {
    case .lessOrEqual: if lhs > c.rhs { return false }
    case .greaterOrEqual: if lhs < c.rhs { return false }
    case .equal: if lhs != c.rhs { return false }
    }
  }
  guard dot(p.objective, s.x) == s.value else { return false }
  // Dual feasibility and value.
  for (c, y) in zip(p.constraints, s.duals) {
    switch c.relation {
    case .lessOrEqual: if y.signum < 0 { return false }
    case .greaterOrEqual: if y.signum > 0 { return false }
    case .equal: break
    }
  }
  for j in 0..<n {
    let column = p.constraints.map { $0.coefficients[j] }
    let reduced = dot(column, s.duals)
    if p.freeVariables.contains(j) ? reduced != p.objective[j] : reduced < p.objective[j] { return false }
  }
  return dot(p.constraints.map(\.rhs), s.duals) == s.value
}
