/// Step 2 of `TypedLogitSolver`: following the branch of fixed points
/// `H(u, t) = u − Φ_{tλ}(u) = 0` from t = 0 to t = 1 by pseudo-arclength
/// continuation (Allgower and Georg, *Introduction to Numerical Continuation
/// Methods*, SIAM 2003, §2.2 and Chapter 3; for the QRE correspondence, Turocy 2005),
/// which walks through a fold where the branch turns back in λ, as a plain λ
/// continuation cannot.
///
/// 1. The tangent τ at z = (u, t): the solution of `[H′(z); τ_prevᵀ] x = (0, …, 0, 1)`,
///    normalised (so it keeps the direction of travel through a fold); H′ is the
///    n × (n + 1) Jacobian by central differences.
/// 2. Predict `z + h·τ`; correct by Newton's method on `H(z) = 0, τᵀ(z − z_pred) = 0`
///    (the step is taken across the branch, perpendicular to τ), to max |Δσ| < 10⁻⁹
///    within 8 iterations, else h is halved and the step retried.
/// 3. When t passes 1, the point at t = 1 is interpolated from the last two and
///    refined at λ itself (`Newton.solve`).
extension TypedLogitSolver {
  enum Continuation {
    struct Result {
      var u: [Double]
      var iterations: Int
      var steps: Int
      var final: Newton.Result
    }

    static func follow(_ tree: TypedLogitTree, from u0: [Double], lambdas: [Double], tolerance: Double,
                       iterationLimit: Int, shouldContinue: () -> Bool) throws -> Result {
      let n = tree.unknowns
      var z = u0 + [0.0]
      var tangent = [Double](repeating: 0, count: n) + [1.0]
      var h = min(1, 0.5 / max(lambdas.max()!, 1e-300))
      var iterations = 0, steps = 0
      func lambda(_ t: Double) -> [Double] { lambdas.map { $0 * t } }
      while true {
        guard shouldContinue() else { throw EscalationError.cancelled }
        // Step 1.
        let a = jacobian(tree, z, lambdas: lambdas)
        guard let x = Newton.eliminate(a + [tangent], [Double](repeating: 0, count: n) + [1]) else {
          throw TypedLogitError.notConverged(lambda: lambda(z[n]), residual: .nan, iterations: iterations)
        }
        let norm = x.reduce(0) { $0 + $1 * $1 }.squareRoot()
        tangent = x.map { $0 / norm }
        // Step 2.
        var accepted: [Double]? = nil
        while accepted == nil {
          guard h >= 1e-10 else {
            throw TypedLogitError.notConverged(lambda: lambda(z[n]), residual: .nan, iterations: iterations)
          }
          let predicted = zip(z, tangent).map { $0 + h * $1 }
          var w = predicted
          var used = 0
          var converged = false
          for _ in 1...8 {
            iterations += 1
            used += 1
            guard iterations <= iterationLimit else {
              throw TypedLogitError.notConverged(lambda: lambda(w[n]), residual: .nan, iterations: iterations)
            }
            let u = Array(w[0..<n])
            let image = tree.respond(u, lambda: lambda(w[n])).payoffs
            let across = zip(tangent, zip(w, predicted)).reduce(0) { $0 + $1.0 * ($1.1.0 - $1.1.1) }
            let f = zip(u, image).map { $0 - $1 } + [across]
            guard let step = Newton.eliminate(jacobian(tree, w, lambdas: lambdas) + [tangent], f.map { -$0 }) else { break }
            w = zip(w, step).map { $0 + $1 }
            guard w.allSatisfy(\.isFinite) else { break }
            let v = Array(w[0..<n])
            if Newton.gap(tree, v, tree.respond(v, lambda: lambda(w[n])).payoffs, lambda: lambda(w[n])) < 1e-9 {
              converged = true
              break
            }
          }
          if converged && w[n] > z[n] - 0.5 {
            accepted = w
            if used <= 3 { h = min(2 * h, 1) }
          } else {
            h /= 2
          }
        }
        let previous = z
        z = accepted!
        steps += 1
        // Step 3.
        if z[n] >= 1 {
          let f = (1 - previous[n]) / (z[n] - previous[n])
          let start = (0..<n).map { previous[$0] + f * (z[$0] - previous[$0]) }
          let final = try Newton.solve(tree, from: start, lambda: lambdas, tolerance: tolerance, maxIterations: 20,
                                       shouldContinue: shouldContinue)
          iterations += final.iterations
          guard final.converged else {
            throw TypedLogitError.notConverged(lambda: lambdas, residual: final.residual, iterations: iterations)
          }
          return Result(u: final.u, iterations: iterations, steps: steps, final: final)
        }
      }
    }

    /// `H′(z)`: n × (n + 1), the derivative of `u − Φ_{tλ}(u)` in (u, t), by central differences.
    static func jacobian(_ tree: TypedLogitTree, _ z: [Double], lambdas: [Double]) -> [[Double]] {
      let n = tree.unknowns
      let t = z[n]
      let u = Array(z[0..<n])
      let h = 1e-6 / max(1, lambdas.max()! * max(t, 1e-3))
      var a = [[Double]](repeating: [Double](repeating: 0, count: n + 1), count: n)
      for col in 0...n {
        var plus = u, minus = u
        var tp = t, tm = t
        let step = col == n ? 1e-6 : h
        if col == n { tp += step; tm -= step } else { plus[col] += step; minus[col] -= step }
        let fp = tree.respond(plus, lambda: lambdas.map { $0 * tp }).payoffs
        let fm = tree.respond(minus, lambda: lambdas.map { $0 * tm }).payoffs
        for row in 0..<n {
          let du = col == n ? 0 : (plus[row] - minus[row])
          a[row][col] = (du - (fp[row] - fm[row])) / (2 * step)
        }
      }
      return a
    }
  }
}
