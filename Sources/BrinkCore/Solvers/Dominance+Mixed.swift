extension Dominance {
  /// A mixture over the other remaining strategies that strictly dominates `own[s]`.
  ///
  /// LP (Myerson 1991, §1.8; Fudenberg and Tirole 1991, §2.1):
  ///
  ///     maximise ε  s.t.  Σₖ σₖ u(k, t) − ε ≥ u(s, t)  for every opponent profile t,
  ///                       Σₖ σₖ = 1,  σ ≥ 0,  ε free.
  ///
  /// `s` is strictly dominated by a mixture iff the optimum ε* > 0. The optimum is the
  /// value of the zero-sum game with entries `u(k, t) − u(s, t)` (rows k ≠ s, columns
  /// t), so it is solved as one (`Maximin.matrixGame`), and σ is that game's maximin
  /// strategy. (For two players this is the dual of "s is a best response to some
  /// belief": Pearce 1984, Lemma 3.)
  /// Nil also when `shouldContinue` stopped the simplex method.
  static func strictlyDominatingMixture(of s: Int, in table: PayoffTable,
                                        shouldContinue: () -> Bool = { true }) -> [Rational]? {
    let others = table.own.indices.filter { $0 != s }
    guard !table.profiles.isEmpty else { return nil }
    let differences = others.map { k in zip(table.values[k], table.values[s]).map { $0 - $1 } }
    guard let game = Maximin.matrixGame(differences, shouldContinue: shouldContinue),
      game.maximizer.value.signum > 0
    else { return nil }
    return mixture(game.maximizer.strategy, over: others, in: table)
  }

  /// A mixture over the other remaining strategies that weakly dominates `own[s]`.
  ///
  /// LP on the sum of slacks, with `dₖ(t) = u(k, t) − u(s, t)`:
  ///
  ///     maximise Σₜ Σₖ σₖ dₖ(t)  s.t.  Σₖ σₖ dₖ(t) ≥ 0  for every t,
  ///                                    Σₖ σₖ ≤ 1,  σ ≥ 0.
  ///
  /// The objective is the sum of the slacks `Σₖ σₖ dₖ(t)`, so the optimum is > 0 iff
  /// some σ ≠ 0 does at least as well as `s` everywhere and better somewhere; then
  /// `σ / Σσ` is a weakly dominating mixture. (Relaxing `Σσ = 1` to `≤ 1` makes the
  /// origin feasible, so no phase 1 is needed.)
  static func weaklyDominatingMixture(of s: Int, in table: PayoffTable,
                                      shouldContinue: () -> Bool = { true }) -> [Rational]? {
    let others = table.own.indices.filter { $0 != s }
    let k = others.count
    let d = others.map { k in zip(table.values[k], table.values[s]).map { $0 - $1 } }
    var rows = table.profiles.indices.map { t in
      LinearProgram.Constraint(d.map { -$0[t] }, .lessOrEqual, .zero)
    }
    rows.append(.init([Rational](repeating: .one, count: k), .lessOrEqual, .one))
    let objective = d.map { $0.reduce(Rational.zero, +) }
    let lp = LinearProgram(maximize: objective, subjectTo: rows)
    guard let result = ExactSimplex.solve(lp, shouldContinue: shouldContinue), let solution = result.solution,
      solution.value.signum > 0
    else { return nil }
    let total = solution.x.reduce(Rational.zero, +)
    return mixture(solution.x.map { $0 / total }, over: others, in: table)
  }

  /// Spreads LP weights (over positions `others`) onto the player's original indices.
  static func mixture(_ x: [Rational], over others: [Int], in table: PayoffTable) -> [Rational] {
    var sigma = [Rational](repeating: .zero, count: table.strategyCount)
    for (w, k) in zip(x, others) { sigma[table.own[k]] = w }
    return sigma
  }
}
