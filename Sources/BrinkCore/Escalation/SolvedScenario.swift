/// A solved scenario: for every round and every node of the unrolled ladder
/// (`LadderGraph`), both players' strategies, the continuation values, and what
/// explains them (the stage game with continuation values folded in, the
/// equilibria considered and the one each player selected).
///
/// Values are in the units of the round they belong to: `values` at round `t` is
/// `E[Σ_{s ≥ t} δ^{s−t} · payoff_s]` from that node on, counting the arrival payoff
/// of a terminal state reached. A terminal node's value is its arrival payoff.
public struct SolvedScenario: Sendable {
  /// The scenario as solved (with the behaviours actually used).
  public var scenario: EscalationScenario
  public var graph: LadderGraph
  /// True when every number below is exact (no logit player).
  public var isExact: Bool
  /// `nodes[t][n]` goes with `graph.rounds[t][n]`, for `t` in `0...horizon`.
  public var nodes: [[SolvedNode]]
  /// False when solved for the strategies alone (`EscalationSolver.Needs`):
  /// values are then NaN and stage games absent.
  public var hasValues: Bool
  /// With a stationary tail (`HorizonTail.stationary`): how its equilibrium was
  /// found and verified. The horizon's nodes are then worth the tail's values.
  public var tail: TailReport?

  public init(scenario: EscalationScenario, graph: LadderGraph, isExact: Bool, nodes: [[SolvedNode]],
              hasValues: Bool = true) {
    self.scenario = scenario
    self.graph = graph
    self.isExact = isExact
    self.nodes = nodes
    self.hasValues = hasValues
  }

  public var horizon: Int { graph.horizon }

  /// The expected discounted payoffs of the whole game from round 0.
  public var expectedValues: [Double] {
    graph.initial.reduce([0, 0]) { acc, b in
      let v = nodes[0][b.next].values
      let p = b.probability.doubleValue
      return [acc[0] + p * v[0], acc[1] + p * v[1]]
    }
  }

  /// The same, exactly, when `isExact`.
  public var exactExpectedValues: [Rational]? {
    guard isExact, hasValues else { return nil }
    return graph.initial.reduce([Rational.zero, .zero]) { acc, b in
      let v = nodes[0][b.next].exactValues!
      return [acc[0] + b.probability * v[0], acc[1] + b.probability * v[1]]
    }
  }

  /// The indices of round `t`'s nodes that are in `state`.
  public func nodeIndices(round t: Int, state: Int) -> [Int] {
    graph.rounds[t].indices.filter { graph.rounds[t][$0].node.state == state }
  }
}

/// One node of one round, solved.
public struct SolvedNode: Sendable {
  /// What is played, trembles included; `nil` at terminal nodes and at the horizon.
  public var played: StageStrategy<Double>?
  /// What each player intends before trembling.
  public var intended: StageStrategy<Double>?
  /// `played`, exactly, when the solve is exact.
  public var exactPlayed: StageStrategy<Rational>?
  /// Continuation values for players 0 and 1 (see `SolvedScenario`); when exact,
  /// `exactValues`' `doubleValue`s, bit for bit (rendering relies on it).
  public var values: [Double]
  public var exactValues: [Rational]?
  /// The true stage game at this node: payoff + δ·E[value of the next node] for
  /// each joint move, under the strategies actually played later. Approximate
  /// (to 10⁻⁹) when the solve is not exact. Built when read if the solver deferred
  /// it (`deferStageGame`): most nodes' games of a large ladder are never read.
  public var stageGame: Bimatrix? {
    get { stageGameSource?() ?? storedStageGame }
    set {
      storedStageGame = newValue
      stageGameSource = nil
    }
  }
  private var storedStageGame: Bimatrix?
  private var stageGameSource: (@Sendable () -> Bimatrix)?
  /// For a player who misperceives the payoffs: the stage game it solved.
  public var perceivedGames: [Bimatrix?]
  /// Why each player plays as it does (empty at terminal nodes and the horizon).
  public var explanations: [ChoiceExplanation]
  /// The stage equilibria considered, when both players use the equilibrium model.
  public var equilibria: [Equilibrium]
  /// Which of `equilibria` each player expects.
  public var selected: [Int?]

  init(played: StageStrategy<Double>?, intended: StageStrategy<Double>?, exactPlayed: StageStrategy<Rational>?,
       values: [Double], exactValues: [Rational]?, stageGame: Bimatrix?, perceivedGames: [Bimatrix?],
       explanations: [ChoiceExplanation], equilibria: [Equilibrium], selected: [Int?]) {
    self.played = played
    self.intended = intended
    self.exactPlayed = exactPlayed
    self.values = values
    self.exactValues = exactValues
    self.storedStageGame = stageGame
    self.perceivedGames = perceivedGames
    self.explanations = explanations
    self.equilibria = equilibria
    self.selected = selected
  }

  /// `perceivedGames` and `selected` when no one misperceives or selects: one
  /// shared array each rather than two allocations per node (issue 11).
  static let noGames: [Bimatrix?] = [nil, nil]
  static let noSelection: [Int?] = [nil, nil]

  /// Sets `stageGame` to what `make` builds, each time it is read.
  mutating func deferStageGame(_ make: @escaping @Sendable () -> Bimatrix) {
    storedStageGame = nil
    stageGameSource = make
  }
}
