/// Which stage equilibrium of a Bayesian stage each player expects: today's
/// selection rules (`EquilibriumSelection`, as `StageEquilibria.decide` applies
/// them to a bimatrix), read on each equilibrium's *ex ante* payoffs, the values
/// per type profile weighted by the node's beliefs.
///
/// - `payoffDominant`: among the equilibria in pure type strategies (all, if none
///   is pure), those no other Pareto-dominates ex ante; of those the largest sum;
///   then the first found (pure profiles in enumeration order, then semi-separating).
/// - `riskDominant`: Harsanyi–Selten risk dominance is defined for 2×2 stages of
///   complete information; a Bayesian stage falls back to `payoffDominant`, and the
///   reason says so.
/// - `mixed`: the equilibrium with the largest supports summed over type-agents
///   (a semi-separating one when there is one); then the first.
/// A complete-information stage keeps the bimatrix chooser's own picks (`preset`).
enum TypedSelection {
  static func select(_ list: [TypedStageEquilibrium], beliefs: [[Rational]], rules: [EquilibriumSelection],
                     preset: [Int]?) -> (indices: [Int], reason: String) {
    if let preset { return (preset, "the types are known here: the stage is solved as in a scenario without types") }
    if list.count == 1 { return ([0, 0], "the only perfect Bayesian equilibrium found") }
    let picks = rules.map { pick($0, list, beliefs: beliefs) }
    let reasons = zip(rules, picks).map { rule, k -> String in
      switch rule {
      case .payoffDominant: return "payoff dominance ex ante among \(poolText(list))"
      case .riskDominant:
        return "payoff dominance ex ante among \(poolText(list)) (risk dominance, the rule asked for, is defined only for 2×2 stages of complete information)"
      case .mixed: return "the largest supports (selection 'mixed')"
      }
    }
    let reason = reasons[0] == reasons[1] ? reasons[0] : reasons.joined(separator: "; ")
    return (picks, "\(list.count) perfect Bayesian equilibria; selected by " + reason)
  }

  /// Ex ante payoffs of `e` under `beliefs`.
  static func exAnte(_ e: TypedStageEquilibrium, beliefs: [[Rational]]) -> [Rational] {
    var v = [Rational.zero, .zero]
    for a in beliefs[0].indices where beliefs[0][a] != .zero {
      for c in beliefs[1].indices where beliefs[1][c] != .zero {
        // 0 and 1 skipped (Rational+Identities.swift): a certain belief weighs by 1.
        let weight = Rational.productSkippingOne(beliefs[0][a], beliefs[1][c])
        for p in 0..<2 { v[p] = .sumSkippingZero(v[p], .productSkippingOne(weight, e.values[a][c][p])) }
      }
    }
    return v
  }

  /// What the payoff-dominance pool is, as the reason says it: the pure ones, or
  /// every equilibrium when none is pure (a mixed stage, step 2 or 3 of the search).
  static func poolText(_ list: [TypedStageEquilibrium]) -> String {
    let n = pool(list).count
    guard list.contains(where: \.isPure) else { return "\(n) equilibria (none in pure type strategies)" }
    return n == 1 ? "the one equilibrium in pure type strategies" : "\(n) equilibria in pure type strategies"
  }

  static func pool(_ list: [TypedStageEquilibrium]) -> [Int] {
    let pure = list.indices.filter { list[$0].isPure }
    return pure.isEmpty ? Array(list.indices) : pure
  }

  static func pick(_ rule: EquilibriumSelection, _ list: [TypedStageEquilibrium], beliefs: [[Rational]]) -> Int {
    switch rule {
    case .mixed:
      let size = list.map { $0.strategies.joined().reduce(0) { $0 + $1.filter { $0 != .zero }.count } }
      return size.firstIndex(of: size.max()!)!
    case .payoffDominant, .riskDominant:
      // The first of the largest sum among the undominated ones is the first of
      // the largest sum in the whole pool: an equilibrium that Pareto-dominates
      // another has a strictly larger sum, so none of the largest sum is
      // dominated. Read so, without the pool's pairwise comparisons of exact
      // values (most of a typed solve's time on hundreds of equilibria, issue 11).
      let pool = pool(list)
      let sums = pool.map { exAnte(list[$0], beliefs: beliefs).reduce(Rational.zero, +) }
      return pool[sums.firstIndex(of: sums.max()!)!]
    }
  }
}
