import Testing

/// Monte Carlo against the exact solve, type by type (issue 14: "Monte Carlo
/// type-by-type outcome frequencies within 4 standard errors of the exact solve"),
/// the check the typed tests share: for each type profile the simulation drew,
/// each listed state's end frequency lies within 4 binomial standard errors,
/// √(p(1 − p)/n), of its exact probability p (plus 10⁻¹² for the certain ends,
/// whose standard error is 0).
enum EndsByTypeAgreement {
  /// - Parameters:
  ///   - exact: `exact[θ₀][θ₁][state]`, the probability of ending in the state.
  ///   - ends, paths: the simulation's counts by type profile (`TypedSimulation`).
  ///   - profiles: the type profiles to check (all by default); each must have been drawn.
  ///   - states: the states to check (all by default).
  static func expect(
    exact: [[[Double]]], ends: [[[Int]]], paths: [[Int]], profiles: [(Int, Int)]? = nil, states: [Int]? = nil,
    _ label: String = "", sourceLocation: SourceLocation = #_sourceLocation
  ) {
    let all = paths.indices.flatMap { a in paths[a].indices.map { (a, $0) } }
    for (a, c) in profiles ?? all {
      let n = Double(paths[a][c])
      #expect(n > 0, "\(label)types (\(a), \(c)) drawn", sourceLocation: sourceLocation)
      guard n > 0 else { continue }
      for st in states ?? Array(exact[a][c].indices) {
        let p = exact[a][c][st], se = (p * (1 - p) / n).squareRoot()
        #expect(abs(Double(ends[a][c][st]) / n - p) <= 4 * se + 1e-12, "\(label)types (\(a), \(c)), state \(st)",
                sourceLocation: sourceLocation)
      }
    }
  }
}
