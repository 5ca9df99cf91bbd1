import BrinkCore
import Testing

@testable import BrinkFormats

/// `Scenarios/bluff-ladder.yaml`: the bluffing equilibrium of a tying-hands crisis
/// (Fearon 1997, two types) over two rounds of the ladder, solved as a perfect
/// Bayesian equilibrium (`TypedSolver`). The answer is worked by hand in the file.
@Suite("Teaching scenario: a bluffing threat with hidden types (Fearon 1997)")
struct BluffLadderScenarioTests {
  static func solved() throws -> TypedSolution {
    try TypedSolver.solve(try MonteCarloAgreement.library("bluff-ladder").scenario)
  }

  @Test("the file reads: two types of the Defender with priors 1/4 and 3/4, the resolved type's payoffs")
  func reads() throws {
    let s = try MonteCarloAgreement.library("bluff-ladder").scenario
    #expect(s.hasTypes)
    #expect(s.types[0].map(\.name) == ["resolved", "irresolute"])
    #expect(s.types[0].map(\.prior) == [Rational(1, 4), Rational(3, 4)])
    #expect(s.types[1].isEmpty)
    #expect(s.types[0][0].payoffs.count == 4)
  }

  @Test("round 1: by hand, two PBE (pooling on quiet, the bluff); 'mixed' selects the bluff: irresolute threatens 2/3")
  func roundOne() throws {
    let sol = try Self.solved()
    let root = sol.nodes[sol.roots[0]]
    #expect(root.beliefs[0] == [Rational(1, 4), Rational(3, 4)])
    #expect(root.equilibria.map(\.shape) == [.pooling, .semiSeparating])
    #expect(root.equilibria[0].strategies[0] == [[0, 1], [0, 1]].map { $0.map { Rational($0) } })
    let played = try #require(root.played)
    #expect(played.strategies[0] == [[.one, .zero], [Rational(2, 3), Rational(1, 3)]])
    // Values by type: resolved 3/2, irresolute 0; the Challenger 1/4 ex ante.
    #expect(root.values[0][0][0] == Rational(3, 2))
    #expect(root.values[1][0][0] == .zero)
    #expect(Rational(1, 4) * root.values[0][0][1] + Rational(3, 4) * root.values[1][0][1] == Rational(1, 4))
    // Pooling on quiet is worth [1, 0] by type.
    #expect(root.equilibria[0].values[0][0][0] == .one && root.equilibria[0].values[1][0][0] == .zero)
  }

  @Test("round 2: a threat leaves belief resolved 1/3 and is called half the time; quiet reveals irresolution and is pressed")
  func roundTwo() throws {
    let sol = try Self.solved()
    let root = sol.nodes[sol.roots[0]]
    let played = try #require(root.played)
    let afterThreat = sol.nodes[played.children[0][0][0]]
    let afterQuiet = sol.nodes[played.children[1][0][0]]
    #expect(afterThreat.beliefs[0] == [Rational(1, 3), Rational(2, 3)])
    #expect(afterThreat.played?.strategies[1] == [[Rational(1, 2), Rational(1, 2)]])
    #expect(afterQuiet.beliefs[0] == [.zero, .one])
    #expect(afterQuiet.played?.strategies[1] == [[.one, .zero]])
  }
}

extension BluffLadderScenarioTests {
  @Test("by type, exactly as by hand: resolved pressed 1/2; irresolute pressed 2/3 (bluff called 1/3, quiet 1/3), bluffs 2/3")
  func outcomesByType() throws {
    let sol = try Self.solved()
    let s = sol.scenario
    let ends = sol.endStatesByType()
    let pressed = s.stateIndex(named: "pressed")!, quo = s.stateIndex(named: "status-quo")!
    #expect(ends[0][0][pressed] == Rational(1, 2) && ends[0][0][quo] == Rational(1, 2))
    #expect(ends[1][0][pressed] == Rational(2, 3) && ends[1][0][quo] == Rational(1, 3))
    let bluffs = sol.bluffsByType()
    #expect(bluffs.made == [[.zero], [Rational(2, 3)]])
    #expect(bluffs.called == [[.zero], [Rational(1, 3)]])
  }

  @Test("Monte Carlo by type within 4 standard errors of the exact answers (20,000 paths, seed 7); same seed, same counts")
  func monteCarloByType() throws {
    let sol = try Self.solved()
    let sim = TypedSimulation.run(sol, paths: 20_000, seed: 7)
    #expect(sim.completed == 20_000)
    let ends = sol.endStatesByType(), bluffs = sol.bluffsByType()
    for a in 0..<2 {
      let n = Double(sim.paths[a][0])
      #expect(abs(n / 20_000 - sol.scenario.types[0][a].prior.doubleValue) < 4 * (0.25 * 0.75 / 20_000).squareRoot())
      func within(_ count: Int, _ exact: Rational) {
        let p = exact.doubleValue, se = (p * (1 - p) / n).squareRoot()
        #expect(abs(Double(count) / n - p) <= 4 * se + 1e-12, "\(count)/\(n) vs \(exact)")
      }
      for st in sol.scenario.states.indices { within(sim.ends[a][0][st], ends[a][0][st]) }
      within(sim.bluffsMade[a][0], bluffs.made[a][0])
      within(sim.bluffsCalled[a][0], bluffs.called[a][0])
    }
    let again = TypedSimulation.run(sol, paths: 20_000, seed: 7)
    #expect(again.ends == sim.ends && again.bluffsCalled == sim.bluffsCalled)
  }
}

extension BluffLadderScenarioTests {
  @Test("replay: a threat (chance 3/4) moves the belief resolved from 1/4 to 1/3; quiet reveals irresolution")
  func replayBeliefs() throws {
    let text = try String(contentsOf: packageRoot.appendingPathComponent("Scenarios/bluff-ladder.yaml"), encoding: .utf8)
    func replayed(_ first: String) throws -> [TypedSolution.ReplayRound] {
      let script = """

        script:
          - {round: 1, Defender: \(first), Challenger: wait, source: a test}
          - {round: 2, Defender: stand, Challenger: press, source: a test}

        """
      let doc = try ScenarioReader.read(text + script, file: "bluff-ladder.yaml")
      let solution = try TypedSolver.solve(doc.scenario)
      return solution.replay(doc.scenario.history.map { ObservedRound(moves: $0.moves) })
    }
    let threat = try replayed("threaten")
    #expect(threat.count == 2)
    #expect(threat[0].before[0] == [Rational(1, 4), Rational(3, 4)])
    #expect(threat[0].after[0] == [Rational(1, 3), Rational(2, 3)])
    #expect(threat[0].chances[0] == Rational(3, 4))
    #expect(threat[1].chances[1] == Rational(1, 2))
    let quiet = try replayed("quiet")
    #expect(quiet[0].after[0] == [.zero, .one])
    #expect(quiet[1].chances[1] == .one)
  }
}
