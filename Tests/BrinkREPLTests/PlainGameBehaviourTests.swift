import BrinkCore
import BrinkFormats
import Testing
@testable import BrinkREPL

/// `set tremble`, `set model` and `set perceives` on plain games
/// (SetPlainGameBehaviour.swift, SetPerceives.swift): the game becomes the
/// one-round scenario of itself, and `solve`, `explain` and `simulate` answer for
/// the behaviours, with answers worked by hand below.
@Suite struct PlainGameBehaviourTests {
  /// The prisoner's dilemma (Axelrod's payoffs: R 3, S 0, T 5, P 1) with trembles
  /// ε = 1/10 for the US and 1/5 for China. Escalate is dominant, so each intends
  /// it and plays the other move with probability ε/2: the US Restrain 1/20,
  /// China Restrain 1/10. The US expects 3·(1/20)(1/10) + 5·(19/20)(1/10) +
  /// 1·(19/20)(9/10) = (3 + 95 + 171)/200 = 269/200; China 3/200 + 5·(1/20)(9/10)
  /// + 171/200 = (3 + 45 + 171)/200 = 219/200.
  @Test func trembleInThePrisonersDilemma() throws {
    let s = Session()
    #expect(s.execute("load prisoners-dilemma").error == nil)
    let set = s.execute("set tremble US 1/10")
    #expect(set.output == "US's tremble is now 1/10. prisoners-dilemma is now played as a one-round scenario (one state, 'stage') so that behaviours apply; 'undo' brings back the plain game.")
    #expect(s.execute("set tremble China 1/5").output == "China's tremble is now 1/5.")
    let solved = try #require(try s.solvedScenario())
    let played = try #require(solved.nodes[0][0].exactPlayed)
    #expect(played.marginal(player: 0) == [Rational(1, 20), Rational(19, 20)])
    #expect(played.marginal(player: 1) == [Rational(1, 10), Rational(9, 10)])
    #expect(solved.exactExpectedValues == [Rational(269, 200), Rational(219, 200)])
    let solve = s.execute("solve").output
    #expect(solve.contains("expected discounted payoffs from round 1: US 1.345, China 1.095"))
    #expect(solve.contains("US intends Escalate; with tremble 1/10 plays Restrain 0.05, Escalate 0.95"))
    // Simulated: the outcome frequencies within 4 standard errors of x_i·y_j.
    let n = 40_000
    #expect(s.execute("simulate \(n)").error == nil)
    let summary = try #require(s.results.simulation?.summary)
    let moves = try #require(summary.moves.first)
    let x = [1.0 / 20, 19.0 / 20], y = [1.0 / 10, 9.0 / 10]
    for i in 0..<2 {
      for j in 0..<2 {
        let p = x[i] * y[j], se = (Double(n) * p * (1 - p)).squareRoot()
        #expect(abs(Double(moves.joint[i][j]) - Double(n) * p) <= 4 * se)
      }
    }
    let cooperation = try #require(summary.cooperation)
    #expect(cooperation.moves == ["Restrain", "Restrain"])
    // Undo twice: the plain game again, without behaviours.
    #expect(s.execute("undo").error == nil)
    #expect(s.execute("undo").error == nil)
    #expect(s.document == nil)
    #expect(s.game == BuiltInGames.prisonersDilemma.game)
  }

  /// Chicken with the US committed to Yield (`fixed Yield=1`): China best-responds
  /// with Escalate (1 against 0), so the US gets -1 and China 1.
  @Test func fixedModelInChicken() throws {
    let s = Session()
    #expect(s.execute("set model US fixed Yield=1").output.hasPrefix("US now plays a fixed mix: in stage Yield 1, Escalate 0."))
    let solved = try #require(try s.solvedScenario())
    #expect(solved.nodes[0][0].exactPlayed?.marginal(player: 1) == [.zero, .one])
    #expect(solved.exactExpectedValues == [Rational(-1), Rational(1)])
    // `reset` goes back to the game as loaded: the plain game, not the one-round
    // scenario made of it; `undo` takes the reset back.
    #expect(s.execute("reset").output == "Reset chicken to round 1 with the payoffs as loaded.\nThe behaviours set on it are cleared: chicken is the plain game again.")
    #expect(s.document == nil)
    #expect(s.game == BuiltInGames.chicken.game)
    #expect(s.execute("reset").output == "Reset chicken to round 1 with the payoffs as loaded.")
    #expect(s.execute("undo").error == nil)
    #expect(s.execute("undo").error == nil)
    #expect(s.document != nil)
  }

  /// Misperception in chicken: China believes a clash pays it 5, not -10, so
  /// Escalate looks dominant to it (1 > 0 against Yield, 5 > -1 against
  /// Escalate) and it escalates; the US, seeing the true game (two pure
  /// equilibria, equally risk-dominant, neither payoff-dominant: the engine's tie
  /// rule picks Escalate/Yield) escalates too, and both are paid the true -10.
  /// `set perceives China truth` restores the textbook tie.
  @Test func misperceptionInChicken() throws {
    let s = Session()
    let set = s.execute("set perceives China Escalate Escalate China 5")
    #expect(set.output.hasPrefix("China now perceives China's payoff at US Escalate, China Escalate as 5 (truly -10)."))
    let solved = try #require(try s.solvedScenario())
    #expect(solved.nodes[0][0].exactPlayed?.marginal(player: 1) == [.zero, .one])
    #expect(solved.nodes[0][0].exactPlayed?.marginal(player: 0) == [.zero, .one])
    #expect(solved.exactExpectedValues == [Rational(-10), Rational(-10)])
    #expect(s.execute("explain").error == nil)
    #expect(s.execute("set perceives China truth").output == "China now perceives the true payoffs.")
    #expect(s.document?.scenario.behaviours[1].perceivedPayoffs.isEmpty == true)
    #expect(s.execute("set perceives China Escalate Escalate Nobody 5").error != nil)
  }

  /// A refused command leaves the plain game plain.
  @Test func aRefusedSettingChangesNothing() {
    let s = Session()
    #expect(s.execute("set tremble US 2").error != nil)
    #expect(s.document == nil)
    #expect(s.execute("set model US nonsense").error != nil)
    #expect(s.document == nil)
  }
}
