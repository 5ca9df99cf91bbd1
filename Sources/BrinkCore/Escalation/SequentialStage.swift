/// A sequential stage: the first mover commits, the second sees the move and
/// responds. Solved by backward induction within the round (Selten 1965, subgame
/// perfection; von Stackelberg 1934 for the first mover's advantage):
/// 1. For each first move `a`, the follower's response: a best response to `a`
///    (ties broken in the leader's favour, then by order: the "strong Stackelberg"
///    convention), a logit response, or its fixed play.
/// 2. The follower's response is trembled, since the leader expects the trembles.
/// 3. The leader's value of each move `a` is its expected payoff against that
///    response; it plays the first best move, a logit response, or its fixed play.
enum SequentialStage {
  /// `a`, `b`: player 0's and player 1's folded payoffs, indexed [player 0's move][player 1's move].
  static func choose<T: StageChooser>(leader: Int, a: [[T]], b: [[T]], models: [ChoiceModel],
                                      given: [[T]?], tremble: [T]) -> (StageStrategy<T>, [ChoiceExplanation?]) {
    let follower = 1 - leader
    let leaderMoves = leader == 0 ? a.count : a[0].count
    let followerMoves = leader == 0 ? a[0].count : a.count
    func uLeader(_ x: Int, _ y: Int) -> T { leader == 0 ? a[x][y] : b[y][x] }
    func uFollower(_ x: Int, _ y: Int) -> T { leader == 0 ? b[x][y] : a[y][x] }

    // Step 1.
    var responses = [[T]]()
    for x in 0..<leaderMoves {
      if let g = given[follower] { responses.append(g); continue }
      let values = (0..<followerMoves).map { uFollower(x, $0) }
      if case .logit(let lambda) = models[follower] {
        responses.append(T.logitResponse(values, lambda: lambda))
      } else {
        let top = values[values.firstArgmax()]
        let ties = (0..<followerMoves).filter { values[$0] == top }
        let pick = ties.max { uLeader(x, $0) < uLeader(x, $1) || (uLeader(x, $0) == uLeader(x, $1) && $0 > $1) }!
        responses.append(.pure(pick, count: followerMoves))
      }
    }
    // Step 2.
    let expected = responses.map { $0.trembled(tremble[follower]) }
    // Step 3.
    let leaderMixture: [T]
    if let g = given[leader] {
      leaderMixture = g
    } else {
      let values = (0..<leaderMoves).map { x in
        (0..<followerMoves).reduce(T.zero) { $0 + expected[x][$1] * uLeader(x, $1) }
      }
      if case .logit(let lambda) = models[leader] {
        leaderMixture = T.logitResponse(values, lambda: lambda)
      } else {
        leaderMixture = .pure(values.firstArgmax(), count: leaderMoves)
      }
    }
    func explain(_ k: Int) -> ChoiceExplanation? {
      guard given[k] == nil else { return nil }
      if case .logit(let lambda) = models[k] { return .logit(lambda: lambda, iterations: 1, converged: true) }
      return .subgamePerfect
    }
    let strategy = StageStrategy(leader: leader, isSequential: true, leaderMixture: leaderMixture,
                                 followerMixtures: responses)
    return (strategy, [explain(0), explain(1)])
  }
}
