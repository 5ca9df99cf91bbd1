import Testing
@testable import BrinkCore

/// The sampler's round of effects visits only the effects that apply in the path's
/// state and draws only for the effects that draw (`LadderBuilder+EffectSchedule.swift`),
/// and holds five to sixteen variables in SIMD lanes (`WideLaneValues`); both must
/// leave every path exactly as before. The references: the tracer, which visits
/// every effect in index order (`PathTracer`), and the loop that holds variables in
/// memory one path at a time (`lanes: false`).
@Suite struct EffectScheduleTests {
  typealias L = CompiledLadder

  /// A crisis with six variables and ten effects of every kind: certain events
  /// copied per state in one round, one that applies everywhere, a certain window
  /// that moves the path every round, a chance of 0, one past the horizon, a drawn
  /// drift, and joint shocks (one certain) that move the path into and out of a
  /// state of its own. `extra` more variables (weighed in the flows, the last one
  /// drifting with the drift effect) fill lanes past the eighth.
  static func crowded(rounds: Int = 12, extra: Int = 0) -> CompiledLadder {
    let extras = (0..<extra).map { L.Variable(name: "extra \($0)", initial: Double($0), payoffWeights: [-0.01 * Double($0), 0.02]) }
    let drift: [L.VariableChange] = extra > 0 ? [.add(5, 0.25), .add(5 + extra, 1)] : [.add(5, 0.25)]
    let moves = [["hold", "escalate"], ["hold", "escalate"]]
    func state(_ name: String, _ outcomes: [L.Outcome]) -> L.State {
      L.State(name: name, moves: moves, escalates: [[false, true], [false, true]], outcomes: outcomes)
    }
    // Outcome order: (hold, hold), (escalate, hold), (hold, escalate), (escalate, escalate).
    let standoff = state("standoff", [
      L.Outcome(payoffs: [1, 1], transitions: [.init(to: 1, probability: 0.5), .init(to: 0, probability: 0.5)]),
      L.Outcome(payoffs: [3, -1], transitions: [.init(to: 2, probability: 0.7), .init(to: 0, probability: 0.3)],
                variableChanges: [.add(0, 100), .set(3, to: 1)]),
      L.Outcome(payoffs: [-1, 3], to: 2, variableChanges: [.add(1, 10), .add(2, 1), .set(5, to: 2)]),
      L.Outcome(payoffs: [-2, -2], to: 2, variableChanges: [.add(0, 100), .add(1, 10)]),
    ])
    let talks = state("talks", [
      L.Outcome(payoffs: [2, 2], transitions: [.init(to: 3, probability: 0.3), .init(to: 1, probability: 0.7)],
                variableChanges: [.set(4, to: 1)]),
      L.Outcome(payoffs: [2.5, 0], to: 0),
      L.Outcome(payoffs: [0, 2.5], to: 5, variableChanges: [.add(2, -1)]),
      L.Outcome(payoffs: [-1, -1], to: 2, variableChanges: [.add(0, 50), .add(2, 1), .add(0, 0.1)]),
    ])
    let escalation = state("escalation", [
      L.Outcome(payoffs: [-1, -1], transitions: [.init(to: 1, probability: 0.3), .init(to: 2, probability: 0.7)]),
      L.Outcome(payoffs: [0, -3], transitions: [.init(to: 4, probability: 0.2), .init(to: 2, probability: 0.8)],
                variableChanges: [.add(5, 0.5)]),
      L.Outcome(payoffs: [-3, 0], transitions: [.init(to: 4, probability: 0.2), .init(to: 2, probability: 0.8)]),
      L.Outcome(payoffs: [-4, -4], transitions: [.init(to: 4, probability: 0.5), .init(to: 2, probability: 0.5)],
                variableChanges: [.set(0, to: 157), .set(1, to: 125), .add(0, 3), .set(0, to: 160.5)]),
    ])
    let inForce = state("in force", [
      L.Outcome(payoffs: [3, 3], transitions: [.init(to: 3, probability: 0.2), .init(to: 5, probability: 0.8)]),
      L.Outcome(payoffs: [1, -2], to: 2, variableChanges: [.add(3, 1)]),
      L.Outcome(payoffs: [-2, 1], to: 2),
      L.Outcome(payoffs: [-1, -1], to: 0, variableChanges: [.set(4, to: 0)]),
    ])
    let deal = L.State(name: "deal", isTerminal: true, terminalPayoffs: [10, 10])
    let war = L.State(name: "war", isTerminal: true, terminalPayoffs: [-50, -50])
    let mix: [[Double]] = [[0.7, 0.3], [0.8, 0.2], [0.5, 0.5], [], [], [0.6, 0.4]]
    let mix2: [[Double]] = [[0.6, 0.4], [0.9, 0.1], [0.4, 0.6], [], [], [0.7, 0.3]]
    return try! CompiledLadder(
      states: [standoff, talks, escalation, deal, war, inForce], initialState: 0,
      variables: [
        L.Variable(name: "US tariff", initial: 30, payoffWeights: [-0.001, -0.002]),
        L.Variable(name: "China tariff", initial: 10, payoffWeights: [-0.002, -0.001]),
        L.Variable(name: "controls", initial: 1, payoffWeights: [-0.5, -0.25]),
        L.Variable(name: "fees", initial: 1), L.Variable(name: "summit", initial: 0),
        L.Variable(name: "risk", initial: 0, payoffWeights: [-1, -1]),
      ] + extras,
      strategies: [.stationary(mix), .stationary(mix2)],
      rounds: rounds, discount: 0.95,
      effects: [
        .event("deadline", round: 2, fromStates: [0], toState: 2, variableChanges: [.add(0, 100), .set(5, to: 1)]),
        .event("deadline", round: 2, fromStates: [1, 5], variableChanges: [.add(0, 50)]),
        .event("expiry", round: 4, variableChanges: [.add(0, 24), .add(1, 24)]),
        L.RoundEffect(name: "stage", probability: 1, firstRound: 3, lastRound: 6, fromStates: [2], toState: 1,
                      variableChanges: [.add(2, 1)]),
        L.RoundEffect(name: "never", probability: 0, firstRound: 0, lastRound: 9, fromStates: [0], toState: 4),
        .event("past the horizon", round: 50, toState: 4),
        L.RoundEffect(name: "drift", probability: 0.3, firstRound: 1, lastRound: 8, fromStates: [0, 2],
                      variableChanges: drift),
        L.RoundEffect(name: "called off", probability: 0.2, firstRound: 0, lastRound: 5, fromStates: [1], toState: 0,
                      firesFrom: [1]),
        L.RoundEffect(name: "incident", probability: 0.1, firstRound: 0, lastRound: 11, fromStates: [0, 1, 2, 5],
                      toState: 5, firesFrom: [0, 2]),
        L.RoundEffect(name: "incident", probability: 1, firstRound: 3, lastRound: 3, fromStates: [5], toState: 2,
                      variableChanges: [.set(3, to: 0)], firesFrom: [5]),
      ])
  }

