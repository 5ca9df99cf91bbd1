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

  /// The index in `candidates` of the equilibrium `rule` picks.
  ///
  /// - `riskDominant`: a 2×2 game with two pure equilibria → Harsanyi–Selten risk
  ///   dominance (`Classification2x2.riskDominantEquilibrium`); one pure
  ///   equilibrium → it; otherwise as `payoffDominant` among the pure ones (or all).
  /// - `payoffDominant`: among the pure equilibria (all, if none is pure), those no
  ///   other Pareto-dominates; of those the largest payoff sum; then the first.
  /// - `mixed`: the equilibrium with the largest supports; then the first.
  ///
  /// - Precondition: `candidates` is not empty.
  static func select(_ rule: EquilibriumSelection, from candidates: [Equilibrium], in game: Bimatrix) -> Int {
    precondition(!candidates.isEmpty)
    let pure = candidates.indices.filter { candidates[$0].isPure }
    switch rule {
    case .riskDominant:
      if pure.count == 1 { return pure[0] }
      if pure.count == 2, game.rows == 2, game.columns == 2,
        let (i, j) = Classification2x2.riskDominantEquilibrium(game),
        let k = pure.first(where: { candidates[$0].profile[0][i] == .one && candidates[$0].profile[1][j] == .one })
      {
        return k
      }
      return payoffDominant(candidates, among: pure.isEmpty ? Array(candidates.indices) : pure)
    case .payoffDominant:
      return payoffDominant(candidates, among: pure.isEmpty ? Array(candidates.indices) : pure)
    case .mixed:
      let size = candidates.map { $0.supports.reduce(0) { $0 + $1.count } }
      let best = size.max()!
      return candidates.indices.first { size[$0] == best }!
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
