extension Dominance {
  /// Iterated elimination of dominated strategies, one strategy per step.
  ///
  /// Steps (deterministic, so the REPL can replay them):
  /// 1. Start with every strategy of every player.
  /// 2. Scan players from the lowest index, and each player's remaining strategies
  ///    from the lowest index; the first dominated one found (as `dominated` decides)
  ///    is removed and recorded. A player's last strategy is never removed.
  /// 3. Repeat from step 2 on the smaller game until nothing is dominated.
  ///
  /// With `.strict` the surviving game is the same whatever the order
  /// (Gilboa, Kalai and Zemel 1990, for finite games). With `.weak` it is
  /// **order-dependent**: this function reports the result of the order above only.
  ///
  /// - Complexity: at most Σ strategies rounds, each O(players × k² × T) comparisons
  ///   plus the LPs when `mixed`.
  public static func iteratedElimination(_ game: StrategicGame, strength: Strength, mixed: Bool) -> Elimination {
    iteratedElimination(game, strength: strength, mixed: mixed, shouldContinue: { true }).elimination
  }

  /// As above, checking `shouldContinue` before each strategy is examined; when it
  /// returns false the steps so far are returned with `complete == false`.
  public static func iteratedElimination(_ game: StrategicGame, strength: Strength, mixed: Bool,
                                         shouldContinue: () -> Bool) -> (elimination: Elimination, complete: Bool) {
    var remaining = game.strategies.map { Array($0.indices) }
    var steps = [Step]()
    search: while true {
      for player in 0..<game.playerCount where remaining[player].count > 1 {
        let table = PayoffTable(game, player: player, remaining: remaining)
        for position in table.own.indices {
          guard shouldContinue() else { return (Elimination(steps: steps, remaining: remaining), false) }
          if let step = step(for: position, in: table, strength: strength, mixed: mixed, shouldContinue: shouldContinue) {
            steps.append(step)
            remaining[player].remove(at: position)
            continue search
          }
        }
      }
      break
    }
    // A stop inside the last LP reads as "not dominated": asked once more, so an
    // elimination cut short is never reported complete.
    return (Elimination(steps: steps, remaining: remaining), shouldContinue())
  }
}
