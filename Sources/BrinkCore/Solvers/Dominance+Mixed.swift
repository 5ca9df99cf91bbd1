extension Dominance {
  /// A mixture over the other remaining strategies that strictly dominates `own[s]`.
  ///
  /// LP (Myerson 1991, §1.8; Fudenberg and Tirole 1991, §2.1):
  ///
  ///     maximise ε  s.t.  Σₖ σₖ u(k, t) − ε ≥ u(s, t)  for every opponent profile t,
  ///                       Σₖ σₖ = 1,  σ ≥ 0,  ε free.
  ///
  /// `s` is strictly dominated by a mixture iff the optimum ε* > 0. (For two players
  /// this is the dual of "s is a best response to some belief": Pearce 1984, Lemma 3.)
  static func strictlyDominatingMixture(of s: Int, in table: PayoffTable) -> [Rational]? {
    let others = table.own.indices.filter { $0 != s }
    let k = others.count
    var rows = table.profiles.indices.map { t in
      LinearProgram.Constraint(others.map { table.values[$0][t] } + [-1], .greaterOrEqual, table.values[s][t])
    }
    rows.append(.init([Rational](repeating: .one, count: k) + [.zero], .equal, .one))
    let lp = LinearProgram(maximize: [Rational](repeating: .zero, count: k) + [.one],
                           subjectTo: rows, freeVariables: [k])
    guard let solution = ExactSimplex.solve(lp).solution, solution.value.signum > 0 else { return nil }
    return mixture(solution.x, over: others, in: table)
  }

  /// A mixture over the other remaining strategies that weakly dominates `own[s]`.
  ///
  /// LP on the sum of slacks:
  ///
  ///     maximise Σₜ eₜ  s.t.  Σₖ σₖ u(k, t) − eₜ = u(s, t),  eₜ ≥ 0,
  ///                           Σₖ σₖ = 1,  σ ≥ 0.
  ///
  /// Feasible iff some mixture does at least as well everywhere; the optimum is > 0
  /// iff some such mixture does strictly better somewhere.
  static func weaklyDominatingMixture(of s: Int, in table: PayoffTable) -> [Rational]? {
    let others = table.own.indices.filter { $0 != s }
    let k = others.count, n = table.profiles.count
    var rows = table.profiles.indices.map { t in
      LinearProgram.Constraint(others.map { table.values[$0][t] } + (0..<n).map { $0 == t ? -1 : 0 },
                               .equal, table.values[s][t])
    }
    rows.append(.init([Rational](repeating: .one, count: k) + [Rational](repeating: .zero, count: n), .equal, .one))
    let lp = LinearProgram(maximize: [Rational](repeating: .zero, count: k) + [Rational](repeating: .one, count: n),
                           subjectTo: rows)
    guard let solution = ExactSimplex.solve(lp).solution, solution.value.signum > 0 else { return nil }
    return mixture(solution.x, over: others, in: table)
  }

  /// Spreads LP weights (over positions `others`) onto the player's original indices.
  static func mixture(_ x: [Rational], over others: [Int], in table: PayoffTable) -> [Rational] {
    var sigma = [Rational](repeating: .zero, count: table.strategyCount)
    for (w, k) in zip(x, others) { sigma[table.own[k]] = w }
    return sigma
  }
}
