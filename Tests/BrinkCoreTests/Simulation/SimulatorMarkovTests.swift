import Testing
@testable import BrinkCore

/// Simulated frequencies against exact probabilities of the Markov chain a ladder
/// induces, computed here by propagating the state distribution round by round.
/// Bands are 5 standard errors (a false failure about once in 1.7 million checks).
@Suite struct SimulatorMarkovTests {
  typealias L = CompiledLadder
  static let paths = 200_000

  static func band(_ p: Double, _ n: Int) -> Double { 5 * (p * (1 - p) / Double(n)).squareRoot() + 1e-4 }

  // MARK: - A three-state chain with per-round strategies, an event and a shock.

  /// States: A (0), B (1), end (2, terminal). Outcome order (a, b) with a fastest.
  static let outcomesA: [(payoffs: [Double], next: [Double])] = [
    ([1, 1], [0.5, 0.5, 0]), ([2, 0], [0, 1, 0]), ([0, 2], [0.8, 0, 0.2]), ([-1, -1], [0, 0.5, 0.5]),
  ]
  static let outcomesB: [(payoffs: [Double], next: [Double])] = [
    ([3, 1], [1, 0, 0]), ([0, 0], [0, 0.9, 0.1]), ([1, 3], [0, 1, 0]), ([-2, -2], [0, 0, 1]),
  ]
  static let rounds = 12
  static let discount = 0.9
  /// Player 0's chance of escalating changes with the round (a `.byRound` strategy).
  static func escalate0(_ t: Int) -> Double { 0.2 + 0.1 * Double(t % 4) }
  static let escalate1 = 0.7
  static let shockProbability = 0.25

  static func chainLadder() throws -> CompiledLadder {
    func state(_ name: String, _ table: [(payoffs: [Double], next: [Double])]) -> L.State {
      L.State(
        name: name, moves: [["hold", "escalate"], ["hold", "escalate"]],
        outcomes: table.enumerated().map { j, o in
          L.Outcome(
            payoffs: o.payoffs,
            transitions: o.next.enumerated().map { L.Transition(to: $0.offset, probability: $0.element) },
            variableChanges: j == 3 ? [.add(0, 1)] : [])
        })
    }
    let perRound = (0..<rounds).map { t in [[1 - escalate0(t), escalate0(t)], [1 - escalate0(t), escalate0(t)], []] }
    return try CompiledLadder(
      states: [state("A", outcomesA), state("B", outcomesB), L.State(name: "end", isTerminal: true, terminalPayoffs: [5, -5])],
      initialState: 0,
      variables: [L.Variable(name: "mutual escalations", initial: 0)],
      strategies: [.byRound(perRound), .stationary([[1 - escalate1, escalate1], [1 - escalate1, escalate1], []])],
      rounds: rounds, discount: discount,
      effects: [
        .event("deadline", round: 2, fromStates: [0], toState: 1),
        L.RoundEffect(name: "shock", probability: shockProbability, firstRound: 0, lastRound: 5, fromStates: [1], toState: 2),
      ])
  }

