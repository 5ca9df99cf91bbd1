import BrinkCore

/// The properties every solver must satisfy on any game; a violation traps, which
/// libFuzzer reports as a crash with the input that caused it.
enum SolverDifferential {
  /// `labels`: the missing labels Lemke–Howson starts from (every label when nil).
  /// Each run builds the game's polytopes afresh, so all m + n labels were a
  /// quarter of an execution (perf, 7 December 2026); the target passes one row
  /// label and one column label chosen by the input, and the fuzzer, which sees the
  /// same game with other choices, covers the rest.
  static func check(_ game: Bimatrix, labels: [Int]? = nil) {
    let strategic = game.strategicGame
    let extreme = VertexEnumeration.extremeEquilibria(of: game)
    require(!extreme.isEmpty, "every finite game has an equilibrium (Nash 1951)")
    require(Set(extreme).count == extreme.count, "each extreme equilibrium reported once")
    for eq in extreme {
      require(EquilibriumOracle.isEquilibrium(eq.profile, of: strategic), "enumeration: not an equilibrium")
      require(EquilibriumOracle.expectedPayoffs(eq.profile, of: strategic) == eq.payoffs, "enumeration: wrong payoffs")
    }
    let extremeProfiles = Set(extreme.map(\.profile))
    for eq in PureEquilibria.all(of: strategic) {
      require(extremeProfiles.contains(eq.profile), "a pure equilibrium is an extreme equilibrium")
    }
    for label in labels ?? Array(0..<(game.rows + game.columns)) {
      let eq = LemkeHowson.solve(game, missingLabel: label)
      require(EquilibriumOracle.isEquilibrium(eq.profile, of: strategic), "Lemke–Howson: not an equilibrium")
      require(extremeProfiles.contains(eq.profile), "Lemke–Howson ends at an extreme equilibrium")
    }
    let components = VertexEnumeration.components(of: extreme, in: game)
    require(components.flatMap { $0 }.sorted() == Array(extreme.indices), "components partition the equilibria")
    for player in 0..<2 {
      let security = Maximin.security(game, player: player)
      for eq in extreme { require(security.value <= eq.payoffs[player], "an equilibrium pays at least the security value") }
      for step in Dominance.dominated(in: strategic, player: player, strength: .strict, mixed: true) {
        for eq in extreme { require(eq.profile[player][step.strategy].isZero, "a strictly dominated strategy is never played") }
      }
    }
  }

  static func require(_ condition: Bool, _ message: String) {
    if !condition { fatalError("solver property violated: \(message)") }
  }
}
