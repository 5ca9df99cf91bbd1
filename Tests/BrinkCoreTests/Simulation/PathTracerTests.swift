import Testing
@testable import BrinkCore

/// The tracer must reproduce exactly the paths `Simulator.run` ran: tallied, the
/// traced paths give the simulator's statistics field for field (occupancy by
/// round, absorption by round, horizon ends, payoff and end-value sums as
/// fixed-point integers, path keys, effect firings).
@Suite struct PathTracerTests {
  typealias S = EscalationTestScenarios

  struct Case: CustomTestStringConvertible, Sendable {
    var name: String
    var ladder: @Sendable () throws -> CompiledLadder
    var fused: Bool
    var testDescription: String { name + (fused ? "" : " (move by move)") }
  }

  static let cases: [Case] = [
    Case(name: "crisis with a shock", ladder: { LadderFixtures.crisis() }, fused: true),
    Case(name: "crisis with a shock", ladder: { LadderFixtures.crisis() }, fused: false),
    Case(name: "reactive crisis", ladder: { LadderFixtures.reactiveCrisis() }, fused: true),
    Case(name: "reactive crisis", ladder: { LadderFixtures.reactiveCrisis() }, fused: false),
    Case(name: "calendar-driven scenario", ladder: { try EscalationSolver.solve(S.calendarDriven()).compiledScenario().ladder },
         fused: true),
    Case(name: "standoff (mixed)", ladder: { try EscalationSolver.solve(S.standoff(selection: .mixed)).compiledScenario().ladder },
         fused: true),
    Case(name: "sequential, player 0 leads", ladder: { try EscalationSolver.solve(S.tremblingChallenge(firstMover: 0)).compile() },
         fused: true),
    Case(name: "sequential, player 0 leads", ladder: { try EscalationSolver.solve(S.tremblingChallenge(firstMover: 0)).compile() },
         fused: false),
    Case(name: "sequential, player 1 leads", ladder: { try EscalationSolver.solve(S.tremblingChallenge(firstMover: 1)).compile() },
         fused: true),
    Case(name: "sequential, player 1 leads", ladder: { try EscalationSolver.solve(S.tremblingChallenge(firstMover: 1)).compile() },
         fused: false),
    Case(name: "prisoner's dilemma", ladder: { try EscalationSolver.solve(S.prisonersDilemma(rounds: 6)).compiledScenario().ladder },
         fused: false),
  ]

  /// The statistics of the traced paths `range`.
  static func tally(_ tracer: PathTracer, _ range: Range<Int>) -> SimulationStatistics {
    var statistics = SimulationStatistics(ladder: tracer.ladder, seed: tracer.seed, pathsRequested: range.count)
    for i in range { statistics.add(tracer.trace(path: i)) }
    statistics.addRun(range)
    return statistics
  }

  @Test(arguments: cases, [UInt64(1), 42, 0xDEAD_BEEF])
  func tracedPathsGiveTheSimulatorsStatistics(_ c: Case, seed: UInt64) throws {
    let ladder = try c.ladder()
    let paths = 3_000
    let run = Simulator.run(ladder, paths: paths, seed: seed, threads: 2, shard: nil, fused: c.fused,
                            shouldContinue: { true }, progress: { _, _ in })
    let tracer = PathTracer(ladder: ladder, seed: seed, fused: c.fused)
    let traced = Self.tally(tracer, 0..<paths)
    #expect(traced.occupancy == run.occupancy)
    #expect(traced.absorbed == run.absorbed)
    #expect(traced.horizonEnd == run.horizonEnd)
    #expect(traced.payoffSums == run.payoffSums && traced.payoffSquares == run.payoffSquares)
    #expect(traced.variables == run.variables)
    #expect(traced.paths == run.paths)
    #expect(traced.effectFires == run.effectFires)
    #expect(traced == run)
    // Not true of any other stream: when paths vary at all, another seed's paths tally differently.
    let varied = Set((0..<50).map { tracer.trace(path: $0).visited }).count > 1
    if varied {
      #expect(Self.tally(PathTracer(ladder: ladder, seed: seed &+ 1, fused: c.fused), 0..<paths) != run)
    }
  }

  @Test func aShardTracesItsOwnPaths() throws {
    let ladder = LadderFixtures.reactiveCrisis()
    let shard = try #require(Simulator.Shard(index: 2, count: 3))
    let run = Simulator.run(ladder, paths: 10_000, seed: 5, shard: shard)
    let range = shard.range(of: 10_000)
    #expect(Self.tally(PathTracer(ladder: ladder, seed: 5), range) == run)
  }

  /// Independent of the tally above: counts taken straight from the traced paths
  /// match the report's outcomes, state occupancy by round and most frequent paths.
  @Test func theReportsTablesAreTheTalliesOfTheTracedPaths() throws {
    let ladder = LadderFixtures.crisis()
    let paths = 5_000
    let summary = SimulationSummary(Simulator.run(ladder, paths: paths, seed: 9), ladder: ladder)
    let tracer = PathTracer(ladder: ladder, seed: 9)
    var ends = [Int](repeating: 0, count: ladder.stateCount)
    var byRound = [[Int]](repeating: [Int](repeating: 0, count: ladder.stateCount), count: ladder.rounds)
    var sequences: [[String]: Int] = [:]
    var fired = 0
    for i in 0..<paths {
      let path = tracer.trace(path: i)
      ends[path.endState] += 1
      for (t, s) in path.states.enumerated() { byRound[t][s] += 1 }
      sequences[path.visited.map { ladder.stateNames[$0] }, default: 0] += 1
      fired += path.firings.count
    }
    for outcome in summary.outcomes {
      let s = try #require(ladder.stateNames.firstIndex(of: outcome.state))
      #expect(outcome.count == ends[s], "\(outcome.state)")
    }
    for t in 0..<ladder.rounds {
      for s in 0..<ladder.stateCount where !ladder.isTerminal[s] {
        #expect(summary.stateProbabilities[t][s] == Double(byRound[t][s]) / Double(paths), "round \(t) \(ladder.stateNames[s])")
      }
    }
    #expect(!summary.topPaths.isEmpty)
    for top in summary.topPaths {
      #expect(!top.truncated)
      #expect(top.count == sequences[top.states], "\(top.states)")
    }
    #expect(summary.effects.map(\.fires).reduce(0, +) == fired && fired > 0)
  }

  @Test func aPathsRecordIsConsistent() throws {
    let ladder = LadderFixtures.crisis()
    let tracer = PathTracer(ladder: ladder, seed: 3)
    for i in 0..<500 {
      let path = tracer.trace(path: i)
      #expect(path.index == i && path.moves.count == path.roundsPlayed)
      #expect(path.visited.first == ladder.initialState && path.visited.last == path.endState)
      #expect(path.absorbedAt == nil ? path.roundsPlayed == ladder.rounds : ladder.isTerminal[path.endState])
      for (t, s) in path.states.enumerated() {
        #expect(!ladder.isTerminal[s])
        #expect(path.moves[t].first < ladder.moveNames[s][0].count && path.moves[t].second < ladder.moveNames[s][1].count)
      }
      #expect(tracer.trace(path: i) == path)
    }
  }
}
