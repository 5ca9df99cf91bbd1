#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import BigInt
import Testing

@testable import BrinkCore

/// The replay's scores (`PathScore`, `PathLikelihood`'s decision/chance split,
/// `RecordScoring`), on scenarios worked by hand.
@Suite struct PathScoreTests {
  typealias S = EscalationTestScenarios

  /// One state `s`, A and B each `go` or `stop`. A always goes; B goes with 3/4.
  /// `go/go` ends the game (`end`) with chance 1/2, else stays; every other joint
  /// move stays. Three rounds.
  static func handWorked() -> EscalationScenario {
    let moves = [[Move(name: "go"), Move(name: "stop")], [Move(name: "go"), Move(name: "stop")]]
    let s = EscalationState(name: "s", moves: moves, outcomes: [
      [JointOutcome(payoffs: [1, 2], transition: .lottery([(1, S.r(1, 2)), (0, S.r(1, 2))])), JointOutcome(S.r(0), S.r(0), to: 0)],
      [JointOutcome(S.r(0), S.r(0), to: 0), JointOutcome(S.r(0), S.r(0), to: 0)],
    ])
    let a = PlayerBehaviour(model: .fixed(strategies: [[1, 0], nil]))
    let b = PlayerBehaviour(model: .fixed(strategies: [[S.r(3, 4), S.r(1, 4)], nil]))
    return EscalationScenario(players: ["A", "B"], states: [s, .terminal("end")],
                              calendar: ScenarioCalendar(start: S.start, rounds: 3), behaviours: [a, b])
  }

  @Test func handWorkedSurprisePerRound() throws {
    // Record: both go in rounds 1 and 2, the game in s at the start of each.
    // Round 1: decisions A go (1) · B go (3/4) = 3/4, −log₂ 3/4 = 0.415037 bits;
    //          chance: go/go stays in s (as round 2 records) with 1/2: 1 bit;
    //          the round: 3/8, 1.415037 bits.
    // Round 2: decisions 3/4 again, 0.415037 bits; chance: nothing recorded after,
    //          so 1: 0 bits; the round: 3/4.
    // Whole: 9/32, ln 9/32 = −1.268511, 1.830075 bits = 0.830075 decisions + 1 chance.
    let solved = try EscalationSolver.solve(Self.handWorked())
    let path = [ObservedRound(moves: ["go", "go"], state: 0), ObservedRound(moves: ["go", "go"], state: 0)]
    let likelihood = solved.likelihood(of: path)
    #expect(likelihood.exactRoundProbabilities == [S.r(3, 8), S.r(3, 4)])
    #expect(likelihood.exactDecisionProbabilities == [S.r(3, 4), S.r(3, 4)])
    let score = try #require(likelihood.score)
    let log2of34 = log(0.75) / log(2.0)
    #expect(abs(score.rounds[0]!.surprise - (1 - log2of34)) < 1e-12)
    #expect(abs(score.rounds[0]!.decisions + log2of34) < 1e-12)
    #expect(abs(score.rounds[0]!.chance! - 1) < 1e-12)
    #expect(abs(score.rounds[1]!.surprise + log2of34) < 1e-12)
    #expect(abs(score.rounds[1]!.chance!) < 1e-12)
    #expect(abs(score.logLikelihood - log(9.0 / 32)) < 1e-12)
    #expect(abs(score.bits - 1.830_074_998_557_688) < 1e-12)
    #expect(abs(score.decisionBits - 0.830_074_998_557_688) < 1e-12)
    #expect(abs(score.chanceBits - 1) < 1e-12)
  }

  /// decisions + chance = surprise, round by round and in total, on scenarios with
  /// sequential moves, trembles, lotteries and unknown moves.
  @Test func decisionsAndChanceAddUpToTheSurprise() throws {
    let cases: [(EscalationScenario, [ObservedRound])] = [
      (S.tremblingChallenge(firstMover: 0), [
        ObservedRound(moves: ["escalate", "escalate"], state: 0), ObservedRound(moves: ["hold", nil]),
        ObservedRound(moves: ["escalate", "hold"]),
      ]),
      (S.standoff(selection: .mixed), [ObservedRound(moves: ["escalate", "escalate"]), ObservedRound(moves: [nil, nil], state: 0)]),
      (Self.handWorked(), [ObservedRound(moves: [nil, "go"]), ObservedRound(moves: ["go", "stop"], state: 0)]),
    ]
    for (scenario, path) in cases {
      for variant in [scenario] + ScenarioBaseline.allCases.map({ $0.apply(to: scenario) }) {
        let score = try #require(try EscalationSolver.solve(variant).likelihood(of: path).score)
        for case let round? in score.rounds where round.surprise.isFinite {
          #expect(abs(round.decisions + round.chance! - round.surprise) < 1e-9)
        }
        if !score.isImpossible {
          #expect(abs(score.decisionBits + score.chanceBits - score.bits) < 1e-9)
          #expect(abs(score.rounds.compactMap { $0?.surprise }.reduce(0, +) - score.bits) < 1e-9)
        }
      }
    }
  }

