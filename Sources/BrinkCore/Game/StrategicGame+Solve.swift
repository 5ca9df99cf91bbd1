/// The analyses of an N-player game, as methods (Nashpy's `Game` habit). Each one
/// hands the work to a solver in `Solvers/`; see there for the algorithm and source.
extension StrategicGame {
  /// All pure Nash equilibria (`PureEquilibria`).
  public func pureEquilibria(shouldContinue: () -> Bool = { true }) -> [Equilibrium] {
    PureEquilibria.all(of: self, shouldContinue: shouldContinue)
  }

  /// `player`'s pure best responses when the others play `profile` (`BestResponses`).
  public func bestResponses(of player: Int, against profile: [Int]) -> [Int] {
    BestResponses.pure(of: self, player: player, against: profile)
  }

  /// `player`'s strategies dominated in the game restricted to `remaining` (`Dominance`).
  public func dominated(player: Int, strength: Dominance.Strength = .strict, mixed: Bool = true,
                        remaining: [[Int]]? = nil) -> [Dominance.Step] {
    Dominance.dominated(in: self, player: player, strength: strength, mixed: mixed, remaining: remaining)
  }

  /// Iterated elimination of dominated strategies, every step recorded (`Dominance`).
  /// Weak elimination is order-dependent; see `Dominance.iteratedElimination`.
  public func iteratedElimination(strength: Dominance.Strength = .strict, mixed: Bool = true) -> Dominance.Elimination {
    Dominance.iteratedElimination(self, strength: strength, mixed: mixed)
  }

  /// The game restricted to the given strategies of each player (original indices,
  /// in the order given), e.g. the survivors of `iteratedElimination`.
  /// - Precondition: every list is non-empty and in range.
  public func restricted(to kept: [[Int]]) -> StrategicGame {
    precondition(kept.count == playerCount && kept.allSatisfy { !$0.isEmpty })
    let shape = kept.map(\.count)
    let count = shape.reduce(1, *)
    var payoffs = [[Rational]]()
    payoffs.reserveCapacity(count)
    for index in 0..<count {
      var rest = index
      let profile = kept.map { list -> Int in
        defer { rest /= list.count }
        return list[rest % list.count]
      }
      payoffs.append(self.payoffs[profileIndex(profile)])
    }
    return StrategicGame(title: title, players: players,
                         strategies: kept.enumerated().map { p, list in list.map { strategies[p][$0] } },
                         payoffs: payoffs)
  }

  /// Pure profiles no other pure profile Pareto-dominates (`ParetoEfficiency`).
  public func paretoEfficientProfiles() -> [[Int]] {
    ParetoEfficiency.efficientProfiles(of: self)
  }

  /// Whether `profile` is a Nash equilibrium, exactly (`EquilibriumOracle`).
  public func isEquilibrium(_ profile: MixedProfile) -> Bool {
    EquilibriumOracle.isEquilibrium(profile, of: self)
  }

  /// Each player's expected payoff under a mixed profile.
  public func expectedPayoffs(_ profile: MixedProfile) -> [Rational] {
    EquilibriumOracle.expectedPayoffs(profile, of: self)
  }
}
