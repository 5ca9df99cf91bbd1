import Testing
@testable import BrinkCore

@Suite struct LadderMarkovChainTests {
  typealias S = EscalationTestScenarios
  func r(_ n: Int, _ d: Int = 1) -> Rational { Rational(n, d) }

  /// Hand-worked (see `calendarDriven`):
  /// round 0: talks (tariff 30), row pays 3; tariff → 40.
  /// round 1: shock 1/3 → deal(40); 2/3 talks(40), row pays 4; tariff → 50.
  /// round 2: event → controls, tariff 100; shock 1/3: deal(100) 2/9, controls 4/9 (pays 5).
  /// round 3: shock 1/3: deal 4/27 more, controls 8/27 (pays 5).
  /// States by round (talks, controls, deal): (1,0,0), (2/3,0,1/3), (0,4/9,5/9),
  /// (0,8/27,19/27), and round 4 as round 3.
  /// Row's value: −3 − 8/3 + 2/3 − 20/9 + 4/9 − 40/27 + 8/27 = −215/27.
  @Test func calendarDrivenChain() throws {
    let solved = try EscalationSolver.solve(S.calendarDriven())
    let chain = LadderMarkovChain(solved)
    #expect(chain.exactStates == [
      [1, 0, 0], [r(2, 3), 0, r(1, 3)], [0, r(4, 9), r(5, 9)], [0, r(8, 27), r(19, 27)], [0, r(8, 27), r(19, 27)],
    ])
    #expect(solved.exactExpectedValues?[0] == r(-215, 27))
    // Two deal nodes in round 3: reached with tariff 40 and with tariff 100.
    #expect(Set(solved.graph.rounds[3].filter { $0.node.state == 2 }.map { $0.node.values[0] }) == [40, 100])
    let e = chain.expectedValues(solved)
    #expect(abs(e[1][0]! - 40) < 1e-12)
    #expect(abs(e[2][0]! - (40.0 / 3 + 100 * 2.0 / 3)) < 1e-12)
  }

  /// A variable no payoff reads (a counter moved by every joint move) is not kept
  /// in the nodes: the graph is the same size as without it, and the chain does
  /// not claim to know its expectation.
  @Test func untrackedVariableDoesNotMultiplyNodes() throws {
    var scenario = S.standoff(selection: .mixed)
    let plain = try LadderGraph(scenario: scenario)
    scenario.variables = [StateVariable(name: "pressure")]
    for i in 0..<2 {
      for j in 0..<2 {
        scenario.states[0].outcomes[i][j].effects = [VariableEffect(variable: 0, i + j == 0 ? .add(-1) : .add(1))]
      }
    }
    let solved = try EscalationSolver.solve(scenario)
    #expect(solved.graph.trackedVariables == [false])
    #expect(solved.graph.rounds.map(\.count) == plain.rounds.map(\.count))
    #expect(LadderMarkovChain(solved).expectedValues(solved)[1] == [nil])
    // Read by a payoff, it is tracked: round 1 then has a node per pressure value.
    scenario.states[0].outcomes[0][0].payoffs[0].terms = [.init(variable: 0, coefficient: 1)]
    let tracked = try EscalationSolver.solve(scenario)
    #expect(tracked.graph.trackedVariables == [true])
    #expect(tracked.graph.rounds[1].count > plain.rounds[1].count)
  }

  /// P(HH) = (17/27)², P(HE) = P(EH) = 170/729, P(EE) = 100/729 in round 0 of the
  /// standoff (mixed selection); so round 1 has deal 289/1458, war 100/729 · 1/4 = 25/729.
  @Test func standoffChainSumsToOne() throws {
    let solved = try EscalationSolver.solve(S.standoff(selection: .mixed))
    let chain = LadderMarkovChain(solved)
    #expect(chain.exactStates![1][1] == r(289, 1458))
    #expect(chain.exactStates![1][2] == r(25, 729))
    for round in chain.exactStates! { #expect(round.reduce(Rational.zero, +) == 1) }
    for round in chain.states { #expect(abs(round.reduce(0, +) - 1) < 1e-12) }
  }

  @Test func logitChainSumsToOne() throws {
    let logit = PlayerBehaviour(model: .logit(lambda: 2), tremble: r(1, 10))
    let solved = try EscalationSolver.solve(S.standoff(selection: .mixed), behaviours: [logit, logit])
    let chain = LadderMarkovChain(solved)
    #expect(chain.exactStates == nil)
    for round in chain.states { #expect(abs(round.reduce(0, +) - 1) < 1e-12) }
  }

  /// The forward algorithm on the standoff (mixed): holding both in round 0 has
  /// probability (17/27)²; then the deal with 1/2; then nothing more is possible.
  @Test func pathLikelihood() throws {
    let solved = try EscalationSolver.solve(S.standoff(selection: .mixed))
    let hh = solved.likelihood(of: [ObservedRound(moves: ["hold", "hold"], state: 0),
                                    ObservedRound(moves: [nil, nil], state: 1)])
    #expect(hh.exactProbability == r(289, 1458))
    // In round 1 of a standoff both hold for sure; escalating there is impossible.
    let impossible = solved.likelihood(of: [ObservedRound(moves: ["hold", "hold"]),
                                            ObservedRound(moves: ["escalate", nil], state: 0)])
    #expect(impossible.exactProbability == 0)
    #expect(impossible.roundProbabilities[1] == 0)  // charged to round 1, whose own move is ruled out
    // An unknown move name never matches.
    #expect(solved.likelihood(of: [ObservedRound(moves: ["surrender", nil])]).probability == 0)
  }
}

@Suite struct ObservedHistoryTests {
  typealias S = EscalationTestScenarios

  /// History recorded for rounds 0 and 2 of a 3-round prisoner's dilemma: round 1
  /// becomes unknown. Both players defect for sure, so the path of two recorded
  /// defections has probability 1, and any recorded cooperation probability 0.
  @Test func historyByRound() throws {
    var scenario = S.prisonersDilemma(rounds: 3)
    scenario.history = [HistoricalRound(round: 0, moves: ["escalate", "escalate"]),
                        HistoricalRound(round: 2, moves: ["escalate", nil])]
    let solved = try EscalationSolver.solve(scenario)
    let path = solved.observedHistory(states: [0, nil])
    #expect(path == [ObservedRound(moves: ["escalate", "escalate"], state: 0), ObservedRound(moves: [nil, nil]),
                     ObservedRound(moves: ["escalate", nil])])
    #expect(solved.likelihood(of: path).exactProbability == 1)
    scenario.history[1].moves = ["hold", nil]
    let other = try EscalationSolver.solve(scenario)
    #expect(other.likelihood(of: other.observedHistory()).exactProbability == 0)
  }

  /// A script plays its moves by round, and the hold move where it says nothing.
  @Test func scriptModel() throws {
    let behaviours = [PlayerBehaviour(model: .script(moves: ["escalate", nil, "nonsense"])),
                      PlayerBehaviour(model: .script(moves: []))]
    let solved = try EscalationSolver.solve(S.prisonersDilemma(rounds: 3, behaviours: behaviours))
    let path = [ObservedRound(moves: ["escalate", "hold"]), ObservedRound(moves: ["hold", "hold"]),
                ObservedRound(moves: ["hold", "hold"])]
    #expect(solved.likelihood(of: path).exactProbability == 1)
    #expect(solved.exactExpectedValues == [11, 6])  // 5 + 3 + 3, 0 + 3 + 3
    #expect(solved.nodes[0][0].explanations == [.script, .script])
  }
}
