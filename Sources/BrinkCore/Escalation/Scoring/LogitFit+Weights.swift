#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// The logit precision λ and chosen payoff weights together, by maximum likelihood:
/// Signorino's strategic logit (1999) with some utilities estimated, as his §4
/// estimates the payoffs' coefficients beside the error scale.
///
/// A weight is identified apart from λ only through what it changes of the players'
/// choices: a weight on a variable the moves change (a cost of escalating that
/// lasts, `heat: +1` with a weight on `heat`) weighs more the more rounds are left, so
/// the gain of a move varies along the record while λ scales all gains alike.
///
/// Steps:
/// 1. λ alone, with the files' weights (`LogitFit.fit`): the start.
/// 2. Nelder–Mead (Nelder and Mead, "A simplex method for function minimization",
///    *The Computer Journal* 7(4), 1965; coefficients 1, 2, 1/2, 1/2) maximises
///    ℓ(ln λ, w₁…w_k) from there, ln λ kept in the range of `LogitFit.range`, until the
///    simplex's values agree to 10⁻¹⁰ and its points to 10⁻⁷ (or 600 steps).
/// 3. The standard errors are the square roots of the diagonal of the inverse of the
///    observed information −H, H the Hessian of ℓ in (λ, w) by central differences
///    (steps λ/100 and max(|w|, 1)/100). When −H is not positive definite (a flat
///    direction: a weight the record cannot tell, or λ at an end of its range) no
///    standard error is given.
///
/// Scenarios of the cases that are equal at a point (the same file given twice, or
/// records of one scenario) are solved once per point.
extension LogitFit {
  /// A weight to fit, and where it is in each case's scenario: `nil` where the case
  /// lacks it (its player or variable), which it then leaves alone.
  public struct FreeWeight: Sendable {
    public var name: String
    /// One per case: the parameter and its value in the file.
    public var places: [(parameter: ScenarioParameter, point: Rational)?]
    public init(name: String, places: [(parameter: ScenarioParameter, point: Rational)?]) {
      self.name = name
      self.places = places
    }
  }

  public struct JointEstimate: Sendable {
    public var lambda: Double
    public var weights: [Double]
    /// λ's first, then each weight's; nil when −H is not positive definite.
    public var standardErrors: [Double]?
    public var logLikelihood: Double
    public var caseLogLikelihoods: [Double]
    public var atBound: Bool
    public var evaluations: Int
  }

  /// `scenario` (case `c`) with its weights at `w` and its optimising players at λ.
  static func scenario(_ item: Case, _ c: Int, lambda: Double, weights w: [Double], free: [FreeWeight]) -> EscalationScenario {
    var s = item.scenario
    for (k, f) in free.enumerated() {
      if let place = f.places[c] { s = place.parameter.applying(Rational(approximating: w[k]), to: s, point: place.point) }
    }
    return atLambda(s, lambda)
  }

  /// ℓ at (λ, w), each case's part.
  static func logLikelihood(_ lambda: Double, weights: [Double], free: [FreeWeight], cases: [Case],
                            shouldContinue: () -> Bool) throws(Failure) -> [Double] {
    var solved = [EscalationScenario: SolvedScenario]()
    var out = [Double]()
    for (c, item) in cases.enumerated() {
      let s = scenario(item, c, lambda: lambda, weights: weights, free: free)
      let solution: SolvedScenario
      if let hit = solved[s] {
        solution = hit
      } else {
        do {
          solution = try EscalationSolver.solve(s, needs: .strategies, shouldContinue: shouldContinue)
        } catch EscalationError.cancelled {
          throw .cancelled
        } catch {
          throw .cannotSolve(case: c, "\(error)")
        }
        solved[s] = solution
      }
      let l = solution.likelihood(of: item.path, shouldContinue: shouldContinue)
      if l.interrupted || l.logProbability.isNaN { throw .cancelled }
      out.append(l.logProbability)
    }
    return out
  }

