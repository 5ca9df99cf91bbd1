extension Dominance {
  /// One player's payoffs in a restricted game: `values[k][t]` is the payoff of the
  /// player's `own[k]` against the others' remaining pure profile `profiles[t]`.
  struct PayoffTable {
    let player: Int
    let strategyCount: Int
    let own: [Int]
    /// Full-length pure profiles; the player's own entry is 0 and meaningless.
    let profiles: [[Int]]
    let values: [[Rational]]

    init(_ game: StrategicGame, player: Int, remaining: [[Int]]) {
      self.player = player
      strategyCount = game.strategies[player].count
      own = remaining[player]
      // Odometer over the others' remaining strategies (first player fastest).
      var profiles = [[Int]]()
      var digits = [Int](repeating: 0, count: game.playerCount)
      let others = (0..<game.playerCount).filter { $0 != player }
      if others.allSatisfy({ !remaining[$0].isEmpty }) {
        outer: while true {
          profiles.append(digits.enumerated().map { p, d in p == player ? 0 : remaining[p][d] })
          for p in others {
            digits[p] += 1
            if digits[p] < remaining[p].count { continue outer }
            digits[p] = 0
          }
          break
        }
      }
      self.profiles = profiles
      values = remaining[player].map { s in
        profiles.map { t in
          var p = t
          p[player] = s
          return game.payoff(player, at: p)
        }
      }
    }

    /// The mixture that puts probability 1 on `own[k]`, over original indices.
    func pureMixture(_ k: Int) -> [Rational] {
      (0..<strategyCount).map { $0 == own[k] ? .one : .zero }
    }

    func step(dominated position: Int, by sigma: [Rational], strength: Strength) -> Step {
      Step(player: player, strategy: own[position], dominator: sigma, strength: strength)
    }
  }
}
