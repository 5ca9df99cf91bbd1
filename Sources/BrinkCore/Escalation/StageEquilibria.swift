/// The Nash equilibria of one stage game (continuation values folded in) and the
/// rule that picks the one a player expects.
///
/// Candidates: the pure equilibria (`PureEquilibria`); when a mixed equilibrium is
/// wanted or no pure one exists, also the mixed ones — for 2×2 games by the
/// indifference formula (`MixedEquilibrium2x2`), otherwise all extreme equilibria by
/// `VertexEnumeration` (Avis, Rosenberg, Savani and von Stengel, *Economic Theory*
/// 42, 2010). Every candidate is checked by `EquilibriumOracle`.
enum StageEquilibria {
  /// `shouldContinue` is polled by the enumeration (minutes on a 15×15 stage
  /// without a pure equilibrium); once it returns false the list is incomplete and
  /// the caller must discard it.
  static func candidates(_ game: Bimatrix, wantMixed: Bool, shouldContinue: () -> Bool = { true }) -> [Equilibrium] {
    let strategic = game.strategicGame
    var list = PureEquilibria.all(of: strategic, shouldContinue: shouldContinue)
    if wantMixed || list.isEmpty {
      var formula: Equilibrium?
      if game.rows == 2 && game.columns == 2 {
        formula = MixedEquilibrium2x2.solve(game)
        if let formula { list.append(formula) }
      }
      // Other shapes, and 2×2 games the formula does not cover (a player
      // indifferent somewhere: mixed equilibria on an edge of the square).
      if list.isEmpty || (wantMixed && formula == nil) {
        for e in VertexEnumeration.extremeEquilibria(of: game, shouldContinue: shouldContinue) where !list.contains(where: { $0.profile == e.profile }) {
          list.append(e)
        }
      }
    }
    return list.filter { EquilibriumOracle.isEquilibrium($0.profile, of: strategic) }
  }

  /// The candidates that survive the players' trembles (Selten 1975's trembling
  /// hand, at the scenario's fixed ε rather than in the limit): those in which each
  /// player's intended strategy is a best reply to the other's *trembled* strategy
  /// `(1 − ε)·y + ε/n` — which is what it will face, and what it expects. A weak
  /// equilibrium whose support is not a best reply once the opponent may slip (say
  /// a weakly dominated move, kept only because the opponent never errs) is
  /// dropped. Every candidate when no tremble is set, and every candidate should
  /// none survive (a tremble so large that no equilibrium of the game itself is a
  /// best reply to it), so that the choice stays total.
  static func robustToTrembles(_ candidates: [Equilibrium], in game: Bimatrix, tremble: [Rational]) -> [Int] {
    let all = Array(candidates.indices)
    guard tremble.contains(where: { !$0.isZero }) else { return all }
    let survivors = all.filter { k in
      let x = candidates[k].profile[0], y = candidates[k].profile[1]
      return Self.isBestReply(x, to: rowValues(game.a, y.trembled(tremble[1])))
        && Self.isBestReply(y, to: columnValues(game.b, x.trembled(tremble[0])))
    }
    return survivors.isEmpty ? all : survivors
  }

  /// Whether every move `mixture` uses has the largest of `values`.
  static func isBestReply(_ mixture: [Rational], to values: [Rational]) -> Bool {
    let best = values.max()!
    return mixture.indices.allSatisfy { mixture[$0].isZero || values[$0] == best }
  }

  /// `decide` among the candidates that survive the trembles (`robustToTrembles`):
  /// the index in `candidates` of the equilibrium `rule` picks, and what decided
  /// it (`trembles` when the trembles alone left one of several).
  static func decide(_ rule: EquilibriumSelection, from candidates: [Equilibrium], in game: Bimatrix,
                     tremble: [Rational]) -> (index: Int, reason: SelectionReason) {
    decide(rule, from: candidates, kept: robustToTrembles(candidates, in: game, tremble: tremble), in: game)
  }

  /// `decide(_:from:in:tremble:)` given the survivors `kept`
  /// (`robustToTrembles`), which do not depend on the rule: the stage chooser
  /// finds them once for both players (issue 11: the best replies to the trembles,
  /// in exact fractions of hundreds of digits, were an eighth of a solve).
  static func decide(_ rule: EquilibriumSelection, from candidates: [Equilibrium], kept: [Int],
                     in game: Bimatrix) -> (index: Int, reason: SelectionReason) {
    let d = decide(rule, from: kept.map { candidates[$0] }, in: game)
    return (kept[d.index], kept.count == 1 && candidates.count > 1 ? .trembles : d.reason)
  }

  /// The index in `candidates` of the equilibrium `rule` picks (`decide`).
  static func select(_ rule: EquilibriumSelection, from candidates: [Equilibrium], in game: Bimatrix) -> Int {
    decide(rule, from: candidates, in: game).index
  }

  /// The index in `candidates` of the equilibrium `rule` picks, and what decided it.
  ///
  /// - `riskDominant`: one pure equilibrium → it; a 2×2 game with two strict pure
  ///   equilibria whose deviation-loss products differ → Harsanyi–Selten risk
  ///   dominance (`Classification2x2.riskDominantEquilibrium`); otherwise (weak
  ///   equilibria, three or more, a tie) it falls back to `payoffDominant`
  ///   among the pure ones (or all).
  /// - `payoffDominant`: among the pure equilibria (all, if none is pure), those no
  ///   other Pareto-dominates; of those the largest payoff sum; then the first.
  /// - `mixed`: the equilibrium with the largest supports; then the first.
  ///
  /// - Precondition: `candidates` is not empty.
  static func decide(_ rule: EquilibriumSelection, from candidates: [Equilibrium], in game: Bimatrix)
    -> (index: Int, reason: SelectionReason)
  {
    precondition(!candidates.isEmpty)
    if candidates.count == 1 { return (0, .only) }
    let pure = candidates.indices.filter { candidates[$0].isPure }
    let pool = pure.isEmpty ? Array(candidates.indices) : pure
    switch rule {
    case .riskDominant:
      if pure.count == 1 { return (pure[0], .only) }
      if pure.count == 2, game.rows == 2, game.columns == 2,
        let (i, j) = Classification2x2.riskDominantEquilibrium(game),
        let k = pure.first(where: { candidates[$0].profile[0][i] == .one && candidates[$0].profile[1][j] == .one })
      {
        return (k, .riskDominance)
      }
      return (payoffDominant(candidates, among: pool), pool.count == 1 ? .only : .payoffDominanceFallback)
    case .payoffDominant:
      return (payoffDominant(candidates, among: pool), pool.count == 1 ? .only : .payoffDominance)
    case .mixed:
      let size = candidates.map { $0.supports.reduce(0) { $0 + $1.count } }
      let best = size.max()!
      return (candidates.indices.first { size[$0] == best }!, .largestSupport)
    }
  }

  private static func payoffDominant(_ c: [Equilibrium], among pool: [Int]) -> Int {
    func dominates(_ x: Equilibrium, _ y: Equilibrium) -> Bool {
      zip(x.payoffs, y.payoffs).allSatisfy { $0 >= $1 } && zip(x.payoffs, y.payoffs).contains { $0 > $1 }
    }
    let undominated = pool.filter { k in !pool.contains { dominates(c[$0], c[k]) } }
    let sums = undominated.map { c[$0].payoffs.reduce(Rational.zero, +) }
    let best = sums.max()!
    return undominated[sums.firstIndex(of: best)!]
  }
}