  /// Steps 1–3.
  public static func fit(_ cases: [Case], weights free: [FreeWeight],
                         shouldContinue: () -> Bool = { true }) throws(Failure) -> JointEstimate {
    let start = try fit(cases, shouldContinue: shouldContinue)  // 1.
    let w0 = free.map { f in f.places.compactMap { $0?.point.doubleValue }.first ?? 0 }
    var evaluations = start.evaluations
    let lo = log(range.lowerBound), hi = log(range.upperBound)
    func ell(_ x: [Double]) throws(Failure) -> Double {
      let u = min(max(x[0], lo), hi)
      evaluations += 1
      let v = try logLikelihood(exp(u), weights: Array(x.dropFirst()), free: free, cases: cases, shouldContinue: shouldContinue)
        .reduce(0, +)
      return v.isNaN ? -.infinity : v
    }
    // 2. Nelder–Mead, maximising.
    let n = free.count + 1
    var points = [[log(start.lambda)] + w0]
    for k in 0..<n {
      var p = points[0]
      p[k] += k == 0 ? 0.5 : max(abs(p[k]) / 2, 0.5)
      points.append(p)
    }
    var values = [Double]()
    for p in points { values.append(try ell(p)) }
    for _ in 0..<600 {
      let order = values.indices.sorted { values[$0] > values[$1] }
      points = order.map { points[$0] }
      values = order.map { values[$0] }
      let spread = values[0] - values[n]
      let size = points.dropFirst().map { p in zip(p, points[0]).map { abs($0 - $1) }.max()! }.max()!
      if (spread < 1e-10 || spread.isNaN) && size < 1e-7 { break }
      let centroid = (0..<n).map { k in points[0..<n].reduce(0) { $0 + $1[k] } / Double(n) }
      func along(_ t: Double) -> [Double] { (0..<n).map { centroid[$0] + t * (points[n][$0] - centroid[$0]) } }
      let reflected = along(-1), fr = try ell(reflected)
      if fr > values[0] {
        let expanded = along(-2), fe = try ell(expanded)
        (points[n], values[n]) = fe > fr ? (expanded, fe) : (reflected, fr)
      } else if fr > values[n - 1] {
        (points[n], values[n]) = (reflected, fr)
      } else {
        let contracted = fr > values[n] ? along(-0.5) : along(0.5)
        let fc = try ell(contracted)
        if fc > max(fr, values[n]) {
          (points[n], values[n]) = (contracted, fc)
        } else {
          for k in 1...n {
            points[k] = (0..<n).map { points[0][$0] + 0.5 * (points[k][$0] - points[0][$0]) }
            values[k] = try ell(points[k])
          }
        }
      }
    }
    let best = values.indices.max { values[$0] < values[$1] }!
    let u = min(max(points[best][0], lo), hi)
    let atBound = u - lo < 1e-3 || hi - u < 1e-3
    let lambda = exp(u)
    let weights = Array(points[best].dropFirst())
    // 3. The observed information in (λ, w).
    let theta = [lambda] + weights
    let steps = theta.enumerated().map { k, x in k == 0 ? x / 100 : max(abs(x), 1) / 100 }
    func at(_ shifts: [Int: Double]) throws(Failure) -> Double {
      var x = theta
      for (k, d) in shifts { x[k] += d }
      evaluations += 1
      return try logLikelihood(x[0], weights: Array(x.dropFirst()), free: free, cases: cases, shouldContinue: shouldContinue)
        .reduce(0, +)
    }
    let parts = try logLikelihood(lambda, weights: weights, free: free, cases: cases, shouldContinue: shouldContinue)
    let centre = parts.reduce(0, +)
    var information = [[Double]](repeating: [Double](repeating: 0, count: n), count: n)
    for i in 0..<n {
      let h = steps[i]
      information[i][i] = -(try at([i: h]) - 2 * centre + (try at([i: -h]))) / (h * h)
      for j in 0..<i {
        let g = steps[j]
        let mixed = (try at([i: h, j: g]) - (try at([i: h, j: -g])) - (try at([i: -h, j: g])) + (try at([i: -h, j: -g]))) / (4 * h * g)
        information[i][j] = -mixed
        information[j][i] = -mixed
      }
    }
    let errors = atBound ? nil : Self.inverseDiagonal(information).flatMap { d in d.allSatisfy { $0 > 0 && $0.isFinite } ? d.map { $0.squareRoot() } : nil }
    return JointEstimate(lambda: lambda, weights: weights, standardErrors: errors, logLikelihood: centre,
                         caseLogLikelihoods: parts, atBound: atBound, evaluations: evaluations)
  }

  /// The diagonal of the inverse of a symmetric positive-definite matrix, by its
  /// Cholesky factor (nil when it is not positive definite).
  static func inverseDiagonal(_ a: [[Double]]) -> [Double]? {
    let n = a.count
    var l = [[Double]](repeating: [Double](repeating: 0, count: n), count: n)
    for i in 0..<n {
      for j in 0...i {
        var sum = a[i][j]
        for k in 0..<j { sum -= l[i][k] * l[j][k] }
        if i == j {
          guard sum > 0, sum.isFinite else { return nil }
          l[i][i] = sum.squareRoot()
        } else {
          l[i][j] = sum / l[j][j]
        }
      }
    }
    // (A⁻¹)ᵢᵢ = Σ_k (L⁻¹)ₖᵢ²; L⁻¹ column by column by forward substitution.
    var diagonal = [Double](repeating: 0, count: n)
    for c in 0..<n {
      var e = [Double](repeating: 0, count: n)
      for i in c..<n {
        var sum = i == c ? 1.0 : 0.0
        for k in c..<i { sum -= l[i][k] * e[k] }
        e[i] = sum / l[i][i]
      }
      for i in c..<n { diagonal[c] += e[i] * e[i] }
    }
    return diagonal
  }
}
