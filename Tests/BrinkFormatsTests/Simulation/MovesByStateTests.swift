import BrinkCore
import BrinkFormats
import Foundation
import Testing

/// `simulate`'s move frequencies by state (`SimulationSummary.StateMoves`, issue 12)
/// against the exact ones (`LadderMarkovChain.expectedJointMoves`, from the solved
/// strategies): every sampled joint-move count lies within 4 standard errors of its
/// expectation, and a move never played in expectation is never sampled.
///
/// The count of a cell is a sum over n independent paths of X, the rounds a path
/// plays that cell, with 0 ≤ X ≤ T (the horizon); so Var X ≤ E[X²] ≤ T·E[X], and the
/// standard error of the count is at most √(n·T·E[X]) — exact for one round
/// (Bernoulli: p(1 − p) ≤ p), an upper bound for more.
@Suite struct MovesByStateTests {
  static func document(_ name: String) throws -> ScenarioDocument {
    let text = try String(contentsOf: packageRoot.appendingPathComponent("Scenarios/\(name).yaml"), encoding: .utf8)
    return try ScenarioReader.read(text, file: "\(name).yaml")
  }

  /// Simulates `scenario` and checks every state's joint moves and margins.
  static func check(_ scenario: EscalationScenario, paths n: Int = 20_000) throws -> SimulationSummary {
    let solved = try EscalationSolver.solve(scenario)
    let compiled = try solved.compiledScenario()
    let statistics = Simulator.run(compiled.ladder, paths: n, seed: 11, threads: 2)
    let summary = compiled.summary(statistics, scenario: scenario)
    let exact = LadderMarkovChain(solved).expectedJointMoves(solved)
    let T = Double(scenario.calendar.rounds)
    var rounds = 0
    for (s, state) in scenario.states.enumerated() where !state.isTerminal {
      let expectedRounds = exact[s].joined().reduce(0, +) * Double(n)
      guard let sampled = summary.moves.first(where: { $0.state == state.name }) else {
        #expect(expectedRounds < 1e-9, "\(state.name): played in expectation, never sampled")
        continue
      }
      rounds += sampled.rounds
      for (i, row) in state.moves[0].enumerated() {
        for (j, column) in state.moves[1].enumerated() {
          let count = Double(sampled.joint[sampled.moves[0].firstIndex(of: row.name)!][sampled.moves[1].firstIndex(of: column.name)!])
          let expected = exact[s][i][j] * Double(n)
          let se = (T * expected).squareRoot()
          #expect(abs(count - expected) <= 4 * se + 1e-6, "\(state.name) \(row.name)/\(column.name): \(count) sampled, \(expected) expected")
        }
      }
      // Each side's counts are the margins of the joint ones.
      #expect(sampled.counts[0] == sampled.joint.map { $0.reduce(0, +) })
      #expect(sampled.counts[1] == sampled.moves[1].indices.map { j in sampled.joint.reduce(0) { $0 + $1[j] } })
      #expect(sampled.counts[0].reduce(0, +) == sampled.rounds)
    }
    #expect(rounds == summary.pathRounds)
    return summary
  }

  @Test("library scenarios: moves by state within 4 standard errors of the exact ones",
        arguments: ["geneva-truce-2025-05", "audience-cost", "chosen-risk", "deterrence", "chicken", "stag-hunt"])
  func library(_ name: String) throws {
    _ = try Self.check(Self.document(name).scenario)
  }

  /// The iterated prisoner's dilemma with tit-for-tat and trembles: reactive play,
  /// so the rounds are not independent; its cooperation rate is the exact share
  /// of the cooperative move within the same bound.
  @Test func iteratedPrisonersDilemmaWithTrembles() throws {
    var scenario = try Self.document("prisoners-dilemma").scenario
    for p in 0..<2 {
      scenario.behaviours[p].model = .titForTat
      scenario.behaviours[p].tremble = Rational(1, 10)
    }
    let n = 20_000
    let summary = try Self.check(scenario, paths: n)
    let cooperation = try #require(summary.cooperation)
    #expect(cooperation.game == "Prisoner's Dilemma")
    #expect(cooperation.moves == ["cooperate", "cooperate"])
    let solved = try EscalationSolver.solve(scenario)
    let exact = LadderMarkovChain(solved).expectedJointMoves(solved)[0]
    let rounds = Double(summary.moves[0].rounds)
    // Each player's cooperative move is listed first (cooperate, defect).
    let expected = [exact[0].reduce(0, +), exact.reduce(0) { $0 + $1[0] }].map { $0 * Double(n) }
    for p in 0..<2 {
      let se = (10 * expected[p]).squareRoot()
      #expect(abs(cooperation.rates[p] * rounds - expected[p]) <= 4 * se, "player \(p)")
    }
    #expect(abs(cooperation.both * rounds - exact[0][0] * Double(n)) <= 4 * (10 * exact[0][0] * Double(n)).squareRoot())
  }

  /// A scenario that is not a classic dilemma has no cooperation rate.
  @Test func noCooperationRateOutsideTheClassics() throws {
    #expect(try Self.check(Self.document("deterrence").scenario).cooperation == nil)
  }
}
