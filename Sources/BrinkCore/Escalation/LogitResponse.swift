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
    var out = [Double](repeating: 0, count: values.count)
    respond(.logit(lambda), values, into: &out)
    return out
  }

  /// Uniform over the moves within 10⁻¹² (relative) of the best value.
  static func best(_ values: [Double]) -> [Double] {
    var out = [Double](repeating: 0, count: values.count)
    respond(.best, values, into: &out)
    return out
  }

  /// `tremble[k]`: player `k`'s tremble ε; each player responds to the other's
  /// trembled mixture `(1 − ε)·x + ε/n`, which is what it will face (Selten 1975,
  /// as the exact solve's selection does).
  ///
  /// The iteration works in buffers allocated once: a stage where a best-responding
  /// player cycles runs all 20,000 steps, and allocating the responses afresh at
  /// each step was most of the time of `sweep lambda` (perf of the REPL fuzz target,
  /// issue 16). `response(_:lambda:)` and `best(_:)` are the same responses
  /// (`respond(_:_:into:)`) into a fresh array.
  static func fixedPoint(a: [[Double]], b: [[Double]], players: [Responder], tremble: [Double] = [0, 0])
    -> (x: [Double], y: [Double], iterations: Int, converged: Bool)
  {
    let m = a.count, n = a[0].count
    func start(_ r: Responder, _ k: Int) -> [Double] {
      if case .given(let g) = r { return g }
      return Array(repeating: 1 / Double(k), count: k)
    }
    var x = start(players[0], m), y = start(players[1], n)
    var x1 = x, y1 = y
    var rowValues = [Double](repeating: 0, count: m), colValues = [Double](repeating: 0, count: n)
    let maxIterations = 20_000
    let e0 = tremble[0], e1 = tremble[1]
    for k in 0..<maxIterations {
      for i in 0..<m {
        var v = 0.0
        let row = a[i]
        for j in 0..<n { v += row[j] * ((1 - e1) * y[j] + e1 / Double(n)) }
        rowValues[i] = v
      }
      for j in 0..<n {
        var v = 0.0
        for i in 0..<m { v += b[i][j] * ((1 - e0) * x[i] + e0 / Double(m)) }
        colValues[j] = v
      }
      respond(players[0], rowValues, into: &x1)
      respond(players[1], colValues, into: &y1)
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

  /// `r`'s response to `values`, written into `out` (the same length), without
  /// allocating: the logit response (`softmax(λ · values)`, the largest value
  /// subtracted first so that no `exp` overflows), the uniform mixture over the
  /// moves within 10⁻¹² (relative) of the best value, or the given mixture.
  static func respond(_ r: Responder, _ values: [Double], into out: inout [Double]) {
    let k = values.count
    guard k > 0 else { return }
    switch r {
    case .given(let g):
      for i in 0..<k { out[i] = g[i] }
    case .logit(let lambda):
      var top = values[0]
      for i in 1..<k where top < values[i] { top = values[i] }
      var s = 0.0
      for i in 0..<k {
        out[i] = exp(lambda * (values[i] - top))
        s += out[i]
      }
      for i in 0..<k { out[i] /= s }
    case .best:
      var top = values[0]
      for i in 1..<k where top < values[i] { top = values[i] }
      let tol = 1e-12 * Swift.max(1, abs(top))
      var ties = 0
      for i in 0..<k where values[i] >= top - tol { ties += 1 }
      let share = 1 / Double(ties)
      for i in 0..<k { out[i] = values[i] >= top - tol ? share : 0 }
    }
  }
}
