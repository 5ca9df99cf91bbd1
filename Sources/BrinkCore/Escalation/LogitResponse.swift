#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// The logit quantal response equilibrium of a bimatrix stage game (McKelvey and
/// Palfrey, "Quantal response equilibria for normal form games", *Games and
/// Economic Behavior* 10 (1995) 6–38): each player plays move `i` with probability
/// proportional to `exp(λ · expected payoff of i)`. λ = 0 is uniform play; as
/// λ → ∞ the fixed points approach Nash equilibria (their Theorem 2).
///
/// The fixed point is found by damped iteration, per stage game:
/// 1. Start from uniform mixtures (or the given one for a non-optimising player).
/// 2. Compute each player's response to the other's current mixture: logit for a
///    logit player, the uniform mixture over best responses for an equilibrium
///    player (moves within a relative 10⁻¹² of the best value: this is floating point), the given mixture for a non-optimising one.
/// 3. Stop when no probability changes by more than 10⁻¹², else move a step α
///    towards the responses (α = ½ for 1,000 steps, then α = 1/(k − 998), which
///    averages like fictitious play and damps cycles) and repeat, at most 20,000 times.
enum LogitResponse {
  enum Responder {
    case given([Double])
    case logit(Double)
    case best
  }

  /// `softmax(λ · values)`, computed stably (the largest value is subtracted first).
  static func response(_ values: [Double], lambda: Double) -> [Double] {
    let top = values.max() ?? 0
    let w = values.map { exp(lambda * ($0 - top)) }
    let s = w.reduce(0, +)
    return w.map { $0 / s }
  }

  /// Uniform over the moves within 10⁻¹² (relative) of the best value.
  static func best(_ values: [Double]) -> [Double] {
    let top = values.max() ?? 0
    let tol = 1e-12 * Swift.max(1, abs(top))
    let ties = values.map { $0 >= top - tol }
    let n = Double(ties.filter { $0 }.count)
    return ties.map { $0 ? 1 / n : 0 }
  }

  /// `tremble[k]`: player `k`'s tremble ε; each player responds to the other's
  /// trembled mixture `(1 − ε)·x + ε/n`, which is what it will face (Selten 1975,
  /// as the exact solve's selection does).
  static func fixedPoint(a: [[Double]], b: [[Double]], players: [Responder], tremble: [Double] = [0, 0])
    -> (x: [Double], y: [Double], iterations: Int, converged: Bool)
  {
    let m = a.count, n = a[0].count
    func start(_ r: Responder, _ k: Int) -> [Double] {
      if case .given(let g) = r { return g }
      return Array(repeating: 1 / Double(k), count: k)
    }
    func respond(_ r: Responder, _ values: [Double]) -> [Double] {
      switch r {
      case .given(let g): return g
      case .logit(let lambda): return response(values, lambda: lambda)
      case .best: return best(values)
      }
    }
    var x = start(players[0], m), y = start(players[1], n)
    var rowValues = [Double](repeating: 0, count: m), colValues = [Double](repeating: 0, count: n)
    let maxIterations = 20_000
    for k in 0..<maxIterations {
      for i in 0..<m {
        var v = 0.0
        for j in 0..<n { v += a[i][j] * ((1 - tremble[1]) * y[j] + tremble[1] / Double(n)) }
        rowValues[i] = v
      }
      for j in 0..<n {
        var v = 0.0
        for i in 0..<m { v += b[i][j] * ((1 - tremble[0]) * x[i] + tremble[0] / Double(m)) }
        colValues[j] = v
      }
      let x1 = respond(players[0], rowValues), y1 = respond(players[1], colValues)
      var delta = 0.0
      for i in 0..<m { delta = Swift.max(delta, abs(x1[i] - x[i])) }
      for j in 0..<n { delta = Swift.max(delta, abs(y1[j] - y[j])) }
      if delta <= 1e-12 { return (x1, y1, k + 1, true) }
      let alpha = k < 1000 ? 0.5 : 1 / Double(k - 998)
      for i in 0..<m { x[i] += alpha * (x1[i] - x[i]) }
      for j in 0..<n { y[j] += alpha * (y1[j] - y[j]) }
    }
    return (x, y, maxIterations, false)
  }
}