  /// The record follows the model's equilibrium (the US holds twice, as it should
  /// looking ahead): the model gives it probability 1, 0 bits; uniform play gives
  /// each US decision 1/2 (China has one move), 2 bits in all, and loses;
  /// short-sighted play rules the first round out; no-tremble is the model.
  @Test func aBaselineThatShouldLoseLoses() throws {
    let scenario = ScenarioBaselineTests.temptation()
    let solved = try EscalationSolver.solve(scenario)
    let path = solved.observedHistory()
    let model = try #require(solved.likelihood(of: path).score)
    let baselines = RecordScoring.baselines(of: scenario, path: path)
    #expect(baselines.map(\.kind) == ScenarioBaseline.allCases.map { .baseline($0) })
    let uniform = try #require(baselines[0].score)
    #expect(model.bits == 0 && abs(uniform.bits - 2) < 1e-12)
    #expect(uniform.logLikelihood < model.logLikelihood)
    #expect(uniform.decisionBits == 2 && uniform.chanceBits == 0)
    #expect(baselines[1].score?.isImpossible == true && baselines[1].score?.impossibleRound == 0)
    #expect(baselines[1].score?.rounds[0]?.chance == nil)  // the decision ruled it out
    #expect(baselines[2].score == model)
  }

  /// The log of a probability far below the smallest Double, from its bit lengths.
  @Test func logOfTinyRationals() {
    let tiny = Rational(BigInt(3), BigInt(1) << 5000)
    #expect(tiny.doubleValue == 0)
    #expect(abs(tiny.naturalLog - (log(3.0) - 5000 * log(2.0))) < 1e-9)
    #expect(abs(tiny.log2 - (log(3.0) / log(2.0) - 5000)) < 1e-9)
    #expect(Rational(0).naturalLog == -.infinity)
    #expect(abs(Rational(9, 32).naturalLog - log(9.0 / 32)) < 1e-15)
    let near = Rational(BigInt(1) << 3000 + 1, BigInt(1) << 3000)  // 1 + 2⁻³⁰⁰⁰
    #expect(near.naturalLog == 0)
  }

  /// A long record under a floating-point (logit) model: each round 1/4 (λ = 0 is
  /// uniform play), 1,500 rounds, probability 2⁻³⁰⁰⁰, which underflows a Double;
  /// the rescaled forward pass still gives every round and the log.
  @Test func longRecordsDoNotUnderflow() throws {
    let logit = PlayerBehaviour(model: .logit(lambda: 0))
    let solved = try EscalationSolver.solve(S.prisonersDilemma(rounds: 1500, behaviours: [logit, logit]))
    #expect(!solved.isExact)
    let path = Array(repeating: ObservedRound(moves: ["hold", "escalate"]), count: 1500)
    let likelihood = solved.likelihood(of: path)
    #expect(likelihood.probability == 0)
    #expect(likelihood.roundProbabilities.allSatisfy { abs($0! - 0.25) < 1e-12 })
    #expect(abs(likelihood.logProbability + 3000 * log(2.0)) < 1e-6)
    let score = try #require(likelihood.score)
    #expect(abs(score.bits - 3000) < 1e-6 && abs(score.decisionBits - 3000) < 1e-6)
  }

  @Test func recordsCarryOverToOtherScenariosByStateName() throws {
    let a = S.standoff(selection: .mixed)
    var b = a
    b.states.swapAt(1, 2)  // deal and war change places
    let path = [ObservedRound(moves: ["hold", "hold"], state: 0), ObservedRound(moves: [nil, nil], state: 1)]
    #expect(try RecordScoring.translate(path, from: a, to: b).get().map(\.state) == [0, 2])
    b.states[1].name = "peace"
    #expect(throws: RecordScoring.MissingStates(names: ["war"])) {
      _ = try RecordScoring.translate([ObservedRound(moves: [nil, nil], state: 2)], from: a, to: b).get()
    }
  }
}
