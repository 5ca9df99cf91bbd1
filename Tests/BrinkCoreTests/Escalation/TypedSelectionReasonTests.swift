import Testing

@testable import BrinkCore

/// The reason `solve` and `explain` print for a typed stage's pick is a claim: it
/// names the pool payoff dominance chose from, the pure equilibria when there are
/// any, every equilibrium (and says none is pure) when all mix, as the mixed
/// searches (steps 2 and 3) can give.
@Suite struct TypedSelectionReasonTests {
  /// A one-type-each stage equilibrium with the given mixtures and ex-ante values.
  static func equilibrium(_ row: [Rational], _ column: [Rational], values: [Rational]) -> TypedStageEquilibrium {
    TypedStageEquilibrium(strategies: [[row], [column]], playedStrategies: [[row], [column]], children: [],
                          values: [[values]], shape: .semiSeparating)
  }

  @Test func thePoolIsNamedAsItIs() {
    let half = Rational(1, 2)
    let mixedA = Self.equilibrium([half, half], [half, half], values: [1, 1])
    let mixedB = Self.equilibrium([Rational(1, 3), Rational(2, 3)], [half, half], values: [2, 2])
    let pure = Self.equilibrium([1, 0], [0, 1], values: [0, 0])
    let beliefs: [[Rational]] = [[1], [1]]
    let allMixed = TypedSelection.select([mixedA, mixedB], beliefs: beliefs, rules: [.payoffDominant, .payoffDominant], preset: nil)
    #expect(allMixed.indices == [1, 1])
    #expect(allMixed.reason == "2 perfect Bayesian equilibria; selected by payoff dominance ex ante among 2 equilibria (none in pure type strategies)")
    let withPure = TypedSelection.select([mixedA, pure, mixedB], beliefs: beliefs, rules: [.payoffDominant, .payoffDominant], preset: nil)
    // Payoff dominance looks at the pure one only (the file's rule), however much the mixed ones pay.
    #expect(withPure.indices == [1, 1])
    #expect(withPure.reason == "3 perfect Bayesian equilibria; selected by payoff dominance ex ante among the one equilibrium in pure type strategies")
    // Risk dominance asked for: the same pick, and the sentence says why it is payoff
    // dominance (it once read "selected by risk dominance is defined for …").
    let risk = TypedSelection.select([mixedA, pure, mixedB], beliefs: beliefs, rules: [.riskDominant, .riskDominant], preset: nil)
    #expect(risk.indices == [1, 1])
    #expect(risk.reason == "3 perfect Bayesian equilibria; selected by payoff dominance ex ante among the one equilibrium in pure type strategies"
            + " (risk dominance, the rule asked for, is defined only for 2×2 stages of complete information)")
    // Different rules for the two players: both reasons, each naming its rule.
    let both = TypedSelection.select([mixedA, pure, mixedB], beliefs: beliefs, rules: [.mixed, .riskDominant], preset: nil)
    #expect(both.reason.hasPrefix("3 perfect Bayesian equilibria; selected by the largest supports (selection 'mixed'); payoff dominance ex ante"))
  }
}