  /// Exact: distribution rows (after each round's effects), expected discounted
  /// payoffs, expected end value of the variable, absorption-time probabilities.
  static func exact() -> (rows: [[Double]], payoffs: [Double], variable: Double, absorbedAt: [Double], deadlineFires: Double) {
    var pi = [1.0, 0, 0]
    var rows: [[Double]] = []
    var payoffs = [0.0, 0.0], variable = 0.0
    var absorbedAt: [Double] = []
    var absorbedBefore = 0.0, deadlineFires = 0.0
    for t in 0..<rounds {
      if t == 2 {
        deadlineFires = pi[0]
        pi = [0, pi[0] + pi[1], pi[2]]
      }
      if t <= 5 { pi = [pi[0], pi[1] * (1 - shockProbability), pi[2] + pi[1] * shockProbability] }
      rows.append(pi)
      absorbedAt.append(pi[2] - absorbedBefore)
      payoffs[0] += pow(discount, Double(t)) * 5 * (pi[2] - absorbedBefore)
      payoffs[1] += pow(discount, Double(t)) * -5 * (pi[2] - absorbedBefore)
      absorbedBefore = pi[2]
      let p = [1 - escalate0(t), escalate0(t)], q = [1 - escalate1, escalate1]
      var next = [0, 0, pi[2]]
      for (s, table) in [outcomesA, outcomesB].enumerated() {
        for (j, o) in table.enumerated() {
          let w = pi[s] * p[j % 2] * q[j / 2]
          for k in 0..<3 { next[k] += w * o.next[k] }
          for player in 0..<2 { payoffs[player] += pow(discount, Double(t)) * w * o.payoffs[player] }
          if j == 3 { variable += w }
        }
      }
      pi = next
    }
    rows.append(pi)
    absorbedAt.append(pi[2] - absorbedBefore)
    payoffs[0] += pow(discount, Double(rounds)) * 5 * (pi[2] - absorbedBefore)
    payoffs[1] += pow(discount, Double(rounds)) * -5 * (pi[2] - absorbedBefore)
    return (rows, payoffs, variable, absorbedAt, deadlineFires)
  }

  /// Both ways of drawing a round: the fused alias table and move-by-move.
  @Test(arguments: [true, false])
  func stateProbabilitiesByRoundMatchTheChain(fused: Bool) throws {
    let ladder = try Self.chainLadder()
    #expect(ladder.fused != nil)
    let statistics = Simulator.run(
      ladder, paths: Self.paths, seed: 2025, threads: 2, shard: nil, fused: fused,
      shouldContinue: { true }, progress: { _, _ in })
    let summary = SimulationSummary(statistics, ladder: ladder)
    let exact = Self.exact()
    #expect(summary.stateProbabilities.count == Self.rounds + 1)
    for (t, row) in exact.rows.enumerated() {
      for s in 0..<3 {
        let observed = summary.stateProbabilities[t][s]
        #expect(abs(observed - row[s]) <= Self.band(row[s], Self.paths), "round \(t) state \(s): \(observed) vs \(row[s])")
      }
    }
    // The absorption-time histogram matches too, round by round.
    for (t, p) in exact.absorbedAt.enumerated() {
      let observed = Double(statistics.absorbed[2][t]) / Double(Self.paths)
      #expect(abs(observed - p) <= Self.band(p, Self.paths), "absorbed at \(t)")
    }
    // The deadline empties A at round 2.
    #expect(statistics.occupancy[2][0] == 0)
    // It fires once for every path in A at round 2.
    let fired = Double(statistics.effectFires[0]) / Double(Self.paths)
    #expect(abs(fired - exact.deadlineFires) <= Self.band(exact.deadlineFires, Self.paths))
  }

  @Test(arguments: [true, false])
  func payoffsAndVariablesMatchTheChain(fused: Bool) throws {
    let ladder = try Self.chainLadder()
    let statistics = Simulator.run(
      ladder, paths: Self.paths, seed: 77, threads: 2, shard: nil, fused: fused,
      shouldContinue: { true }, progress: { _, _ in })
    let summary = SimulationSummary(statistics, ladder: ladder)
    let exact = Self.exact()
    for p in 0..<2 {
      let mean = try #require(summary.payoffs[p].mean), se = try #require(summary.payoffs[p].standardError)
      #expect(se > 0 && se < 0.05)
      #expect(abs(mean - exact.payoffs[p]) <= 5 * se, "player \(p): \(mean) vs \(exact.payoffs[p])")
    }
    let v = summary.variables[0]
    let mean = try #require(v.mean), sd = try #require(v.standardDeviation)
    #expect(abs(mean - exact.variable) <= 5 * sd / Double(Self.paths).squareRoot() + 1e-9)
    // Counts of a discrete variable are exact values, summing to the paths.
    #expect(v.bucketWidth == 0)
    #expect(v.distribution.map(\.count).reduce(0, +) == Self.paths)
    #expect(v.distribution.allSatisfy { $0.value == $0.value.rounded() && $0.value >= 0 })
    // Terminal outcome with its Wilson interval covering the exact probability.
    let end = try #require(summary.outcomes.first { $0.state == "end" })
    #expect(end.low <= exact.rows.last![2] && exact.rows.last![2] <= end.high || abs(end.proportion - exact.rows.last![2]) < Self.band(exact.rows.last![2], Self.paths))
  }

