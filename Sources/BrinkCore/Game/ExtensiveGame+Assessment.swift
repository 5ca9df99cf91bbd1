/// Behaviour strategies and beliefs on an extensive game: the two halves of an
/// *assessment* (Kreps and Wilson 1982, "Sequential Equilibria", Econometrica
/// 50(4)), which is what a perfect Bayesian equilibrium is (Fudenberg and Tirole,
/// *Game Theory*, 1991, §8.2).
///
/// A behaviour profile gives, at each information set, a probability for each of
/// its actions: `profile[player][infoset][action]`. Beliefs give, at each
/// information set, a probability for each of its nodes, in the order of
/// `infosetNodes()`: `beliefs[player][infoset][k]`.
extension ExtensiveGame {
  public typealias BehaviourProfile = [[[Rational]]]
  public typealias Beliefs = [[[Rational]]]

  /// One information set: `infosets[player][index]`.
  public struct InfosetID: Sendable, Hashable {
    public var player: Int
    public var index: Int

    public init(player: Int, index: Int) {
      self.player = player
      self.index = index
    }
  }

  /// The nodes of every information set, in tree order: `[player][infoset] → [node]`.
  public func infosetNodes() -> [[[Int]]] {
    var sets = infosets.map { $0.map { _ in [Int]() } }
    for n in preorder() {
      if case .decision(let player, let set) = nodes[n].kind { sets[player][set].append(n) }
    }
    return sets
  }

  /// The nodes, parents before children, children in order (a walk with an explicit
  /// stack, so deep trees need no recursion).
  public func preorder() -> [Int] {
    guard !nodes.isEmpty else { return [] }
    var order = [Int](), stack = [0]
    order.reserveCapacity(nodes.count)
    while let n = stack.popLast() {
      order.append(n)
      stack.append(contentsOf: nodes[n].children.reversed())
    }
    return order
  }

  /// The probability of reaching each node when chance moves as the tree says and
  /// the players as `profile` says.
  public func reachProbabilities(_ profile: BehaviourProfile) -> [Rational] {
    reach { n, k in
      guard case .decision(let player, let set) = nodes[n].kind else { return .one }
      return profile[player][set][k]
    }
  }

  /// The probability of reaching each node from chance alone: the product of the
  /// chance probabilities on its path, every player's action counted as certain.
  public func chanceWeights() -> [Rational] {
    reach { _, _ in .one }
  }

  /// Reach probabilities, `decision(n, k)` giving the probability that the player at
  /// decision node `n` takes its `k`-th action.
  func reach(decision: (Int, Int) -> Rational) -> [Rational] {
    var probability = [Rational](repeating: .zero, count: nodes.count)
    guard !nodes.isEmpty else { return probability }
    probability[0] = .one
    for n in preorder() {
      let node = nodes[n]
      for (k, child) in node.children.enumerated() {
        let step: Rational
        if case .chance(_, let odds) = node.kind { step = odds[k] } else { step = decision(n, k) }
        probability[child] = probability[n] * step
      }
    }
    return probability
  }

  /// The uniform behaviour profile (each action of each set equally likely), a
  /// starting point for building one.
  public func uniformProfile() -> BehaviourProfile {
    infosets.map { $0.map { set in set.actions.map { _ in Rational(1, set.actions.count) } } }
  }
}