  @Test func theScheduleIndexesTheEffects() {
    let tables = Self.crowded().tables
    // Drawn: a chance below 1 with a window inside the horizon (a chance of 0 draws too).
    #expect(tables.drawnEffects == [4, 6, 7, 8])
    // Certain effects fire in rounds 2 (the deadlines), 3–6 (the stage), 4 (the
    // expiry) and 3 (the certain incident); never after round 6.
    let never = Int.max
    #expect(tables.certainFiringFrom == [2, 2, 2, 3, 4, 5, 6, never, never, never, never, never, never])
    func applying(_ s: Int) -> [Int32] {
      Array(tables.effectsByState[Int(tables.effectsByStateStart[s])..<Int(tables.effectsByStateStart[s + 1])])
    }
    #expect(applying(0) == [0, 2, 4, 5, 6, 8])
    #expect(applying(1) == [1, 2, 5, 7, 8])
    #expect(applying(3).isEmpty && applying(4).isEmpty)  // terminal: nothing acts
    #expect(applying(5) == [1, 2, 5, 8, 9])
  }

  @Test(arguments: [true, false], [UInt64(1), 42, 0xDEAD_BEEF])
  func theTracerVisitingEveryEffectGivesTheSamePaths(fused: Bool, seed: UInt64) {
    let ladder = Self.crowded()
    let paths = 4_000
    let run = Simulator.run(ladder, paths: paths, seed: seed, threads: 2, shard: nil, fused: fused,
                            shouldContinue: { true }, progress: { _, _ in })
    let traced = PathTracerTests.tally(PathTracer(ladder: ladder, seed: seed, fused: fused), 0..<paths)
    #expect(traced.effectFires == run.effectFires)
    #expect(traced == run)
    // Every kind of effect acted, except the chance of 0 and the one past the horizon.
    #expect(run.effectFires.enumerated().allSatisfy { ($0.offset == 4 || $0.offset == 5) == ($0.element == 0) })
  }

  /// Six variables, and eleven (the upper lanes in use), over 12 and 3 rounds.
  @Test(arguments: [12, 3], [0, 5])
  func wideLanesGiveTheVariablesInMemory(rounds: Int, extra: Int) throws {
    let ladder = Self.crowded(rounds: rounds, extra: extra)
    // Up to three changes of one outcome to one variable: three maps.
    #expect(ladder.tables.lanes == nil && ladder.tables.wideLanes?.first?.layers == 3)
    var sampler = PathSampler(ladder, fused: true, seed: 3)
    #expect(sampler.useWideLanes && sampler.useLanes)
    _ = sampler.finish()
    let paths = 2 * Simulator.chunkLength(rounds: ladder.rounds) + 7
    func run(threads: Int, lanes: Bool, fused: Bool = true) -> SimulationStatistics {
      Simulator.run(ladder, paths: paths, seed: 3, threads: threads, shard: nil, fused: fused, lanes: lanes,
                    shouldContinue: { true }, progress: { _, _ in })
    }
    let inMemory = try SimulatorDeterminismTests.json(run(threads: 1, lanes: false))
    #expect(try SimulatorDeterminismTests.json(run(threads: 1, lanes: true)) == inMemory)
    #expect(try SimulatorDeterminismTests.json(run(threads: 2, lanes: true)) == inMemory)
    // Move by move too.
    #expect(try SimulatorDeterminismTests.json(run(threads: 1, lanes: true, fused: false))
      == SimulatorDeterminismTests.json(run(threads: 1, lanes: false, fused: false)))
  }

  /// Four variables or fewer keep `LaneValues`; more than sixteen stay in memory.
  @Test func theWidthFollowsTheVariables() {
    #expect(LadderFixtures.crisis().tables.lanes != nil && LadderFixtures.crisis().tables.wideLanes == nil)
    #expect(Self.crowded(extra: 10).tables.wideLanes != nil)  // sixteen
    let seventeen = Self.crowded(extra: 11)
    #expect(seventeen.tables.lanes == nil && seventeen.tables.wideLanes == nil)
    var sampler = PathSampler(seventeen, fused: true, seed: 3)
    #expect(!sampler.useWideLanes && !sampler.useLanes)
    _ = sampler.finish()
  }
}
