/// The analyses of a two-player game, as methods (Nashpy's `Game` habit). Each one
/// hands the work to a solver in `Solvers/`; see there for the algorithm and source.
extension Bimatrix {
  /// All extreme Nash equilibria, exactly, including degenerate games (`VertexEnumeration`).
  public func extremeEquilibria(shouldContinue: () -> Bool = { true }) -> [Equilibrium] {
    VertexEnumeration.extremeEquilibria(of: self, shouldContinue: shouldContinue)
  }

  /// The connected components of the equilibrium set, as index lists into `equilibria`
  /// (`VertexEnumeration.components`; the maximal convex sets are `VertexEnumeration.nashSubsets`).
  public func components(of equilibria: [Equilibrium]) -> [[Int]] {
    VertexEnumeration.components(of: equilibria, in: self)
  }

  /// One equilibrium by the Lemke–Howson path from `missingLabel` (`LemkeHowson`).
  public func lemkeHowson(missingLabel: Int = 0) -> Equilibrium {
    LemkeHowson.solve(self, missingLabel: missingLabel)
  }

  /// All pure Nash equilibria (`PureEquilibria`).
  public func pureEquilibria() -> [Equilibrium] {
    PureEquilibria.all(of: strategicGame)
  }

  /// The security (maximin) strategy and value of `player` (0 row, 1 column) (`Maximin`).
  public func security(player: Int) -> SecurityStrategy {
    Maximin.security(self, player: player)
  }

  /// Value and optimal strategies when the game is constant-sum, else `nil` (`Maximin`).
  public var zeroSumSolution: ZeroSumSolution? { Maximin.zeroSum(self) }

  /// Strategies of `player` (0 row, 1 column) dominated in the whole game (`Dominance`).
  public func dominated(player: Int, strength: Dominance.Strength = .strict, mixed: Bool = true) -> [Dominance.Step] {
    Dominance.dominated(in: strategicGame, player: player, strength: strength, mixed: mixed)
  }

  /// Iterated elimination of dominated strategies, every step recorded (`Dominance`).
  public func iteratedElimination(strength: Dominance.Strength = .strict, mixed: Bool = true) -> Dominance.Elimination {
    Dominance.iteratedElimination(strategicGame, strength: strength, mixed: mixed)
  }

  /// The ordinal class of a 2×2 game, `nil` for other sizes (`Classification2x2`).
  public var classification: Classification2x2.Result? { Classification2x2.classify(self) }

  /// Pure outcomes `(row, column)` that are Pareto-efficient (`ParetoEfficiency`).
  public var paretoEfficientOutcomes: [(Int, Int)] { ParetoEfficiency.efficientOutcomes(of: self) }

  /// The risk-dominant of two strict equilibria of a 2×2 game (`RiskDominance`).
  public var riskDominantEquilibrium: (Int, Int)? { RiskDominance.riskDominantEquilibrium(self) }

  /// Whether `(x, y)` is a Nash equilibrium, exactly (`EquilibriumOracle`).
  public func isEquilibrium(_ x: [Rational], _ y: [Rational]) -> Bool {
    EquilibriumOracle.isEquilibrium([x, y], of: strategicGame)
  }
}
