/// Strict and weak dominance, by pure and by mixed strategies, for N-player games,
/// and iterated elimination that records every step.
///
/// Definitions (Myerson, *Game Theory* (1991), §1.8 and §2.5; Fudenberg and Tirole,
/// *Game Theory* (1991), §2.1): player i's strategy `s` is
/// - **strictly dominated** by a mixture σ if `Σₖ σₖ uᵢ(k, t) > uᵢ(s, t)` for every
///   profile `t` of the others' (remaining) pure strategies;
/// - **weakly dominated** by σ if `≥` holds for every `t` and `>` for at least one.
/// Comparing against the others' pure profiles suffices: payoffs are linear in
/// the others' mixtures.
///
/// A strictly dominated strategy is never played in any Nash equilibrium, and the
/// result of iterated strict elimination does not depend on the order of removal.
/// **Iterated weak dominance is order-dependent**: removing weakly dominated
/// strategies in a different order can leave different games (and can remove
/// equilibria). `iteratedElimination` therefore fixes one order (see there).
public enum Dominance {
  public enum Strength: String, Sendable { case strict, weak }

  /// One elimination step: `player`'s `strategy` (an index into the original game)
  /// is dominated by `dominator` (a mixture over the player's original strategies;
  /// pure when it has one non-zero entry). `strength` is the strongest relation that
  /// `dominator` satisfies against the opponents' strategies remaining at that step.
  public struct Step: Sendable, Hashable {
    public var player: Int
    public var strategy: Int
    public var dominator: [Rational]
    public var strength: Strength
    public init(player: Int, strategy: Int, dominator: [Rational], strength: Strength) {
      self.player = player; self.strategy = strategy; self.dominator = dominator; self.strength = strength
    }

    /// True when the dominator is a single pure strategy.
    public var isPure: Bool { dominator.filter { !$0.isZero }.count == 1 }
  }

  public struct Elimination: Sendable, Hashable {
    /// The steps in the order they were taken.
    public var steps: [Step]
    /// The surviving strategies of each player (original indices).
    public var remaining: [[Int]]
    public init(steps: [Step], remaining: [[Int]]) { self.steps = steps; self.remaining = remaining }

    /// The strategies still present just before `steps[index]` was taken
    /// (`index == steps.count` gives `remaining`).
    public func remaining(beforeStep index: Int) -> [[Int]] {
      var sets = remaining
      for step in steps[index...] { sets[step.player].append(step.strategy) }
      return sets.map { $0.sorted() }
    }

    /// Per player, the strategies some step removed: what `show` and `solve` mark
    /// as eliminated, so the marks are exactly this iteration's result.
    public var eliminated: [Set<Int>] {
      var sets = [Set<Int>](repeating: [], count: remaining.count)
      for step in steps { sets[step.player].insert(step.strategy) }
      return sets
    }
  }

  /// The strategies of `player` dominated in the (sub)game restricted to `remaining`
  /// (all strategies when `nil`), each with a dominator, in increasing strategy order.
  ///
  /// For each strategy the search tries, in order: a strictly dominating pure
  /// strategy; (weak only) a weakly dominating pure strategy; (mixed only) a strictly
  /// dominating mixture; (weak and mixed only) a weakly dominating mixture. Pure
  /// dominators are preferred because they are easier to explain; among pure ones the
  /// lowest index wins.
  ///
  /// - Complexity: O(k² · T) comparisons for k strategies and T opponent profiles,
  ///   plus one or two exact LPs per strategy when `mixed` (see `Dominance+Mixed`).
  ///
  /// `shouldContinue` is polled before each strategy and at every simplex pivot of
  /// the LPs; once it returns false the result is incomplete (callers check it
  /// again and discard the answer).
  public static func dominated(in game: StrategicGame, player: Int, strength: Strength,
                               mixed: Bool, remaining: [[Int]]? = nil,
                               shouldContinue: () -> Bool = { true }) -> [Step] {
    let sets = remaining ?? game.strategies.map { Array($0.indices) }
    let table = PayoffTable(game, player: player, remaining: sets)
    return table.own.indices.compactMap { position in
      guard shouldContinue() else { return nil }
      return step(for: position, in: table, strength: strength, mixed: mixed, shouldContinue: shouldContinue)
    }
  }

  /// The dominator of the strategy at position `position` of `table.own`, if any
  /// (nil too when `shouldContinue` stopped an LP).
  static func step(for position: Int, in table: PayoffTable, strength: Strength, mixed: Bool,
                   shouldContinue: () -> Bool = { true }) -> Step? {
    let u = table.values
    let others = table.own.indices.filter { $0 != position }
    func pure(_ k: Int) -> Step {
      let relation = compare(u[k], u[position])!
      return table.step(dominated: position, by: table.pureMixture(k), strength: relation)
    }
    if let k = others.first(where: { compare(u[$0], u[position]) == .strict }) { return pure(k) }
    if strength == .weak, let k = others.first(where: { compare(u[$0], u[position]) == .weak }) { return pure(k) }
    guard mixed && others.count >= 2 else { return nil }
    // Cheap filters before the LPs: a strategy that is a best response to some
    // opponent profile cannot be strictly dominated, and one that is the unique best
    // response to some profile cannot be weakly dominated either.
    var bestSomewhere = false, uniquelyBestSomewhere = false
    for t in table.profiles.indices {
      let mine = u[position][t]
      if others.allSatisfy({ u[$0][t] <= mine }) {
        bestSomewhere = true
        if others.allSatisfy({ u[$0][t] < mine }) { uniquelyBestSomewhere = true; break }
      }
    }
    if uniquelyBestSomewhere || (bestSomewhere && strength == .strict) { return nil }
    if !bestSomewhere, let sigma = strictlyDominatingMixture(of: position, in: table, shouldContinue: shouldContinue) {
      return table.step(dominated: position, by: sigma, strength: .strict)
    }
    if strength == .weak, let sigma = weaklyDominatingMixture(of: position, in: table, shouldContinue: shouldContinue) {
      return table.step(dominated: position, by: sigma, strength: .weak)
    }
    return nil
  }

  /// How payoff vector `x` dominates `y`: `.strict` if greater everywhere, `.weak` if
  /// at least as great everywhere and greater somewhere, otherwise `nil`.
  static func compare(_ x: [Rational], _ y: [Rational]) -> Strength? {
    var strict = true, someGreater = false
    for (a, b) in zip(x, y) {
      if a < b { return nil }
      if a == b { strict = false } else { someGreater = true }
    }
    return strict && !x.isEmpty ? .strict : (someGreater ? .weak : nil)
  }
}
