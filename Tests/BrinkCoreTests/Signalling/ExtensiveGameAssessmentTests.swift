import BrinkCore
import Testing

/// Beliefs by Bayes' rule and the off-path rule, and the regret at each
/// information set, worked by hand on beer–quiche (Cho and Kreps 1987).
@Suite struct ExtensiveGameAssessmentTests {
  func r(_ n: Int, _ d: Int = 1) -> Rational { Rational(n, d) }
  let tree = SignallingTestGames.beerQuiche

  /// Sender: strong plays `strong`, weak `weak` (beer, quiche); receiver: the
  /// mixtures after beer and after quiche (duel, not duel).
  func profile(strong: [Rational], weak: [Rational], afterBeer: [Rational], afterQuiche: [Rational])
    -> ExtensiveGame.BehaviourProfile
  {
    [[strong, weak], [afterBeer, afterQuiche]]
  }

  @Test("Bayes' rule on the path: a mixing weak type leaves the posterior 9/(9 + q)")
  func bayes() {
    let p = profile(strong: [r(1), r(0)], weak: [r(1, 3), r(2, 3)], afterBeer: [r(1), r(0)], afterQuiche: [r(1), r(0)])
    let beliefs = tree.beliefs(p)
    // After beer: strong 9/10 against weak 1/10 · 1/3 = 1/30: 27/28 and 1/28.
    #expect(beliefs[1][0] == [r(27, 28), r(1, 28)])
    #expect(beliefs[1][1] == [r(0), r(1)])
    #expect(beliefs[0][0] == [r(1)])
    #expect(tree.reachedSets(p) == [[true, true], [true, true]])
  }

  @Test("off the path: the stated belief when given, chance odds (the prior) otherwise")
  func offPath() {
    let p = profile(strong: [r(1), r(0)], weak: [r(1), r(0)], afterBeer: [r(0), r(1)], afterQuiche: [r(1), r(0)])
    #expect(tree.reachedSets(p) == [[true, true], [true, false]])
    #expect(tree.beliefs(p)[1][1] == [r(9, 10), r(1, 10)])
    let given = tree.beliefs(p, offPath: [.init(player: 1, index: 1): [r(1, 3), r(2, 3)]])
    #expect(given[1][1] == [r(1, 3), r(2, 3)])
    #expect(given[1][0] == [r(9, 10), r(1, 10)])
  }

  @Test("regret by hand: in the separating profile the weak type gains 1 by beer; the pooling profile has none")
  func regret() throws {
    let separating = profile(strong: [r(1), r(0)], weak: [r(0), r(1)], afterBeer: [r(0), r(1)], afterQuiche: [r(1), r(0)])
    let beliefs = tree.beliefs(separating)
    #expect(try tree.sequentialRegret(separating, beliefs: beliefs) == [[r(0), r(1)], [r(0), r(0)]])
    #expect(try !tree.isPerfectBayesian(separating, beliefs: beliefs))
    let pooling = profile(strong: [r(1), r(0)], weak: [r(1), r(0)], afterBeer: [r(0), r(1)], afterQuiche: [r(1), r(0)])
    // Off the path, duel after quiche is a best reply only when weak has belief ≥ 1/2.
    let supporting = tree.beliefs(pooling, offPath: [.init(player: 1, index: 1): [r(1, 2), r(1, 2)]])
    #expect(try tree.isPerfectBayesian(pooling, beliefs: supporting))
    let prior = tree.beliefs(pooling)  // chance odds: strong 9/10, so not duel is better by 4/5
    #expect(try tree.sequentialRegret(pooling, beliefs: prior)[1][1] == r(4, 5))
    #expect(try !tree.isPerfectBayesian(pooling, beliefs: prior))
    // Beliefs that contradict Bayes' rule on the path are not an equilibrium's.
    var wrong = supporting
    wrong[1][0] = [r(1, 2), r(1, 2)]
    #expect(try !tree.isPerfectBayesian(pooling, beliefs: wrong))
  }

  @Test("a later move of the same player is optimised with the first: whole plans, not one-shot deviations")
  func plans() throws {
    // One player moves twice on the same path: out (0) or in, then left (0) or right (2).
    // The profile (out, left) has regret 2 at the first set: in-then-right pays 2.
    let nodes: [ExtensiveGame.Node] = [
      .init(kind: .decision(player: 0, infoset: 0), children: [1, 2]),
      .init(kind: .terminal, payoffs: [r(0), r(0)]),
      .init(kind: .decision(player: 0, infoset: 1), children: [3, 4]),
      .init(kind: .terminal, payoffs: [r(-1), r(0)]),
      .init(kind: .terminal, payoffs: [r(2), r(0)]),
    ]
    let game = ExtensiveGame(title: "", players: ["A", "B"], nodes: nodes,
                             infosets: [[.init(name: "first", actions: ["out", "in"]), .init(name: "second", actions: ["left", "right"])], []])
    let p: ExtensiveGame.BehaviourProfile = [[[r(1), r(0)], [r(1), r(0)]], []]
    let regret = try game.sequentialRegret(p, beliefs: game.beliefs(p))
    #expect(regret == [[r(2), r(3)], []])
  }
}
