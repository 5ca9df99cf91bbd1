import Testing
@testable import BrinkCore

/// "Most frequent paths" list the states a path played in, then where it ended —
/// never a state that the round's shocks moved the path out of before it played
/// there (issue 10, item 9).
@Suite("Top paths: only states played in, and the end")
struct TopPathsTests {
  typealias S = EscalationTestScenarios
  static func r(_ n: Int, _ d: Int = 1) -> Rational { Rational(n, d) }

  /// talks (0) leads to x (1) whatever is played; x and y (2) stay. Shock "jolt"
  /// (1/2, from x) moves the path to y at the start of a round. Two rounds: a path
  /// plays talks, lands in x, and in round 2 is either jolted to y before playing
  /// (talks > y) or plays x (talks > x). "talks > x > y" would list x, never played.
  /// With `jolted from start`, the start itself is x: jolted at once, a path never
  /// plays x (y alone).
  static func scenario(startInX: Bool = false) -> EscalationScenario {
    let to = { (s: Int) in [[(r(0), r(0), Transition.to(s)), (r(0), r(0), .to(s))],
                            [(r(0), r(0), .to(s)), (r(0), r(0), .to(s))]] }
    return EscalationScenario(
      players: ["US", "China"],
      states: [S.holdEscalate("talks", to(1)), S.holdEscalate("x", to(1)), S.holdEscalate("y", to(2))],
      initialState: startInX ? 1 : 0,
      calendar: ScenarioCalendar(start: S.start, rounds: 2),
      shocks: [RandomShock(name: "jolt", probability: r(1, 2), states: [1], effect: EventEffect(moveTo: 2))])
  }

  static func paths(_ scenario: EscalationScenario, fused: Bool = true) throws -> [[String]: Int] {
    let compiled = try EscalationSolver.solve(scenario).compiledScenario()
    let stats = Simulator.run(compiled.ladder, paths: 4000, seed: 3, threads: 1, shard: nil, fused: fused,
                              shouldContinue: { true }, progress: { _, _ in })
    var counts = [[String]: Int]()
    for p in compiled.summary(stats, scenario: scenario).topPaths { counts[p.states] = p.count }
    return counts
  }

  @Test("a state the path was moved out of before playing is not listed", arguments: [true, false])
  func landedThenMoved(fused: Bool) throws {
    let counts = try Self.paths(Self.scenario(), fused: fused)
    #expect(Set(counts.keys) == [["talks", "y"], ["talks", "x"]])
    #expect(counts.values.reduce(0, +) == 4000)
  }

  @Test("a start the path was moved out of at once is not listed", arguments: [true, false])
  func startMoved(fused: Bool) throws {
    let counts = try Self.paths(Self.scenario(startInX: true), fused: fused)
    // Jolted in round 1: y from the start; else x played, then jolted or not in round 2.
    #expect(Set(counts.keys) == [["y"], ["x"], ["x", "y"]])
  }

  /// The tracer keeps the same states as the sampler (`TracedPath.visited`).
  @Test func tracerAgrees() throws {
    let compiled = try EscalationSolver.solve(Self.scenario()).compiledScenario()
    let tracer = PathTracer(ladder: compiled.ladder, seed: 3)
    for i in 0..<200 {
      let visited = tracer.trace(path: i).visited.map { compiled.ladder.stateNames[$0] }
      #expect(visited == ["talks", "y"] || visited == ["talks", "x"], "path \(i): \(visited)")
    }
  }
}
