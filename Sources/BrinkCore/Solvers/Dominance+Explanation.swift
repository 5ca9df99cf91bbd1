extension Dominance {
  /// One line of the evidence for a dominance step: against one profile of the
  /// opponents' remaining pure strategies, what the dominator and the dominated
  /// strategy pay.
  public struct Comparison: Sendable, Hashable {
    /// The pure profile with the player's own entry set to the dominated strategy.
    public var profile: [Int]
    /// Expected payoff of the dominator (a mixture) against it.
    public var dominatorPayoff: Rational
    public var dominatedPayoff: Rational
    /// `dominatorPayoff − dominatedPayoff`: > 0 everywhere for strict dominance.
    public var margin: Rational { dominatorPayoff - dominatedPayoff }
  }

  /// The evidence for `step` against every opponent profile in `remaining` (use
  /// `Elimination.remaining(beforeStep:)` for a step of an iterated elimination),
  /// for the REPL's `explain`.
  public static func comparisons(for step: Step, in game: StrategicGame, remaining: [[Int]]) -> [Comparison] {
    var sets = remaining
    if !sets[step.player].contains(step.strategy) { sets[step.player].append(step.strategy) }
    let table = PayoffTable(game, player: step.player, remaining: sets)
    return table.profiles.map { t in
      var p = t
      var mixed = Rational.zero
      for (s, w) in step.dominator.enumerated() where !w.isZero {
        p[step.player] = s
        mixed += w * game.payoff(step.player, at: p)
      }
      p[step.player] = step.strategy
      return Comparison(profile: p, dominatorPayoff: mixed, dominatedPayoff: game.payoff(step.player, at: p))
    }
  }
}
