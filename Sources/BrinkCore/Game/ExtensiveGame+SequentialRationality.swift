/// Sequential rationality of an assessment, and the perfect Bayesian equilibrium
/// check built on it; computed on the tree, independently of any solver.
///
/// Player `i` is sequentially rational at its information set `h` when, given its
/// belief `μ` over the nodes of `h` and the others' behaviour, no plan of its own
/// for `h` and the sets that follow it does better than the profile's (Kreps and
/// Wilson 1982; Fudenberg and Tirole 1991, §8.2, condition P). The *regret* at `h`
/// is how much the best such plan gains:
///
/// 1. the sets of `i` that can follow a node of `h` (`h` included) are collected;
/// 2. every pure plan over them is tried (pure plans suffice: the value is linear in
///    `i`'s own mixtures), the value from each node `x` of `h` computed by one pass
///    from the leaves up, with `i`'s actions at those sets replaced by the plan's;
/// 3. regret = max over plans of `Σ μ(x) V_plan(x)` − `Σ μ(x) V_profile(x)`.
///
/// Trying whole plans, not one action at a time, makes the check hold without the
/// one-shot deviation principle (which needs beliefs consistent after deviations).
///
/// A profile with beliefs is a (weak) perfect Bayesian equilibrium when the
/// beliefs follow Bayes' rule on every set the profile reaches and the regret is
/// zero at every set, reached or not (Mas-Colell, Whinston and Green 1995, def.
/// 9.C.3). In a signalling game, where the receiver moves once after the sender,
/// this is Fudenberg and Tirole's perfect Bayesian equilibrium (1991, §8.2.1).
///
/// Complexity: O(plans × nodes) per set; plans are capped at `maximumStrategies`.
extension ExtensiveGame {
  public enum RegretError: Error, Sendable, Hashable, CustomStringConvertible {
    case tooManyPlans(player: String, count: Int)

    public var description: String {
      switch self {
      case .tooManyPlans(let player, let count):
        return "too many continuation plans for \(player) to check (\(count); at most \(ExtensiveGame.maximumStrategies))"
      }
    }
  }

  /// The regret of each player at each of its sets: `[player][infoset]`, each ≥ 0.
  public func sequentialRegret(_ profile: BehaviourProfile, beliefs: Beliefs) throws(RegretError) -> [[Rational]] {
    let sets = infosetNodes()
    let order = preorder()
    var regrets = infosets.map { $0.map { _ in Rational.zero } }
    for player in sets.indices {
      for set in sets[player].indices {
        let members = sets[player][set]
        guard !members.isEmpty else { continue }
        let later = followingSets(of: player, from: members)
        let count = later.reduce(1) { total, s in
          total > Self.maximumStrategies ? total : total * infosets[player][s].actions.count
        }
        if count > Self.maximumStrategies { throw .tooManyPlans(player: players[player], count: count) }
        let μ = beliefs[player][set]
        func expected(_ values: [[Rational]]) -> Rational {
          zip(members, μ).reduce(Rational.zero) { $0 + $1.1 * values[$1.0][player] }
        }
        let base = expected(values(profile, order: order))
        var best = base
        for plan in plans(over: later, player: player) {
          var replaced = profile
          for (s, action) in zip(later, plan) {
            replaced[player][s] = infosets[player][s].actions.indices.map { $0 == action ? .one : .zero }
          }
          let value = expected(values(replaced, order: order))
          if value > best { best = value }
        }
        regrets[player][set] = best - base
      }
    }
    return regrets
  }

  /// Whether `profile` with `beliefs` is a perfect Bayesian equilibrium: Bayes'
  /// rule on the path, zero regret everywhere.
  public func isPerfectBayesian(_ profile: BehaviourProfile, beliefs: Beliefs) throws(RegretError) -> Bool {
    let bayes = self.beliefs(profile)
    let reached = reachedSets(profile)
    for p in reached.indices {
      for s in reached[p].indices where reached[p][s] && bayes[p][s] != beliefs[p][s] { return false }
    }
    return try sequentialRegret(profile, beliefs: beliefs).allSatisfy { $0.allSatisfy { $0 == .zero } }
  }

  /// Every node's expected payoffs from there on (its own included), under `profile`.
  func values(_ profile: BehaviourProfile, order: [Int]) -> [[Rational]] {
    var value = [[Rational]](repeating: [], count: nodes.count)
    for n in order.reversed() {
      let node = nodes[n]
      var total = node.payoffs ?? [Rational](repeating: .zero, count: players.count)
      for (k, child) in node.children.enumerated() {
        let q: Rational
        switch node.kind {
        case .chance(_, let odds): q = odds[k]
        case .decision(let player, let set): q = profile[player][set][k]
        case .terminal: q = .zero
        }
        if q != .zero { for p in total.indices { total[p] += q * value[child][p] } }
      }
      value[n] = total
    }
    return value
  }

  /// The sets of `player` in the subtrees of `members`, their own set included.
  func followingSets(of player: Int, from members: [Int]) -> [Int] {
    var found = [Int](), seen = Set<Int>(), stack = members
    while let n = stack.popLast() {
      if case .decision(let p, let s) = nodes[n].kind, p == player, seen.insert(s).inserted { found.append(s) }
      stack.append(contentsOf: nodes[n].children)
    }
    return found
  }

  /// Every choice of one action at each of `sets`.
  func plans(over sets: [Int], player: Int) -> [[Int]] {
    sets.reduce([[Int]]([[]])) { partial, s in
      partial.flatMap { prefix in infosets[player][s].actions.indices.map { prefix + [$0] } }
    }
  }
}
