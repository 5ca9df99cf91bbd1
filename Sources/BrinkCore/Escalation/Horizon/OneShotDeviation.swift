/// The one-shot deviation check of a stationary tail (`StationaryTail` step 4): the
/// most an optimising player gains in one stage game by deviating for one round,
/// every later round being played as the profile says (the stage game's entries
/// already hold those continuation values).
///
/// By the one-shot deviation principle (Fudenberg and Tirole, *Game Theory*, 1991,
/// §4.2; Theorem 13.2 for discounted stochastic games), a profile with no
/// profitable one-round deviation in any state is subgame perfect; one whose
/// one-round gains are at most `g` everywhere is an ε-equilibrium with
/// `ε = g/(1 − δ)` (each round's gain at most `g`, discounted).
extension StationaryTail {
  /// The largest one-round gain over the players in `optimizes`, against the other's
  /// played (trembled) strategy: in a simultaneous stage, the best pure move's payoff
  /// less the intended mixture's; in a sequential one, the leader's likewise against
  /// the follower's responses, and the follower's after every leader move.
  static func oneShotGain<T: LadderNumber>(_ a: [[T]], _ b: [[T]], played: StageStrategy<T>,
                                           intended: StageStrategy<T>, optimizes: [Bool]) -> T {
    var gain = T.zero
    // Payoff to player `k` when the leader plays `x` and the follower `y`.
    func payoff(_ k: Int, leader: Int, _ x: Int, _ y: Int) -> T {
      let (i, j) = leader == 0 ? (x, y) : (y, x)
      return k == 0 ? a[i][j] : b[i][j]
    }
    let rows = a.count, columns = a.first?.count ?? 0
    func moves(_ player: Int) -> Range<Int> { 0..<(player == 0 ? rows : columns) }
    for k in 0..<2 where optimizes[k] {
      let leader = played.leader
      if !played.isSequential {
        let other = played.marginal(player: 1 - k)
        let worth = moves(k).map { m in
          moves(1 - k).reduce(T.zero) { acc, o in
            acc + other[o] * (k == 0 ? a[m][o] : b[o][m])
          }
        }
        let own = intended.marginal(player: k)
        let expected = zip(own, worth).reduce(T.zero) { $0 + $1.0 * $1.1 }
        gain = max(gain, (worth.max() ?? .zero) - expected)
      } else if k == leader {
        let worth = moves(k).map { x in
          moves(1 - k).reduce(T.zero) { acc, y in acc + played.followerMixtures[x][y] * payoff(k, leader: leader, x, y) }
        }
        let expected = zip(intended.leaderMixture, worth).reduce(T.zero) { $0 + $1.0 * $1.1 }
        gain = max(gain, (worth.max() ?? .zero) - expected)
      } else {
        for x in moves(leader) {
          let worth = moves(k).map { y in payoff(k, leader: leader, x, y) }
          let expected = zip(intended.followerMixtures[x], worth).reduce(T.zero) { $0 + $1.0 * $1.1 }
          gain = max(gain, (worth.max() ?? .zero) - expected)
        }
      }
    }
    return gain
  }
}
