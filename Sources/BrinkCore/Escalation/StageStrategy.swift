/// Both players' mixed strategies in one stage (one node of one round).
///
/// Simultaneous stage: `leader` is 0, `followerMixtures` holds one row (player 1's
/// mixture). Sequential stage: `leader` is the first mover and `followerMixtures[a]`
/// is the second mover's mixture after seeing the first mover play `a`.
public struct StageStrategy<Number: LadderNumber>: Sendable, Hashable {
  public var leader: Int
  public var isSequential: Bool
  public var leaderMixture: [Number]
  public var followerMixtures: [[Number]]

  public init(leader: Int, isSequential: Bool, leaderMixture: [Number], followerMixtures: [[Number]]) {
    self.leader = leader
    self.isSequential = isSequential
    self.leaderMixture = leaderMixture
    self.followerMixtures = followerMixtures
  }

  /// A simultaneous stage: player 0 plays `x`, player 1 plays `y`.
  public static func simultaneous(_ x: [Number], _ y: [Number]) -> StageStrategy {
    StageStrategy(leader: 0, isSequential: false, leaderMixture: x, followerMixtures: [y])
  }

  public var follower: Int { 1 - leader }

  /// The follower's mixture after the leader plays `a` (the same for every `a` when simultaneous).
  public func followerMixture(afterLeaderMove a: Int) -> [Number] {
    isSequential ? followerMixtures[a] : followerMixtures[0]
  }

  /// The probability that player 0 plays `row` and player 1 plays `column`.
  public func probability(row: Int, column: Int) -> Number {
    let (a, b) = leader == 0 ? (row, column) : (column, row)
    return leaderMixture[a] * followerMixture(afterLeaderMove: a)[b]
  }

  /// A sequential stage in which the follower's response differs between moves the
  /// leader plays with positive probability: there the follower's move depends on
  /// the leader's actual move, and no one mixture of the follower's describes it.
  public var respondsToMixedLead: Bool {
    guard isSequential else { return false }
    let used = leaderMixture.indices.filter { leaderMixture[$0] > .zero }
    guard let first = used.first else { return false }
    return used.contains { a in followerMixtures[a] != followerMixtures[first] }
  }

  /// A player's overall (marginal) probabilities of each of its moves.
  public func marginal(player: Int) -> [Number] {
    if player == leader { return leaderMixture }
    if !isSequential { return followerMixtures[0] }
    var m = [Number](repeating: .zero, count: followerMixtures[0].count)
    for (a, p) in leaderMixture.enumerated() {
      for (b, q) in followerMixtures[a].enumerated() { m[b] = m[b] + p * q }
    }
    return m
  }

  /// The strategy with each player's tremble ε applied: `(1 − ε)·x + ε/n`.
  public func trembled(_ epsilon: [Number]) -> StageStrategy {
    StageStrategy(leader: leader, isSequential: isSequential,
                  leaderMixture: leaderMixture.trembled(epsilon[leader]),
                  followerMixtures: followerMixtures.map { $0.trembled(epsilon[1 - leader]) })
  }

  /// The same strategy in other numbers.
  public func map<Other: LadderNumber>(_ f: (Number) -> Other) -> StageStrategy<Other> {
    StageStrategy<Other>(leader: leader, isSequential: isSequential, leaderMixture: leaderMixture.map(f),
                         followerMixtures: followerMixtures.map { $0.map(f) })
  }
}

extension Array where Element: LadderNumber {
  /// `(1 − ε)·self + ε/n` (Selten's trembling hand).
  func trembled(_ epsilon: Element) -> [Element] {
    if epsilon == .zero { return self }
    var n = Element.zero
    for _ in self { n = n + .one }
    let share = epsilon / n
    return map { (Element.one - epsilon) * $0 + share }
  }
}
