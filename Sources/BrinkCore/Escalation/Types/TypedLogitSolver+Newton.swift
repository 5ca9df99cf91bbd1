/// Steps 3 and 4 of `TypedLogitSolver`: Newton's method on `G(u) = u − Φ_λ(u)` at
/// one λ, from a start near the fixed point (Nocedal and Wright, *Numerical
/// Optimization*, 2nd ed. 2006, §11.1: Newton's method for nonlinear equations, with
/// the Jacobian by finite differences, §8.1, and a backtracking step, §11.5).
extension TypedLogitSolver {
  enum Newton {
    struct Result {
      var u: [Double]
      /// max |σ(u) − σ(Φ(u))|: how far one logit response would move any probability.
      var residual: Double
      var iterations: Int
      /// max |Δσ| of the last Newton step taken (its size estimates the error before it).
      var lastStep: Double
      var converged: Bool
    }

    static func solve(_ tree: TypedLogitTree, from start: [Double], lambda: [Double], tolerance: Double,
                      maxIterations: Int, shouldContinue: () -> Bool) throws -> Result {
      var u = start
      var image = tree.respond(u, lambda: lambda).payoffs
      var residual = gap(tree, u, image, lambda: lambda)
      var lastStep = 0.0
      var k = 0
      let n = tree.unknowns
      let h = 1e-6 / max(1, lambda.max()!)
      while residual >= tolerance && k < maxIterations {
        guard shouldContinue() else { throw EscalationError.cancelled }
        k += 1
        // The Jacobian I − DΦ, column by column.
        var jacobian = [[Double]](repeating: [Double](repeating: 0, count: n), count: n)
        for col in 0..<n {
          var plus = u, minus = u
          plus[col] += h
          minus[col] -= h
          let fp = tree.respond(plus, lambda: lambda).payoffs, fm = tree.respond(minus, lambda: lambda).payoffs
          for row in 0..<n { jacobian[row][col] = (row == col ? 1 : 0) - (fp[row] - fm[row]) / (2 * h) }
        }
        let g = zip(u, image).map { $0 - $1 }
        guard let delta = eliminate(jacobian, g.map { -$0 }) else { break }
        // Backtracking on max |G|.
        let size = g.map { abs($0) }.max() ?? 0
        var alpha = 1.0
        var trial = u, trialImage = image
        for _ in 0...6 {
          trial = zip(u, delta).map { $0 + alpha * $1 }
          trialImage = tree.respond(trial, lambda: lambda).payoffs
          let trialSize = zip(trial, trialImage).map { abs($0 - $1) }.max() ?? 0
          if trialSize.isFinite && trialSize <= size { break }
          alpha /= 2
        }
        lastStep = gap(tree, u, trial, lambda: lambda)
        u = trial
        image = trialImage
        residual = gap(tree, u, image, lambda: lambda)
        guard residual.isFinite else { break }
      }
      return Result(u: u, residual: residual, iterations: k, lastStep: lastStep, converged: residual < tolerance)
    }

    /// max over type-agents and moves of |softmax(λu) − softmax(λv)|.
    static func gap(_ tree: TypedLogitTree, _ u: [Double], _ v: [Double], lambda: [Double]) -> Double {
      var worst = 0.0
      for node in tree.histories where !node.children.isEmpty {
        for p in 0..<2 {
          for case let o? in node.offsets[p] + (p == node.follower ? Array(node.replyOffsets.joined()) : []) {
            let range = o..<(o + node.moves[p])
            let a = softmax(range.map { lambda[p] * u[$0] }), b = softmax(range.map { lambda[p] * v[$0] })
            for (x, y) in zip(a, b) { worst = max(worst, abs(x - y)) }
          }
        }
      }
      return worst
    }

    static func softmax(_ x: [Double]) -> [Double] { LogitResponse.response(x, lambda: 1) }

    /// Solves `a·x = b` by Gaussian elimination with partial pivoting (Golub and Van
    /// Loan, *Matrix Computations*, 4th ed., §3.4); nil when a pivot is below 10⁻¹⁴
    /// of the largest entry (singular to working precision).
    static func eliminate(_ a: [[Double]], _ b: [Double]) -> [Double]? {
      var a = a, b = b
      let n = b.count
      let scale = a.joined().map { abs($0) }.max() ?? 0
      for k in 0..<n {
        var pivot = k
        for r in (k + 1)..<max(k + 1, n) where abs(a[r][k]) > abs(a[pivot][k]) { pivot = r }
        guard abs(a[pivot][k]) > 1e-14 * scale else { return nil }
        if pivot != k {
          a.swapAt(pivot, k)
          b.swapAt(pivot, k)
        }
        for r in (k + 1)..<max(k + 1, n) {
          let f = a[r][k] / a[k][k]
          if f == 0 { continue }
          for c in k..<n { a[r][c] -= f * a[k][c] }
          b[r] -= f * b[k]
        }
      }
      var x = [Double](repeating: 0, count: n)
      for k in stride(from: n - 1, through: 0, by: -1) {
        var s = b[k]
        for c in (k + 1)..<max(k + 1, n) { s -= a[k][c] * x[c] }
        x[k] = s / a[k][k]
      }
      return x
    }
  }
}
