import BrinkCore
import BrinkFormats
import Testing

/// The ladder benchmark (`Fixtures/ladder-benchmark.yaml`, a copy of the project's
/// `shared/bench/ladder.yaml`, which `brink-bench --ladder` times): the exact solve
/// and its Markov chain must give the answers its header states, so the benchmark
/// times the model it claims to, and the Monte Carlo must agree with them.
@Suite struct LadderBenchmarkScenarioTests {
  /// The header's exact answers at 20 rounds, to the digits it gives.
  static let deal = 0.3512415, rupture = 0.6434822, ongoing = 0.0052763
  static let meanRounds = 5.653390, payoffA = -0.7166393, payoffB = -5.5574245

  static func solved() throws -> SolvedScenario {
    let doc = try ScenarioReader.read(Fixtures.text("ladder-benchmark.yaml"), file: "ladder-benchmark.yaml")
    return try EscalationSolver.solve(doc.scenario)
  }

  static func index(_ solved: SolvedScenario, _ name: String) -> Int {
    solved.scenario.states.firstIndex { $0.name == name }!
  }

  @Test("the exact solve reproduces the header's answers")
  func exactAnswers() throws {
    let solved = try Self.solved()
    #expect(solved.isExact)
    #expect(solved.horizon == 20)
    let chain = LadderMarkovChain(solved)
    let end = try #require(chain.exactStates?[20])
    let states = solved.scenario.states
    // Half a unit in the last digit given.
    #expect(abs(end[Self.index(solved, "deal")].doubleValue - Self.deal) <= 5e-8)
    #expect(abs(end[Self.index(solved, "rupture")].doubleValue - Self.rupture) <= 5e-8)
    let ongoing = states.indices.filter { !states[$0].isTerminal }.reduce(Rational.zero) { $0 + end[$1] }
    #expect(abs(ongoing.doubleValue - Self.ongoing) <= 5e-8)
    #expect(end.reduce(Rational.zero, +) == Rational(1, 1))
    // Round t is played by the paths in a non-terminal state at its start.
    var rounds = Rational.zero
    for t in 0..<20 {
      for s in states.indices where !states[s].isTerminal { rounds = rounds + chain.exactStates![t][s] }
    }
    #expect(abs(rounds.doubleValue - Self.meanRounds) <= 5e-7)
    let payoffs = try #require(solved.exactExpectedValues)
    #expect(abs(payoffs[0].doubleValue - Self.payoffA) <= 5e-8)
    #expect(abs(payoffs[1].doubleValue - Self.payoffB) <= 5e-8)
  }

  @Test("the Monte Carlo agrees with the header's answers within 4 standard errors")
  func monteCarloAnswers() throws {
    let solved = try Self.solved()
    let compiled = try solved.compiledScenario()
    #expect(compiled.approximations.isEmpty)
    let statistics = Simulator.run(compiled.ladder, paths: 100_000, seed: 11, threads: 2)
    let summary = compiled.summary(statistics, scenario: solved.scenario)
    let n = Double(statistics.pathsCompleted)
    #expect(n == 100_000)
    for (name, p) in [("deal", Self.deal), ("rupture", Self.rupture)] {
      let q = Double(try #require(summary.outcomes.first { $0.state == name }).count) / n
      #expect(abs(q - p) <= 4 * (p * (1 - p) / n).squareRoot(), "\(name): \(q) vs \(p)")
    }
    for (i, exact) in [Self.payoffA, Self.payoffB].enumerated() {
      let mean = try #require(summary.payoffs[i].mean), error = try #require(summary.payoffs[i].standardError)
      #expect(abs(mean - exact) <= 4 * error, "payoff \(i): \(mean) ± \(error) vs \(exact)")
    }
    // Rounds played: a path absorbed at round t played t, the others all 20.
    var histogram = [Int](repeating: 0, count: 21)
    for row in statistics.absorbed { for (t, c) in row.enumerated() { histogram[t] += c } }
    histogram[20] += statistics.horizonEnd.reduce(0, +)
    #expect(histogram.enumerated().reduce(0) { $0 + $1.offset * $1.element } == statistics.pathRounds)
    let mean = Double(statistics.pathRounds) / n
    let variance = histogram.enumerated().reduce(0.0) { $0 + Double($1.element) * pow2(Double($1.offset) - mean) } / (n - 1)
    #expect(abs(mean - Self.meanRounds) <= 4 * (variance / n).squareRoot(), "mean rounds \(mean) vs \(Self.meanRounds)")
  }
}

private func pow2(_ x: Double) -> Double { x * x }
