import BrinkCore
import Foundation

/// Monte Carlo speed figures for issue 3's targets (release build, 2 threads):
/// ≥ 100 million path-rounds per second on the benchmark ladder, 1,000,000 paths of
/// a default-scenario-sized ladder in under a second, memory independent of paths.
///
/// Prints path-rounds per second at 1 and 2 threads, the time for 1M paths, and
/// peak resident memory (getrusage `ru_maxrss`) after runs of growing size. Each
/// timing is the best of `repeats` runs, with the process CPU time beside it and
/// the load average, because the machine may be shared: the wall clock then
/// includes time spent waiting for a core, CPU time does not.
/// `BRINK_BENCH_PATHS` overrides the number of paths of the rate runs.
func runSimulationBenchmark(paths: Int = 5_000_000, repeats: Int = 3) {
  let paths = ProcessInfo.processInfo.environment["BRINK_BENCH_PATHS"].flatMap(Int.init) ?? paths
  let bench = SimulationBenchmarkLadders.benchmark()
  let sized = SimulationBenchmarkLadders.defaultSized()
  print("simulation: load average \(loadAverage())")
  print("simulation: benchmark ladder: \(bench.stateCount) states (\(bench.stateCount - bench.terminalStates.count) active), 3 moves a side, \(bench.rounds) rounds, \(paths) paths")
  _ = Simulator.run(bench, paths: 100_000, seed: 1, threads: 2)  // warm up
  for threads in [1, 2] {
    let run = best(of: repeats) { Simulator.run(bench, paths: paths, seed: 2025, threads: threads) }
    let pathRounds = Double(run.result.pathRounds)
    print(String(
      format: "simulation: %d thread%@: %.1f million path-rounds/s (%.0f path-rounds in %.3f s wall, best of %d); %.1f million per CPU-second",
      threads, threads == 1 ? "" : "s", pathRounds / run.wall / 1e6, pathRounds, run.wall, repeats, pathRounds / run.cpu / 1e6))
  }
  print("simulation: default-sized ladder: \(sized.stateCount) states, up to 5 moves a side, \(sized.variableCount) variables, \(sized.effectNames.count) events/shocks, \(sized.rounds) rounds")
  for threads in [1, 2] {
    let run = best(of: repeats) { Simulator.run(sized, paths: 1_000_000, seed: 2025, threads: threads) }
    print(String(
      format: "simulation: 1,000,000 paths at %d thread%@: %.3f s wall (best of %d), %.3f s CPU, %.1f million path-rounds/s",
      threads, threads == 1 ? "" : "s", run.wall, repeats, run.cpu, Double(run.result.pathRounds) / run.wall / 1e6))
  }
  for count in [10_000, 1_000_000, 10_000_000] {
    _ = Simulator.run(sized, paths: count, seed: 7, threads: 2)
    print("simulation: peak memory after \(count) paths: \(peakMemoryKilobytes() / 1024) MiB")
  }
  print("simulation: load average \(loadAverage())")
}

/// The ladders the benchmark runs, built in code so the figures do not depend on
/// any scenario file.
enum SimulationBenchmarkLadders {
  typealias L = CompiledLadder

  /// Six active rungs and two terminal outcomes; 3 moves a side (hold, pressure,
  /// escalate); every joint move has a probabilistic transition; a tariff variable;
  /// a random shock; discount 0.98; 20 rounds. Absorption is rare, so nearly every
  /// path plays all 20 rounds.
  static func benchmark() -> CompiledLadder {
    let active = 6, deal = 6, war = 7
    let moves = [["hold", "pressure", "escalate"], ["hold", "pressure", "escalate"]]
    var states: [L.State] = (0..<active).map { s in
      let outcomes = (0..<9).map { j -> L.Outcome in
        let a = j % 3, b = j / 3
        let up = min(active - 1, s + (a + b + 1) / 2), down = max(0, s - 1)
        let pWar = 0.002 * Double(a + b) * Double(s + 1) / Double(active)
        let pDeal = a + b == 0 ? 0.01 : 0.001
        let rest = 1 - pWar - pDeal
        return L.Outcome(
          payoffs: [Double(2 - a) - Double(s) * 0.3 + Double(b), Double(2 - b) - Double(s) * 0.3 + Double(a)],
          transitions: [
            L.Transition(to: up, probability: rest * 0.6), L.Transition(to: down, probability: rest * 0.3),
            L.Transition(to: s, probability: rest * 0.1), L.Transition(to: deal, probability: pDeal),
            L.Transition(to: war, probability: pWar),
          ],
          variableChanges: a == 2 ? [.add(0, 10)] : [])
      }
      return L.State(name: "rung \(s)", moves: moves, escalates: [[false, false, true], [false, false, true]], outcomes: outcomes)
    }
    states.append(L.State(name: "deal", isTerminal: true, terminalPayoffs: [20, 20]))
    states.append(L.State(name: "war", isTerminal: true, terminalPayoffs: [-100, -100]))
    var mix: [[Double]] = [], mix2: [[Double]] = []
    for s in 0..<active {
      let shift = 0.05 * Double(s)
      mix.append([0.5 - shift, 0.3, 0.2 + shift])
      mix2.append([0.4, 0.4 - shift, 0.2 + shift])
    }
    mix += [[], []]
    mix2 += [[], []]
    return try! CompiledLadder(
      players: ["US", "China"], states: states, initialState: 0,
      variables: [L.Variable(name: "US tariff", initial: 30)],
      strategies: [.stationary(mix), .stationary(mix2)], rounds: 20, discount: 0.98,
      effects: [L.RoundEffect(name: "incident at sea", probability: 0.03, firstRound: 0, lastRound: 19, toState: 4)])
  }

