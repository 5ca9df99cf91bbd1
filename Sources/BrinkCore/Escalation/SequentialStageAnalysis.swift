/// A solved sequential stage read back as backward induction, for `solve` and
/// `explain` (the UI only words it): what the second mover answers after each
/// first move, whether a threat is credible, and what the first mover therefore
/// does (Selten 1965 for subgame perfection; Selten 1978, "The chain store
/// paradox", Theory and Decision 9:127–159, for the incredible threat to fight an
/// entrant; Zagare and Kilgour 2000, ch. 3, for deterrence).
///
/// Steps, as `SequentialStage` solves them:
/// 1. For each first move `a`, the follower's payoffs of its answers (in the game
///    it solved: its perceived game if it misperceives, else the node's stage game
///    with continuation values folded in), its best answers, and the answer it
///    intends and plays (trembled).
/// 2. The threat after `a`: the follower's answer worst for the leader, when the
///    answers are not all the same to the leader. It is credible when it is a best
///    answer of the follower's after `a`: carrying it out costs the follower
///    nothing (Selten's subgame perfection); otherwise the leader may ignore it.
/// 3. The leader's value of each move: its expected payoff (in the game it solved)
///    against the answer it expects, trembles included; then its choice.
public struct SequentialStageAnalysis: Sendable {
  /// The follower's answer to one first move.
  public struct Answer: Sendable {
    public var leaderMove: Int
    /// The follower's payoff of each of its moves after `leaderMove`.
    public var followerPayoffs: [Rational]
    /// The leader's payoff of each follower move after `leaderMove`.
    public var leaderPayoffs: [Rational]
    /// The follower's moves of top payoff.
    public var bestAnswers: [Int]
    /// The follower's answer before trembling, and as played.
    public var intended: [Double]
    public var played: [Double]
    /// `played`, exactly, when the solve is exact.
    public var exactPlayed: [Rational]?
    /// Step 2: the follower's move worst for the leader, nil when every answer is
    /// the same to the leader.
    public var threat: Int?
    /// The threat is one of the follower's best answers.
    public var threatIsCredible: Bool { threat.map(bestAnswers.contains) ?? false }
    /// The follower intends one move, chosen among tied best answers.
    public var isTieBroken: Bool { bestAnswers.count > 1 && intended.filter { $0 > 0 }.count == 1 }
  }

  public var leader: Int
  public var follower: Int { 1 - leader }
  /// Step 1 and 2, one per first move.
  public var answers: [Answer]
  /// Step 3: the leader's expected payoff of each move, and exactly when the solve is.
  public var leaderValues: [Double]
  public var exactLeaderValues: [Rational]?
  /// The leader's mixture, before trembling and as played.
  public var leaderIntended: [Double]
  public var leaderPlayed: [Double]

  /// The analysis of a solved node, nil unless its stage is sequential.
  public init?(_ node: SolvedNode) {
    guard let played = node.played, played.isSequential, let intended = node.intended,
      let stage = node.stageGame else { return nil }
    let leader = played.leader, follower = 1 - played.leader
    self.leader = leader
    let followerGame = (follower < node.perceivedGames.count ? node.perceivedGames[follower] : nil) ?? stage
    let leaderGame = (leader < node.perceivedGames.count ? node.perceivedGames[leader] : nil) ?? stage
    // Payoff of `player` in `game` when the leader plays x and the follower y.
    func u(_ game: Bimatrix, _ player: Int, _ x: Int, _ y: Int) -> Rational {
      let (i, j) = leader == 0 ? (x, y) : (y, x)
      return player == 0 ? game.a[i][j] : game.b[i][j]
    }
    let leaderMoves = played.leaderMixture.count, followerMoves = played.followerMixtures[0].count
    let answers = (0..<leaderMoves).map { x in
      let mine = (0..<followerMoves).map { u(followerGame, follower, x, $0) }
      let theirs = (0..<followerMoves).map { u(leaderGame, leader, x, $0) }
      let top = mine.max()!
      let worst = theirs.min()!
      return Answer(
        leaderMove: x, followerPayoffs: mine, leaderPayoffs: theirs,
        bestAnswers: mine.indices.filter { mine[$0] == top },
        intended: intended.followerMixture(afterLeaderMove: x), played: played.followerMixture(afterLeaderMove: x),
        exactPlayed: node.exactPlayed?.followerMixture(afterLeaderMove: x),
        threat: theirs.allSatisfy { $0 == worst } ? nil : theirs.firstIndex(of: worst))
    }
    self.answers = answers
    leaderValues = answers.map { a in
      zip(a.played, a.leaderPayoffs).reduce(0.0) { $0 + $1.0 * $1.1.doubleValue }
    }
    exactLeaderValues = node.exactPlayed == nil ? nil : answers.map { a in
      zip(a.exactPlayed!, a.leaderPayoffs).reduce(Rational.zero) { $0 + $1.0 * $1.1 }
    }
    leaderIntended = intended.leaderMixture
    leaderPlayed = played.leaderMixture
  }
}
