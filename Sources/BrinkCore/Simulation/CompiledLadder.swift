/// An escalation ladder flattened into the tables the Monte Carlo simulator runs:
/// every strategy already solved, every distribution already cumulative, nothing
/// left to decide but random draws.
///
/// # Where it sits
/// A scenario (BrinkFormats) is solved by the escalation model (BrinkCore/Escalation)
/// into per-state, per-round strategies. The *compile step* turns that solution into
/// a `CompiledLadder` by filling the plain nested arrays of `CompiledLadder+Parts.swift`
/// and calling `init(players:states:initialState:variables:strategies:rounds:discount:effects:)`,
/// which validates shapes and probabilities and flattens everything. `Simulator.run`
/// then samples paths from it without touching `Rational`, dictionaries or classes.
///
/// # What a path does (the semantics the compile step must match)
/// Players are 0 and 1 (say the US and China). A path starts in `initialState` with
/// every variable at its `initial` value and runs rounds `t = 0, 1, …, rounds − 1`:
///
/// 1. If the state is terminal, the path is absorbed at round `t` and stops.
/// 2. Round effects scheduled for round `t` (`effects`, in the order given) may fire:
///    a certain event, or a shock with its probability. One that fires in a state it
///    applies to moves the path to its `toState` (if any) and applies its variable
///    changes. Effects never act on a terminal state. A joint effect (`firesFrom`,
///    the scenario's shocks) must also have been able to fire in the state the
///    joint effects began in, so that one shock never pre-empts another.
/// 3. If the state is now terminal, the path is absorbed at round `t` and stops.
/// 4. The state is counted as occupied in round `t`. Each player draws a move from
///    its strategy for (round, state) — or, for a `.reactive` strategy, for (memory,
///    state) — independently, except in a sequential stage, where the second mover
///    draws from its response to the first mover's drawn move (`Strategy`). Any
///    tremble is already inside those distributions.
/// 5. Player `p` earns `δ^t · (outcome.payoffs[p] + Σ_v weight[p][v] · value_v)`,
///    with variable values as they stand before this round's move changes.
/// 6. The joint move's variable changes apply, then its transition is drawn.
/// 7. Reactive memory updates: each player records whether the opponent's move
///    reads as "escalate" (`State.escalates`).
///
/// After the last round the path ends in its current state; if that state is
/// terminal (reached by the last transition) it counts as absorbed at round
/// `rounds`. On absorption at round `t` each player also earns
/// `δ^t · terminalPayoffs[p]` of that state, and `flowAnnuity[t] · terminalFlows[p]`
/// for its flow: `flowAnnuity[t] = δ^t + … + δ^{rounds−1}` (plus `δ^rounds/(1 − δ)`
/// when `flowsForever`). A path that plays every round and ends in a non-terminal
/// state earns `δ^rounds · horizonValues[p]` of that state (a stationary tail's
/// value; 0 without one). With `rounds == 0` every path ends at once in
/// `initialState`.
///
/// # Layout (internal, read by the simulator)
/// Every flat table is a field of `tables` (`LadderTables`, which documents the
/// layout), built once by `LadderBuilder` and read by the simulator and the tracer.
///
/// # Complexity
/// Building is linear in the size of the input tables. Memory is that size (move
/// tables are `rounds ×` larger for `.byRound` strategies).
public struct CompiledLadder: Sendable {
  // MARK: - Description (for reports)
  /// The two players' names (player 0 first).
  public let playerNames: [String]
  public let stateNames: [String]
  public let isTerminal: [Bool]
  /// `moveNames[state][player][move]`.
  public let moveNames: [[[String]]]
  public let variableNames: [String]
  public let effectNames: [String]
  public let initialState: Int
  public let rounds: Int
  public let discount: Double

  public let stateCount: Int

  // MARK: - Flat tables
  /// Every table the simulator and the tracer read, in memory that `tables` owns.
  let tables: LadderTables

  // MARK: - Derived
  public var payoffScale: Double { tables.payoffScale }
  public var variableScales: [Double] { Array(tables.variableScales) }
  /// A stable 64-bit digest of every table (FNV-1a), so statistics from different
  /// ladders are never merged.
  public let fingerprint: UInt64

  // The few tables that tests read off the ladder itself.
  var jointBase: Table<Int32> { tables.jointBase }
  var moveCount0: Table<Int32> { tables.moveCount0 }
  var stagePayoffs: Table<Double> { tables.stagePayoffs }
  var plans: [LadderTables.MovePlan] { tables.plans }
  var fused: FusedRoundTable? { tables.fused }

  public var variableCount: Int { tables.variableCount }
  public var terminalStates: [Int] { (0..<stateCount).filter { isTerminal[$0] } }
  /// The number of joint moves over all states (terminal states have none): the
  /// outcomes `jointBase(state:)` indexes.
  public var jointMoveCount: Int { moveNames.reduce(0) { $0 + $1[0].count * $1[1].count } }
  /// The index of joint move `(0, 0)` of `state` among all joint moves; move
  /// `(a, b)` is `jointBase(state:) + a + b · moveNames[state][0].count`.
  public func jointBase(state: Int) -> Int { Int(tables.jointBase[state]) }

  /// Validates and flattens a ladder.
  ///
  /// - Parameters:
  ///   - players: the two players' names, for reports.
  ///   - states: every state; terminal ones need no moves or outcomes.
  ///   - initialState: where every path starts.
  ///   - variables: state variables, reported at the end of each path.
  ///   - strategies: exactly two, one per player.
  ///   - rounds: the horizon (≥ 0).
  ///   - discount: δ in [0, 1]; round `t` is weighted δ^t.
  ///   - effects: scheduled events and random shocks. Rounds past the horizon are
  ///     simply never reached (so a shorter `--rounds` needs no new effects).
  ///   - flowsForever: terminal flows continue past the horizon (a stationary tail).
  /// - Throws: `LadderError` listing every problem: shapes that do not match,
  ///   indices out of range, probabilities that are negative, not finite, or do
  ///   not sum to 1 within 1e-9, payoffs so large that sums would overflow.
  public init(
    players: [String] = ["player 1", "player 2"], states: [State], initialState: Int, variables: [Variable] = [],
    strategies: [Strategy], rounds: Int, discount: Double, effects: [RoundEffect] = [],
    flowsForever: Bool = false
  ) throws(LadderError) {
    var builder = LadderBuilder(
      states: states, initialState: initialState, variables: variables,
      strategies: strategies, rounds: rounds, discount: discount, effects: effects)
    builder.flowsForever = flowsForever
    builder.build()
    if players.count != 2 { builder.problems.insert("\(players.count) player names, expected 2", at: 0) }
    guard builder.problems.isEmpty else { throw LadderError(problems: builder.problems) }
    playerNames = players
    stateNames = states.map(\.name)
    isTerminal = states.map(\.isTerminal)
    moveNames = states.map { $0.moves.count == 2 ? $0.moves : [[], []] }
    variableNames = variables.map(\.name)
    effectNames = effects.map(\.name)
    self.initialState = initialState
    self.rounds = rounds
    self.discount = discount
    stateCount = states.count
    tables = builder.tables
    fingerprint = builder.tables.fingerprint(names: stateNames + variableNames + effectNames)
  }
}