  /// The size of the default scenario (October 2025 standoff): eight states
  /// (standoff, talks, summit, summit cancelled, escalation, truce, deal,
  /// decoupling), up to 5 moves a side, four variables, scheduled deadlines and
  /// shocks, per-round strategies from backward induction, 16 weekly rounds.
  static func defaultSized() -> CompiledLadder {
    let names = ["standoff", "talks", "summit", "summit cancelled", "escalation", "truce", "deal", "decoupling"]
    let terminal: Set<Int> = [6, 7]
    let rounds = 16
    var states: [L.State] = []
    for (s, name) in names.enumerated() {
      if terminal.contains(s) {
        states.append(L.State(name: name, isTerminal: true, terminalPayoffs: s == 6 ? [15, 15] : [-30, -40]))
        continue
      }
      let m0 = s % 2 == 0 ? 5 : 3, m1 = s % 3 == 0 ? 5 : 4
      let outcomes = (0..<(m0 * m1)).map { j -> L.Outcome in
        let a = j % m0, b = j / m0
        let hot = Double(a + b) / Double(m0 + m1)
        let targets = [(s + 1) % 6, (s + 4) % 6, 6, 7]
        let weights = [0.55 - 0.2 * hot, 0.3 + 0.1 * hot, 0.1 - 0.08 * hot, 0.05 + 0.18 * hot]
        let total = weights.reduce(0, +)
        var changes: [L.VariableChange] = []
        if a == m0 - 1 { changes.append(.add(0, 100)) }
        if b == m1 - 1 { changes.append(.set(2, to: 1)) }
        if a == 0 && b == 0 { changes.append(.set(3, to: 1)) }
        return L.Outcome(
          payoffs: [Double(b) - 0.5 * Double(a) - Double(s) * 0.2, Double(a) - 0.5 * Double(b) - Double(s) * 0.2],
          transitions: zip(targets, weights).map { L.Transition(to: $0, probability: $1 / total) },
          variableChanges: changes)
      }
      states.append(L.State(
        name: name, moves: [(0..<m0).map { "us\($0)" }, (0..<m1).map { "china\($0)" }], outcomes: outcomes))
    }
    func table(_ player: Int, _ t: Int) -> [[Double]] {
      states.map { state in
        guard !state.isTerminal else { return [] }
        let m = state.moves[player].count
        let raw = (0..<m).map { k in 1 + Double((k + t + player) % m) }
        return L.trembled(raw.map { $0 / raw.reduce(0, +) }, epsilon: 0.05)
      }
    }
    return try! CompiledLadder(
      players: ["US", "China"], states: states, initialState: 0,
      variables: [
        L.Variable(name: "US tariff on China", initial: 57, payoffWeights: [-0.002, -0.01]),
        L.Variable(name: "China tariff on US", initial: 10, payoffWeights: [-0.01, -0.002]),
        L.Variable(name: "rare-earth controls", initial: 0), L.Variable(name: "summit held", initial: 0),
      ],
      strategies: [.byRound((0..<rounds).map { table(0, $0) }), .byRound((0..<rounds).map { table(1, $0) })],
      rounds: rounds, discount: 0.99,
      effects: [
        .event("US tariff deadline", round: 3, fromStates: [0, 4], variableChanges: [.add(0, 100)]),
        .event("controls take effect", round: 7, variableChanges: [.set(2, to: 1)]),
        .event("summit date", round: 2, fromStates: [1], toState: 2),
        L.RoundEffect(name: "summit cancelled", probability: 0.1, firstRound: 0, lastRound: 3, fromStates: [2], toState: 3),
        L.RoundEffect(name: "incident", probability: 0.02, firstRound: 0, lastRound: rounds - 1, toState: 4),
      ])
  }
}
