@testable import BrinkCore

/// Small ladders shared by the simulation tests.
enum LadderFixtures {
  typealias L = CompiledLadder

  /// A five-state crisis: standoff (0), talks (1), escalation (2), deal (3,
  /// terminal), war (4, terminal). Both players hold or escalate; a tariff variable;
  /// a scheduled deadline and a random shock; discounted payoffs.
  static func crisis(rounds: Int = 20, strategies: [L.Strategy]? = nil) -> CompiledLadder {
    let moves = [["hold", "escalate"], ["hold", "escalate"]]
    let escalates = [[false, true], [false, true]]
    let tariff = 0
    func state(_ name: String, _ outcomes: [L.Outcome]) -> L.State {
      L.State(name: name, moves: moves, escalates: escalates, outcomes: outcomes)
    }
    // Outcome order: (hold, hold), (escalate, hold), (hold, escalate), (escalate, escalate).
    let standoff = state("standoff", [
      L.Outcome(payoffs: [1, 1], transitions: [.init(to: 1, probability: 0.5), .init(to: 0, probability: 0.5)]),
      L.Outcome(payoffs: [3, -1], transitions: [.init(to: 2, probability: 0.7), .init(to: 0, probability: 0.3)],
                variableChanges: [.add(tariff, 100)]),
      L.Outcome(payoffs: [-1, 3], transitions: [.init(to: 2, probability: 0.7), .init(to: 0, probability: 0.3)]),
      L.Outcome(payoffs: [-2, -2], to: 2, variableChanges: [.add(tariff, 100)]),
    ])
    let talks = state("talks", [
      L.Outcome(payoffs: [2, 2], transitions: [.init(to: 3, probability: 0.4), .init(to: 1, probability: 0.6)]),
      L.Outcome(payoffs: [2.5, 0], to: 0),
      L.Outcome(payoffs: [0, 2.5], to: 0),
      L.Outcome(payoffs: [-1, -1], to: 2, variableChanges: [.add(tariff, 50)]),
    ])
    let escalation = state("escalation", [
      L.Outcome(payoffs: [-1, -1], transitions: [.init(to: 1, probability: 0.3), .init(to: 2, probability: 0.7)]),
      L.Outcome(payoffs: [0, -3], transitions: [.init(to: 4, probability: 0.2), .init(to: 2, probability: 0.8)]),
      L.Outcome(payoffs: [-3, 0], transitions: [.init(to: 4, probability: 0.2), .init(to: 2, probability: 0.8)]),
      L.Outcome(payoffs: [-4, -4], transitions: [.init(to: 4, probability: 0.5), .init(to: 2, probability: 0.5)],
                variableChanges: [.set(tariff, to: 157)]),
    ])
    let deal = L.State(name: "deal", isTerminal: true, terminalPayoffs: [10, 10])
    let war = L.State(name: "war", isTerminal: true, terminalPayoffs: [-50, -50])
    let mix: [[Double]] = [[0.7, 0.3], [0.8, 0.2], [0.5, 0.5], [], []]
    let mix2: [[Double]] = [[0.6, 0.4], [0.9, 0.1], [0.4, 0.6], [], []]
    return try! CompiledLadder(
      states: [standoff, talks, escalation, deal, war], initialState: 0,
      variables: [L.Variable(name: "US tariff", initial: 30, payoffWeights: [-0.001, -0.002])],
      strategies: strategies ?? [.stationary(mix), .stationary(mix2)],
      rounds: rounds, discount: 0.95,
      effects: [
        .event("deadline", round: 3, fromStates: [0], toState: 2, variableChanges: [.add(tariff, 100)]),
        L.RoundEffect(name: "summit shock", probability: 0.05, firstRound: 0, lastRound: 10, fromStates: [1], toState: 3),
      ])
  }

  /// Tit-for-tat against grim trigger on the crisis ladder, with trembles.
  static func reactiveCrisis(rounds: Int = 20) -> CompiledLadder {
    let hold = L.trembled([1, 0], epsilon: 0.1), escalate = L.trembled([0, 1], epsilon: 0.1)
    func table(_ row: [Double]) -> [[Double]] { [row, row, row, [], []] }
    let titForTat = L.Reactive(calm: table(hold), afterEscalation: table(escalate), afterEarlierEscalation: table(hold))
    let grim = L.Reactive(calm: table(hold), afterEscalation: table(escalate), afterEarlierEscalation: table(escalate))
    return crisis(rounds: rounds, strategies: [.reactive(titForTat), .reactive(grim)])
  }
}
