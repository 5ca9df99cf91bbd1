/// What `simulate` tabulates from sampled paths, computed exactly from the solved
/// ladder's Markov chain instead (`LadderMarkovChain`): where the game ends (each
/// state's probability at the horizon, terminal states having absorbed their paths)
/// and the probability of each state when each round is played. The sampled tables
/// estimate these; `simulate --exact` prints both.
public struct ExactSimulation: Sendable {
  public var stateNames: [String]
  public var isTerminal: [Bool]
  /// `states[t][s]` for `t` in `0...rounds`: the probability of being in state `s`
  /// when round `t` is played (after its events and shocks); row `rounds`, at the end.
  public var states: [[Double]]
  /// The same, exactly, when the solve is exact.
  public var exactStates: [[Rational]]?

  public init(_ solved: SolvedScenario) {
    let chain = LadderMarkovChain(solved)
    stateNames = solved.scenario.states.map(\.name)
    isTerminal = solved.scenario.states.map(\.isTerminal)
    states = chain.states
    exactStates = chain.exactStates
  }

  /// The end row: the probability that the game ends in each state.
  public var outcomes: [Double] { states.last ?? [] }
  public var exactOutcomes: [Rational]? { exactStates?.last }
}
