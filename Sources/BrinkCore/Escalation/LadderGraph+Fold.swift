extension LadderGraph.Node {
  /// The round game with the future at this node: each joint move's payoff plus δ
  /// times the expected value of where it leads (Shapley 1953's auxiliary game).
  /// `payoff(i, j)` is the joint move's payoff to both players and `next(k)` the
  /// values of successor `k`, so the backward sweep over dated rounds and the
  /// stationary tail's policy iteration fold a node the same way.
  func foldedGame<T: LadderNumber>(delta: T, payoff: (Int, Int) -> [T], next: (Int) -> [T]) -> ([[T]], [[T]]) {
    var a = [[T]](), b = [[T]]()
    for i in moves.indices {
      var ra = [T](), rb = [T]()
      for j in moves[i].indices {
        var c0 = T.zero, c1 = T.zero
        for s in moves[i][j].successors {
          let p = T.from(s.probability), v = next(s.next)
          c0 = c0 + p * v[0]
          c1 = c1 + p * v[1]
        }
        let u = payoff(i, j)
        ra.append(u[0] + delta * c0)
        rb.append(u[1] + delta * c1)
      }
      a.append(ra)
      b.append(rb)
    }
    return (a, b)
  }
}