  // MARK: - Reactive strategies: tit-for-tat against grim trigger, with trembles.

  @Test(arguments: [true, false])
  func reactiveStrategiesMatchTheMemoryChain(fused: Bool) throws {
    let epsilon = 0.1, rounds = 8
    let hold = L.trembled([1, 0], epsilon: epsilon), esc = L.trembled([0, 1], epsilon: epsilon)
    let stage = L.State(
      name: "stage", moves: [["hold", "escalate"], ["hold", "escalate"]], escalates: [[false, true], [false, true]],
      outcomes: (0..<4).map { j in
        L.Outcome(payoffs: [0, 0], to: 0, variableChanges: (j % 2 == 1 ? [.add(0, 1)] : []) + (j / 2 == 1 ? [.add(1, 1)] : []))
      })
    let tft = L.Reactive(calm: [hold], afterEscalation: [esc], afterEarlierEscalation: [hold])
    let grim = L.Reactive(calm: [hold], afterEscalation: [esc], afterEarlierEscalation: [esc])
    let ladder = try CompiledLadder(
      states: [stage], initialState: 0,
      variables: [L.Variable(name: "US escalations", initial: 0), L.Variable(name: "China escalations", initial: 0)],
      strategies: [.reactive(tft), .reactive(grim)], rounds: rounds, discount: 1)
    // Exact: a distribution over (memory0, memory1), memory = escalated last | ever.
    func escalation(_ table: L.Reactive, _ memory: Int) -> Double {
      (memory & 1 != 0 ? table.afterEscalation : memory & 2 != 0 ? table.afterEarlierEscalation : table.calm)[0][1]
    }
    var distribution: [Int: Double] = [0: 1]  // key memory0 * 4 + memory1
    var expected = [0.0, 0.0]
    for _ in 0..<rounds {
      var next: [Int: Double] = [:]
      for (key, w) in distribution {
        let m0 = key / 4, m1 = key % 4
        let p = escalation(tft, m0), q = escalation(grim, m1)
        expected[0] += w * p
        expected[1] += w * q
        for a in 0..<2 {
          for b in 0..<2 {
            let pa = a == 1 ? p : 1 - p, qb = b == 1 ? q : 1 - q
            let n0 = b == 1 ? 3 : m0 & 2, n1 = a == 1 ? 3 : m1 & 2
            next[n0 * 4 + n1, default: 0] += w * pa * qb
          }
        }
      }
      distribution = next
    }
    let statistics = Simulator.run(
      ladder, paths: Self.paths, seed: 3, threads: 2, shard: nil, fused: fused,
      shouldContinue: { true }, progress: { _, _ in })
    let summary = SimulationSummary(statistics, ladder: ladder)
    for p in 0..<2 {
      let mean = try #require(summary.variables[p].mean), sd = try #require(summary.variables[p].standardDeviation)
      #expect(abs(mean - expected[p]) <= 5 * sd / Double(Self.paths).squareRoot(), "player \(p): \(mean) vs \(expected[p])")
    }
    // Memory matters: a memoryless player trembling with ε would escalate
    // rounds × ε/2 = 0.4 times; one tremble sets off retaliation here.
    #expect(expected.allSatisfy { $0 > 1.5 })
  }
}

private func pow(_ x: Double, _ n: Double) -> Double {
  var result = 1.0
  for _ in 0..<Int(n) { result *= x }
  return result
}
